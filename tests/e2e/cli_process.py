"""`python -m reception_desk ...` in a new process, as a person runs it: an isolated home,
the language given, no database or locale variables leaking in from the test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(home: Path, *args: str, lang: str = "zh_CN.UTF-8",
            db: str | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("RECEPTION_DESK", "LC_", "LANG"))}
    env.update({
        "RECEPTION_DESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        "PYTHONIOENCODING": "utf-8",
        "LANG": lang,
    })
    if db is not None:
        env["RECEPTION_DESK_DB"] = db
    return subprocess.run([sys.executable, "-m", "reception_desk", *args], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          cwd=ROOT, input=stdin if stdin is not None else "")
