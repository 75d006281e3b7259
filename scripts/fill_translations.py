"""Fill unfinished messages of the zh_CN .ts from a small JSON dictionary.

Usage: python scripts/fill_translations.py '{"Context|Source": "译文", ...}'
then `make translations` (or pyside6-lrelease) compiles the .qm.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources/translations/reception_desk_zh_CN.ts"


def main(mapping: dict[str, str]) -> int:
    text = TS.read_text(encoding="utf-8")
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source')}"
            translation = message.find("translation")
            if key in mapping and translation is not None:
                translation.text = mapping[key]
                translation.attrib.pop("type", None)
                filled += 1
    header = text[: text.index("<TS")]
    TS.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                  encoding="utf-8")
    print(f"filled {filled} of {len(mapping)}")
    return 0 if filled == len(mapping) else 1


if __name__ == "__main__":
    raise SystemExit(main(json.loads(sys.argv[1])))
