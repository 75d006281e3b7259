"""Fill unfinished messages of the zh_CN .ts from a small JSON dictionary.

Usage: python scripts/fill_translations.py '{"Context|Source": "译文", ...}' [TS]
then `make translations` (or pyside6-lrelease) compiles the .qm.

A numerus message ("%n person(s)") takes a list of its plural forms: ["%n位"] in
Chinese, ["%n person", "%n people"] in the English catalogue
(resources/translations/reception_desk_en.ts, given as TS).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources/translations/reception_desk_zh_CN.ts"


def main(mapping: dict[str, str | list[str]], ts: Path = TS) -> int:
    text = ts.read_text(encoding="utf-8")
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source')}"
            translation = message.find("translation")
            if key in mapping and translation is not None:
                value = mapping[key]
                if isinstance(value, list):
                    for form in list(translation):
                        translation.remove(form)
                    translation.text = None
                    for text_of_form in value:
                        ET.SubElement(translation, "numerusform").text = text_of_form
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
    header = text[: text.index("<TS")]
    ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                  encoding="utf-8")
    print(f"filled {filled} of {len(mapping)}")
    return 0 if filled == len(mapping) else 1


if __name__ == "__main__":
    raise SystemExit(main(json.loads(sys.argv[1]), *(Path(a) for a in sys.argv[2:3])))
