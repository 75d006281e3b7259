"""Small statistics for timings: median and percentiles, in milliseconds."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (`share` 0..1) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summary(seconds: Sequence[float]) -> dict[str, float | int | None]:
    """Median, 95th percentile and maximum in ms, and the number of samples
    (None for each figure without samples: the JSON stays valid)."""
    if not seconds:
        return {"n": 0, "median_ms": None, "p95_ms": None, "max_ms": None}
    return {
        "n": len(seconds),
        "median_ms": round(statistics.median(seconds) * 1000, 2),
        "p95_ms": round(percentile(seconds, 0.95) * 1000, 2),
        "max_ms": round(max(seconds) * 1000, 2),
    }


def ratio(value: float | int | None, baseline: float | int | None) -> float | None:
    """value / baseline, or None when either is missing or the baseline is 0."""
    if value is None or baseline is None or baseline <= 0:
        return None
    return round(value / baseline, 2)
