"""Marking user-facing texts for translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` itself, as a `str` that also
remembers its context (`Marked`); Qt's lupdate tool recognises the call by name
and collects the string into resources/translations/reception_desk_zh_CN.ts,
the one catalogue of the app. The UI translates a message with
`QCoreApplication.translate(context, text)` (from the compiled .qm); the command
line and the exports with `reception_desk.i18n.translated(text, lang)`, which
reads the same catalogue without Qt. The domain only marks: it never looks up.
"""

from __future__ import annotations

MESSAGES = "Messages"


class Marked(str):
    """An English source text that knows its translation context.

    It is a `str` in every other way (equal to, and hashing like, the plain text),
    so marked texts can be stored, compared and formatted as before.
    """

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return Marked, (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:
    return Marked(context, text)
