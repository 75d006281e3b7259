"""``python -m reception_desk.bench [--days N] [--quick] [--out FILE]`` (``make bench``).

Builds (or reuses) the demo history database, runs every benchmark family and
writes the figures as JSON and as a short table. Not a test: nothing here fails
on a slow figure; the goals are reported beside the measurements.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from .database import copy_database, demo_database, isolated_env, sqlite_url
from .machine import describe
from .report import table

#: In this order: the families in fresh processes first, then those in this one (Qt).
FAMILIES = ("startup", "memory", "printing", "crossproc", "latency", "search")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m reception_desk.bench",
                                     description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--days", type=int, default=1095,
                        help="days of demo history in the database (default 1095, 3 years)")
    parser.add_argument("--quick", action="store_true",
                        help="few runs of each (a smoke run; the figures are rough)")
    parser.add_argument("--out", default="bench-results.json",
                        help="where the JSON goes (default bench-results.json)")
    parser.add_argument("--only", nargs="+", choices=FAMILIES, default=list(FAMILIES),
                        help="run only these families")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    runs = {"startup": 1, "latency": 3, "crossproc": 6, "printing": 3, "batch": 10,
            "memory": 1, "search": 1} if args.quick else \
        {"startup": 7, "latency": 30, "crossproc": 40, "printing": 30, "batch": 100,
         "memory": 2, "search": 5}
    work = Path(tempfile.mkdtemp(prefix="reception-desk-bench-"))
    env = isolated_env(work / "home")
    os.environ.update({k: env[k] for k in ("RECEPTION_DESK_HOME", "QT_QPA_PLATFORM",
                                           "QT_LOGGING_RULES")})
    os.environ.pop("RECEPTION_DESK_DB", None)

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    source = demo_database(args.days, env, say)
    results: dict[str, object] = {
        "machine": describe(),
        "days": args.days,
        "quick": args.quick,
        "database_mb": round(source.stat().st_size / 2**20, 1),
    }

    def fresh(name: str) -> str:
        return sqlite_url(copy_database(source, work / f"{name}.db"))

    from . import crossproc, latency, printing, search, startup

    jobs: dict[str, Callable[[], object]] = {
        "startup": lambda: startup.startup(fresh("startup"), env, runs["startup"]),
        "latency": lambda: latency.latency(fresh("latency"), runs["latency"]),
        "crossproc": lambda: {
            "sqlite": crossproc.sqlite(fresh("crossproc"), env, runs["crossproc"]),
            "postgres": crossproc.postgres(env, runs["crossproc"]),
            "goal_p95_ms": 500.0},
        "printing": lambda: printing.printing(fresh("printing"), env, runs["printing"],
                                              runs["batch"]),
        "memory": lambda: startup.memory(fresh("memory"), env, runs["memory"]),
        "search": lambda: search.search(fresh("search"), runs["search"]),
    }
    for name in args.only:
        say(f"bench: {name}…")
        start = time.monotonic()
        try:
            results[name] = jobs[name]()
        except Exception as exc:  # one family failing still reports the others
            traceback.print_exc()
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
        say(f"bench: {name} took {time.monotonic() - start:.0f} s")
    results["machine_after"] = {"load_average": os.getloadavg()}
    Path(args.out).write_text(
        json.dumps(results, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
        encoding="utf-8")
    print(table(results))
    print(f"\n(written to {args.out})")
    failed = [name for name in args.only if isinstance(results.get(name), dict)
              and "error" in results[name]]  # type: ignore[operator]
    return 1 if failed else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Everything is written; skip the interpreter's teardown of the Qt objects the
    # in-process families made (its order is not ours to measure, nor to crash in).
    os._exit(code)
