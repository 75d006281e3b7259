"""The Chinese translation is complete, compiled, and loads.

The app is Chinese first: an English source string without a translation shows
up in English on the front desk's screen. These tests catch that before it
ships:

* lupdate over the current sources, run on a copy of the committed .ts, finds
  no new and no unfinished messages;
* the committed .qm is what lrelease makes of the committed .ts;
* every translation keeps the placeholders and mnemonics of its source;
* QTranslator, given the committed .qm, turns known strings into Chinese.

When a test here fails: run `make translations`, translate what it lists in
resources/translations/reception_desk_zh_CN.ts, and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "reception_desk_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOL_TIMEOUT = 180  # seconds; lupdate over the whole package takes a few
FIX = "run `make translations` and translate"

#: %1..%99 and %n (Qt), {name} (str.format in domain messages).
PLACEHOLDER = re.compile(r"%n|%\d{1,2}|\{[A-Za-z_]\w*\}")
#: `&F` marks a mnemonic; `&&` is a literal ampersand.
MNEMONIC = re.compile(r"&(?!&)\w")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...]
    locations: tuple[str, ...]

    @property
    def finished(self) -> bool:
        return self.state == ""

    @property
    def live(self) -> bool:
        """Still in the sources (lupdate keeps vanished ones unless told not to)."""
        return self.state not in ("vanished", "obsolete")

    def describe(self) -> str:
        where = ", ".join(self.locations) or "no location"
        return f"[{self.context}] {self.source!r} ({where})"


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            texts: tuple[str, ...]
            if translation is None:
                state, texts = "unfinished", ()
            elif numerus:
                state = translation.get("type", "")
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                state = translation.get("type", "")
                texts = (translation.text or "",)
            locations = tuple(
                f"{Path(loc.get('filename', '?')).name}:{loc.get('line', '?')}"
                for loc in element.iter("location"))
            messages.append(Message(
                context=name, source=element.findtext("source") or "",
                comment=element.findtext("comment") or "", numerus=numerus, state=state,
                translations=texts, locations=locations))
    return messages


def key(message: Message) -> tuple[str, str, str]:
    return message.context, message.source, message.comment


def qt_tool(name: str) -> Path:
    """A PySide6 tool from the running interpreter's environment, or skip."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    pytest.skip(f"{name} not found next to {sys.executable} (install PySide6 in this "
                f"environment to check the translations)")


def run_tool(args: list[str | Path]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=ROOT, capture_output=True, text=True,
                            timeout=TOOL_TIMEOUT, check=False)
    assert result.returncode == 0, (
        f"{Path(args[0]).name} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def source_files() -> list[str]:
    """Every module of the app, as `make translations` lists them (relative, C-sorted)."""
    return sorted(p.relative_to(ROOT).as_posix()
                  for p in (ROOT / "reception_desk").rglob("*.py"))


def load_qm(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), f"QTranslator cannot load {path}"
    return translator


def qm_text(translator: QTranslator, message: Message) -> str:
    n = 2 if message.numerus else -1
    text = translator.translate(message.context, message.source, message.comment or None, n)
    assert text is not None
    return text


# -- (a) every message in the sources is in the .ts and translated ---------------------
@pytest.mark.slow
def test_ts_is_up_to_date_and_fully_translated(tmp_path: Path) -> None:
    lupdate = qt_tool("pyside6-lupdate")
    assert TS.is_file(), f"{TS.relative_to(ROOT)} is missing: {FIX} every message"
    committed = read_ts(TS)
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)

    run_tool([lupdate, *source_files(), "-ts", copy])

    known = {key(m) for m in committed if m.live}
    updated = [m for m in read_ts(copy) if m.live]
    new = [m for m in updated if key(m) not in known]
    unfinished = [m for m in updated if not m.finished and key(m) in known]
    empty = [m for m in updated if m.finished and not all(t.strip() for t in m.translations)]
    problems = ([f"new: {m.describe()}" for m in new]
                + [f"unfinished: {m.describe()}" for m in unfinished]
                + [f"empty translation: {m.describe()}" for m in empty])
    assert not problems, f"{FIX}:\n" + "\n".join(problems)


# -- (b) the committed .qm is the compiled committed .ts -------------------------------
@pytest.mark.slow
def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    assert QM.is_file(), f"{QM.relative_to(ROOT)} is missing: {FIX}"
    fresh = tmp_path / QM.name
    run_tool([lrelease, "-silent", TS, "-qm", fresh])
    if fresh.read_bytes() == QM.read_bytes():
        return
    # Another lrelease version may lay the file out differently: then every message
    # must still translate the same with both files.
    committed, compiled = load_qm(QM), load_qm(fresh)
    stale = [m.describe() for m in read_ts(TS) if m.live
             and qm_text(committed, m) != qm_text(compiled, m)]
    assert not stale, (f"{QM.name} is out of date with {TS.name}; {FIX}. "
                       f"Differing messages:\n" + "\n".join(stale))


# -- the translations keep what the code fills in or the keyboard needs -----------------
def test_translations_keep_placeholders_and_mnemonics() -> None:
    problems: list[str] = []
    for message in read_ts(TS):
        if not message.finished:
            continue
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"placeholders {wanted} not kept in {text!r}: "
                                f"{message.describe()}")
            if MNEMONIC.search(message.source) and not MNEMONIC.search(text):
                problems.append(f"mnemonic (e.g. 文件(&F)) missing in {text!r}: "
                                f"{message.describe()}")
    assert not problems, "\n".join(problems)


