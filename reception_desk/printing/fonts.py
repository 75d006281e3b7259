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
full-width punctuation ``，。：；！？、）》」』”’`` may not start a line.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from reception_desk.paths import resources_dir

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


def _load_font(path: Path) -> TTFont:
    """Parse the collection (the slow part); separate so tests can count calls."""
    return TTFont(CJK_FONT_NAME, str(path), subfontIndex=SUBFONT_INDEX)


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


def _alias(font: TTFont, name: str) -> TTFont:
    """A shallow copy of ``font`` named ``name`` (shares the parsed face)."""
    alias = TTFont.__new__(TTFont)
    alias.__dict__.update(font.__dict__)
    alias.fontName = name
    return alias


extend_cannot_start()
