"""The README tells a new user the truth (issue 15): no shipped feature is promised for
"coming releases", and every picture it shows exists in docs/."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def opening_paragraph() -> str:
    body = README.split("\n## ", 1)[0]
    return body.split("\n\n", 1)[1]


def test_the_opening_names_the_shipped_features_without_promising_them() -> None:
    opening = opening_paragraph().lower()
    for promise in ("coming release", "coming feature", "future release", "not yet"):
        assert promise not in README.lower()
    for feature in ("board", "rotation", "drink", "bar window", "reception requests",
                    "hotline", "lobby"):
        assert feature in " ".join(opening.split())


def test_every_picture_in_the_readme_is_in_docs() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert pictures
    for picture in pictures:
        assert (ROOT / picture).is_file(), picture
