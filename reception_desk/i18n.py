"""The one translation lookup without Qt: the command line and the exports.

Every user-facing text of the app is an English source string marked for Qt's
lupdate (`tr()` in the UI, `QT_TRANSLATE_NOOP(context, text)` everywhere else)
and translated in one catalogue, resources/translations/reception_desk_zh_CN.ts
(`make translations` updates it and compiles the .qm the windows load). This
module reads that same .ts with the standard library, so the command line and
the export files say exactly what the windows say, without starting Qt:

    translate("CLI", "backup written to {path}", "zh_CN", path=p)
    translated(STAGE_LABELS[stage], lang)   # a marked text carries its context

English is the source text itself. A message the catalogue lacks (or has no
translation for) falls back to English. Named placeholders (`{path}`) are
filled after the lookup, so both languages keep them; `numerus=n` picks the
plural form of a numerus message and fills its `%n`.

The catalogue is read on first use (about 40 ms), never at import: start-up
and commands that print nothing translated do not pay for it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .domain.i18n import Marked

log = logging.getLogger(__name__)

ZH = "zh_CN"
EN = "en"
LANGS = (ZH, EN)

#: (context, source) -> the translation, or its plural forms for a numerus message.
Catalogue = dict[tuple[str, str], str | tuple[str, ...]]

_catalogues: dict[str, Catalogue] = {}
_lock = threading.Lock()


def normalise_lang(lang: str | None) -> str:
    """"en" for any English (en, en_GB, en-US), Chinese for anything else."""
    return EN if is_english(lang) else ZH


def is_english(lang: str | None) -> bool:
    return bool(lang) and str(lang).lower().startswith("en")


def default_lang(environ: Mapping[str, str] | None = None) -> str:
    """English when $LANG starts with "en", Chinese otherwise."""
    env = os.environ if environ is None else environ
    return EN if is_english(env.get("LANG")) else ZH


def catalogue_path(lang: str) -> Path:
    from .paths import resources_dir

    return resources_dir() / "translations" / f"reception_desk_{lang}.ts"


def read_catalogue(path: Path) -> Catalogue:
    """The translations of a Qt .ts file, as lrelease would compile them.

    Vanished and obsolete messages and empty translations are left out, as
    lrelease leaves them out of the .qm.
    """
    import xml.etree.ElementTree as ET

    found: Catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if any(forms):
                    found[(name, source)] = forms
            elif translation.text:
                found[(name, source)] = translation.text
    return found


def catalogue(lang: str) -> Catalogue:
    """The loaded catalogue of a language (empty for English, the source language)."""
    lang = normalise_lang(lang)
    if lang == EN:
        return {}
    loaded = _catalogues.get(lang)
    if loaded is None:
        with _lock:
            loaded = _catalogues.get(lang)
            if loaded is None:
                path = catalogue_path(lang)
                try:
                    loaded = read_catalogue(path)
                except (OSError, SyntaxError) as exc:  # ParseError is a SyntaxError
                    log.warning("translation catalogue not readable: %s (%s)", path, exc)
                    loaded = {}
                _catalogues[lang] = loaded
    return loaded


def use_catalogue(lang: str, entries: Catalogue | None) -> None:
    """Replace (or with None forget, to reload on next use) a loaded catalogue: tests."""
    with _lock:
        if entries is None:
            _catalogues.pop(normalise_lang(lang), None)
        else:
            _catalogues[normalise_lang(lang)] = entries


def _plural_form(forms: tuple[str, ...], lang: str, n: int) -> str:
    # Chinese has one form; the rule below only matters for a language with two.
    index = 0 if lang == ZH or n == 1 else 1
    return forms[min(index, len(forms) - 1)]


def translate(context: str, source: str, lang: str, /, *, numerus: int | None = None,
              **params: object) -> str:
    """`source` (English) of `context` in `lang`, its `{placeholders}` filled from params.

    `numerus` picks the plural form of a numerus message and replaces its `%n`.
    A missing translation gives the English source.
    """
    return _fill(_lookup(context, source, lang, numerus), lang, numerus, params)


def _lookup(context: str, source: str, lang: str, numerus: int | None) -> str:
    lang = normalise_lang(lang)
    if lang == EN:
        return str(source)
    found = catalogue(lang).get((context, source))
    if isinstance(found, tuple):
        return _plural_form(found, lang, numerus if numerus is not None else 1)
    return found or str(source)


def _fill(text: str, lang: str, numerus: int | None, params: Mapping[str, object]) -> str:
    if numerus is not None:
        text = text.replace("%n", str(numerus))
    if params:
        text = text.format(**{k: translated(v, lang) if isinstance(v, Marked | Phrase) else v
                              for k, v in params.items()})
    return text


def translated(text: str | Phrase, lang: str, /, *, numerus: int | None = None,
               **params: object) -> str:
    """A marked text (or phrase) in `lang`; an unmarked text is returned as it is."""
    if isinstance(text, Phrase):
        return text.text(lang)
    if isinstance(text, Marked):
        return translate(text.context, str(text), lang, numerus=numerus, **params)
    return text.format(**params) if params else text


@dataclass(frozen=True)
class Phrase:
    """A marked text with the values for its placeholders, translated when shown.

    Values may be marked texts themselves: they are translated too.
    """

    template: Marked
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return _fill(_lookup(self.template.context, self.template, lang, None), lang, None,
                     self.params)
