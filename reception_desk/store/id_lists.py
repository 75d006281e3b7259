"""Id lists for ``IN (…)`` queries, shaped so the driver's statement cache stays small.

Each length of an id list is a new SQL text, which the database driver prepares and
keeps: a query asked after every arrival with one id more would keep one more, longer,
statement each time, and a desk's memory would grow all day (found by ``make soak``).
"""

from __future__ import annotations


def padded_ids(ids: list[int]) -> list[int]:
    """`ids` lengthened to the next power of two (at least 16) by repeating the last one:
    a whole day needs a handful of statements, and the repeated id finds nothing more."""
    if not ids:
        return []
    size = max(16, 1 << (len(ids) - 1).bit_length())
    return ids + ids[-1:] * (size - len(ids))
