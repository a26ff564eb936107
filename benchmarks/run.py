"""Run BackCoach's benchmarks: one line per figure, ``name value unit target ok|FAIL``.

    python benchmarks/run.py [--json FILE] [--only NAME ...] [--idle-seconds S]

Figures are ratios against a baseline measured in the same run, or absolute numbers
against the targets the issues name. Each module in SUITES offers ``figures()``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUITES = [
    "startup_bench",
    "storage_bench",
    "session_bench",
    "progress_bench",
    "idle_bench",
    "session_cpu_bench",
    "packaging_bench",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write {name: {value, unit, target, ok}}")
    parser.add_argument("--only", nargs="*", help="run only these suites (e.g. startup_bench)")
    parser.add_argument(
        "--idle-seconds",
        type=float,
        help="how long idle_bench leaves the app idle (default 60; shorter for a quick run)",
    )
    options = parser.parse_args(argv)
    if options.idle_seconds is not None:
        os.environ["BACKCOACH_BENCH_IDLE_S"] = str(options.idle_seconds)

    sys.path.insert(0, str(HERE))
    results: dict[str, dict] = {}
    for suite in options.only or SUITES:
        try:
            module = importlib.import_module(suite)
        except ModuleNotFoundError as error:
            if error.name != suite:
                raise
            print(f"# {suite}: not present, skipped", file=sys.stderr)
            continue
        for figure in module.figures():
            target = figure["target"]
            ok = "ok" if figure["ok"] else "FAIL"
            print(f"{figure['name']} {figure['value']} {figure['unit']} {target} {ok}", flush=True)
            results[figure["name"]] = {k: figure[k] for k in ("value", "unit", "target", "ok")}
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
