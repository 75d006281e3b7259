"""The bundled CJK font for ReportLab, registered once and lazily.

The machine may have no Chinese font at all, so every sheet uses the
WenQuanYi Micro Hei face shipped in ``resources/fonts/wqy-microhei.ttc``
(a TrueType collection; subfont 0). It covers Latin letters and digits too,
so one face prints a whole sheet.

Parsing the collection takes about a third of a second: :func:`register_cjk_font`
does it on first use only, under a lock, and returns the font name to put in
paragraph and table styles.

The face has no bold weight. :data:`CJK_BOLD_FONT_NAME` is an alias of the same
face and the font family maps ``<b>`` to it, so markup with bold still prints
Chinese instead of falling back to a Latin-only font; sheets that want a heavier
heading use a fake bold (see ``table_sheet``).

Importing this module also teaches ReportLab's CJK line breaking that the
full-width punctuation ``，。：；！？、）》」』”’`` may not start a line, and that
a run of them (``）、``, ``。”``) may not either: ReportLab hangs one such mark in
the margin but then starts the next line with the second, so its two line
splitters are replaced by copies that break before the run (see
:func:`_break_before_run`).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from reportlab.lib import textsplit as _rl_textsplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as _rl_paragraph

from reception_desk.paths import resources_dir

# The line-splitting internals patched and called below are not in ReportLab's type stubs.
textsplit: Any = _rl_textsplit
rl_paragraph: Any = _rl_paragraph

CJK_FONT_NAME = "WQYMicroHei"
#: Same face as :data:`CJK_FONT_NAME`, registered under its own name so that a
#: style can ask for "bold" and ``<b>`` keeps working with Chinese text.
CJK_BOLD_FONT_NAME = "WQYMicroHei-Bold"
FONT_FILE = "wqy-microhei.ttc"
SUBFONT_INDEX = 0

#: Full-width punctuation that must never begin a line (it hangs at the end of
#: the previous one instead). ReportLab's own list lacks several of them.
CJK_CANNOT_START = "，。：；！？、）》」』”’"

_lock = threading.Lock()
_registered: str | None = None


def font_path() -> Path:
    """Where the bundled collection is (inside the PyInstaller bundle when frozen)."""
    return resources_dir() / "fonts" / FONT_FILE


def extend_cannot_start(chars: str = CJK_CANNOT_START) -> None:
    """Add ``chars`` to ReportLab's "cannot start a line" set (idempotent).

    ``reportlab.platypus.paragraph`` imported the string by value, so both
    module attributes are replaced.
    """
    current = textsplit.ALL_CANNOT_START
    missing = "".join(c for c in dict.fromkeys(chars) if c not in current)
    if missing:
        textsplit.ALL_CANNOT_START = current + missing
    if rl_paragraph.ALL_CANNOT_START != textsplit.ALL_CANNOT_START:
        rl_paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
    rl_paragraph.cjkFragSplit = _cjk_frag_split
    textsplit.dumbSplit = _dumb_split


def _break_before_run(chars: Any, i: int, line_start: int, cannot: str) -> int:
    """Where a line ending before ``chars[i]`` should end instead.

    ``chars[i - 1]`` hangs at the end of the line because it may not start one.
    If ``chars[i]`` may not start a line either, the line ends before the
    character that precedes the whole run (when that leaves something on the
    line), so the run moves down together with a character it can follow.
    """
    def mark(k: int) -> bool:
        return bool(chars[k]) and chars[k] in cannot

    if not (0 < i < len(chars) and mark(i - 1) and mark(i)):
        return i
    start = i - 1
    while start > line_start and mark(start - 1):
        start -= 1
    return start - 1 if start - 1 > line_start else i


def _dumb_split(word: str, widths: list[float], maxWidths: Any) -> list[list[Any]]:
    """ReportLab's ``textsplit.dumbSplit`` (one-style paragraphs), with the same
    change as :func:`_cjk_frag_split` for runs of punctuation."""
    if not isinstance(maxWidths, list | tuple):
        maxWidths = [maxWidths]
    lines: list[list[Any]] = []
    i = lineStartPos = 0
    widthUsed: float = 0
    maxWidth = maxWidths[0]
    nW = len(word)
    while i < nW:
        w = widths[i]
        c = word[i]
        widthUsed += w
        i += 1
        if widthUsed > maxWidth + textsplit._FUZZ and widthUsed > 0:
            extraSpace = maxWidth - widthUsed
            if ord(c) < 0x3000:  # a Latin word: break at a space or before it
                for j in range((i - 1), (lineStartPos + i) >> 1, -1):
                    cj = word[j]
                    if textsplit.category(cj) == "Zs" or ord(cj) >= 0x3000:
                        k = j + 1
                        if k < i:
                            j = k + 1
                            extraSpace += sum(widths[j:i])
                            w = widths[k]
                            c = word[k]
                            i = j
                            break
            cannot = textsplit.ALL_CANNOT_START
            if c not in cannot and i > lineStartPos + 1:
                i -= 1
                extraSpace += w
            else:
                moved = _break_before_run(word, i, lineStartPos, cannot)
                extraSpace += sum(widths[moved:i])
                i = moved
            lines.append([extraSpace, word[lineStartPos:i].strip()])
            maxWidth = maxWidths[min(len(lines), len(maxWidths) - 1)]
            lineStartPos = i
            widthUsed = 0
    if widthUsed > 0:
        lines.append([maxWidth - widthUsed, word[lineStartPos:]])
    return lines


def _cjk_frag_split(frags: Any, maxWidths: Any, calcBounds: Any,
                    encoding: str = "utf8") -> Any:
    """ReportLab's ``cjkFragSplit`` (5.x) with one change for runs of punctuation.

    ReportLab hangs a mark that may not start a line at the end of the line; when
    the next character may not start a line either (``）、``), it moved the break
    back before the character that precedes the whole run instead (the usual
    Chinese rule), so no line starts with punctuation.
    """
    P = rl_paragraph
    U: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        U.extend([P.cjkU(t, f, encoding) for t in text] if text else [P.cjkU(text, f, encoding)])
    lines = []
    i = widthUsed = lineStartPos = 0
    maxWidth = maxWidths[0]
    nU = len(U)
    while i < nU:
        u = U[i]
        i += 1
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = maxWidth
            w = w.normalizedValue(maxWidth)
        widthUsed += w
        lineBreak = hasattr(u.frag, "lineBreak")
        if (widthUsed > maxWidth + P._FUZZ and widthUsed > 0) or lineBreak:
            extraSpace = maxWidth - widthUsed
            if not lineBreak:
                if ord(u) < 0x3000:  # a Latin word: break at a space or before it
                    for j in range(i - 1, (lineStartPos + i) >> 1, -1):
                        uj = U[j]
                        if (uj and P.category(uj) == "Zs") or ord(uj) >= 0x3000:
                            k = j + 1
                            if k < i:
                                j = k + 1
                                extraSpace += sum(U[ii].width for ii in range(j, i))
                                w = U[k].width
                                u = U[k]
                                i = j
                                break
                cannot = P.ALL_CANNOT_START
                if u not in cannot and i > lineStartPos + 1:
                    i -= 1
                    extraSpace += w
                else:
                    moved = _break_before_run(U, i, lineStartPos, cannot)
                    extraSpace += sum(U[ii].width for ii in range(moved, i))
                    i = moved
            lines.append(P.makeCJKParaLine(U[lineStartPos:i], maxWidth, widthUsed, extraSpace,
                                           lineBreak, calcBounds))
            maxWidth = maxWidths[min(len(lines), len(maxWidths) - 1)]
            lineStartPos = i
            widthUsed = 0
    if widthUsed > 0:
        lines.append(P.makeCJKParaLine(U[lineStartPos:], maxWidth, widthUsed,
                                       maxWidth - widthUsed, False, calcBounds))
    return P.ParaLines(kind=1, lines=lines)


def _load_font(path: Path) -> TTFont:
    """Parse the collection (the slow part); separate so tests can count calls."""
    font = TTFont(CJK_FONT_NAME, str(path), subfontIndex=SUBFONT_INDEX)
    keep_tables(font.face)
    return font


def keep_tables(face: Any) -> None:
    """Make ``face.get_table`` hand out each table it has read before.

    Every PDF embeds the characters it uses as subsets of the face (two for a
    typical request sheet), and ReportLab's ``makeSubset`` copies whole tables out of
    the collection for each: the ``glyf`` table alone is 3.5 MB, so a sheet spent
    several milliseconds allocating and copying it. The tables are bytes that nobody
    changes, so the first copy of each is kept (about 4 MB, once the first sheet is
    printed) and the subsets, hence the PDFs, are byte for byte the same.
    """
    read = face.get_table
    tables: dict[str, bytes] = {}

    def get_table(tag: str) -> bytes:
        data = tables.get(tag)
        if data is None:
            data = tables[tag] = read(tag)
        return data

    face.get_table = get_table


def register_cjk_font() -> str:
    """Register the bundled CJK face with ReportLab once; return its font name.

    Safe to call from several threads and as often as wanted: only the first
    call parses the font file. Raises :class:`FileNotFoundError` with the path
    when the resources folder lacks the font.
    """
    global _registered
    name = _registered
    if name is not None:
        return name
    with _lock:
        if _registered is not None:
            return _registered
        path = font_path()
        if not path.is_file():
            raise FileNotFoundError(f"bundled CJK font is missing: {path}")
        font = _load_font(path)
        pdfmetrics.registerFont(font)
        # Same face under the bold name: for a TrueType font already registered
        # under another name ReportLab maps the new name to that font object, so
        # the face is parsed and embedded once.
        registered = pdfmetrics.getFont(CJK_FONT_NAME)
        bold = _alias(registered, CJK_BOLD_FONT_NAME)
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFontFamily(
            CJK_FONT_NAME,
            normal=CJK_FONT_NAME,
            bold=CJK_BOLD_FONT_NAME,
            italic=CJK_FONT_NAME,
            boldItalic=CJK_BOLD_FONT_NAME,
        )
        extend_cannot_start()
        _registered = CJK_FONT_NAME
        return CJK_FONT_NAME


def _alias(font: object, name: str) -> TTFont:
    """A shallow copy of ``font`` named ``name`` (shares the parsed face)."""
    alias = TTFont.__new__(TTFont)
    alias.__dict__.update(font.__dict__)
    alias.fontName = name
    return alias


extend_cannot_start()