# -- (c) the .qm turns known strings into Chinese --------------------------------------
@pytest.mark.parametrize(
    ("context", "source", "n", "expected"),
    [
        ("Stage", "Seated", -1, "入座洽谈"),
        ("Stage", "At the gate", -1, "到达门岗"),
        ("VisitKind", "Walk-in", -1, "自然到访"),
        ("Honorific", "Ms", -1, "女士"),
        ("PartyTableModel", "⚠ Waiting %1, not received", -1, "⚠ 等待 %1 未接待"),
        ("PartyTableModel", "★ returning", -1, "★ 老客户"),
        ("PartyTableModel", "%n person(s)", 3, "%n位"),
        ("Notice", "Appointment customer %1 has arrived, %2 people", -1,
         "预约客户%1到访，%2位"),
        ("Notice", "Appointment customer %1 has arrived, 1 person", -1, "预约客户%1到访，1位"),
        ("Notice", "Walk-in customer %1 has arrived, %2 people", -1,
         "自然到访客户%1到访，%2位"),
        ("Notice", " · returning customer", -1, " · 老客户"),
        ("MainWindow", "&File", -1, "文件(&F)"),
    ],
)
def test_qm_translates_known_strings(context: str, source: str, n: int,
                                     expected: str) -> None:
    translator = load_qm(QM)
    assert translator.language() == "zh_CN"
    assert translator.translate(context, source, None, n) == expected


# -- the Qt-free lookup (reception_desk/i18n.py) reads the same catalogue -------------
def marked_texts(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) of every QT_TRANSLATE_NOOP call with literal arguments."""
    import ast

    found: list[tuple[str, str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                        for a in node.args)):
            context, source = (a.value for a in node.args)  # type: ignore[attr-defined]
            found.append((context, source, node.lineno))
    return found


def test_every_text_the_cli_and_the_exports_translate_is_finished() -> None:
    """What the command line, the exports and the sheets show comes from the .ts too.

    They translate QT_TRANSLATE_NOOP-marked texts with reception_desk.i18n (no Qt):
    each must have a finished zh_CN translation, or Chinese users read English.
    """
    finished = {(m.context, m.source) for m in read_ts(TS) if m.live and m.finished
                and all(t.strip() for t in m.translations)}
    missing = [f"[{context}] {source!r} ({path.relative_to(ROOT)}:{line})"
               for path in sorted((ROOT / "reception_desk").rglob("*.py"))
               if "ui" not in path.relative_to(ROOT).parts
               for context, source, line in marked_texts(path)
               if (context, source) not in finished]
    assert not missing, f"{FIX}:\n" + "\n".join(missing)


def test_the_lookup_agrees_with_the_qm() -> None:
    """reception_desk.i18n reads every message as QTranslator reads the compiled .qm."""
    from reception_desk import i18n

    entries = i18n.read_catalogue(TS)
    translator = load_qm(QM)
    differing = []
    for message in read_ts(TS):
        if not message.live or message.comment:
            continue
        found = entries.get((message.context, message.source), "")
        ours = found[0] if isinstance(found, tuple) else found
        if ours != qm_text(translator, message):
            differing.append(message.describe())
    assert not differing, "\n".join(differing)


# -- English plural forms (issue 15): "1 person", "2 people", never "1 person(s)" ------------
TS_EN = TS.with_name("reception_desk_en.ts")
QM_EN = TS_EN.with_suffix(".qm")


@pytest.mark.slow
def test_english_plural_forms_are_up_to_date_and_finished(tmp_path: Path) -> None:
    """Every count in the UI (a tr() with %n) has its English singular and plural."""
    lupdate = qt_tool("pyside6-lupdate")
    lrelease = qt_tool("pyside6-lrelease")
    copy = tmp_path / TS_EN.name
    shutil.copyfile(TS_EN, copy)
    run_tool([lupdate, "-pluralonly", "-target-language", "en", *source_files(), "-ts", copy])
    messages = [m for m in read_ts(copy) if m.live]
    assert messages and all(m.numerus for m in messages)
    problems = [m.describe() for m in messages
                if not m.finished or len(m.translations) != 2
                or not all(t.strip() for t in m.translations)
                or any(sorted(PLACEHOLDER.findall(t)) != sorted(PLACEHOLDER.findall(m.source))
                       for t in m.translations)]
    assert not problems, ("give each its two English forms in "
                          f"{TS_EN.relative_to(ROOT)}:\n" + "\n".join(problems))
    fresh = tmp_path / QM_EN.name
    run_tool([lrelease, "-silent", TS_EN, "-qm", fresh])
    committed, compiled = load_qm(QM_EN), load_qm(fresh)
    for n in (1, 2):
        stale = [m.describe() for m in messages if
                 committed.translate(m.context, m.source, None, n)
                 != compiled.translate(m.context, m.source, None, n)]
        assert not stale, f"{QM_EN.name} is out of date; run `make translations`:\n" + \
            "\n".join(stale)


@pytest.mark.parametrize(("source", "n", "expected"), [
    ("%n person(s)", 1, "1 person"),
    ("%n person(s)", 3, "3 people"),
    ("✎ %n remark(s)", 1, "✎ 1 remark"),
    ("✎ %n remark(s)", 2, "✎ 2 remarks"),
])
def test_english_counts_read_right_for_one_and_several(source: str, n: int,
                                                       expected: str) -> None:
    translator = load_qm(QM_EN)
    form = translator.translate("PartyTableModel", source, None, n)
    assert form.replace("%n", str(n)) == expected  # Qt fills %n after the lookup
