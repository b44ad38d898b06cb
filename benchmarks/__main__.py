"""`make bench` (or `python -m benchmarks [NAME...] [--quick]`): run the benchmarks and print one table.

Each benchmark module `bench_<name>.py` has `run(quick: bool) -> list[Row]`. Not part of `make test`: timings on a
shared machine are noisy, so figures are compared with floors measured in the same run instead of fixed limits.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from benchmarks.report import Row, print_table


def available() -> list[str]:
    folder = Path(__file__).parent
    return sorted(m.name[len("bench_") :] for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(available())})")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--sizes",
        metavar="N,N,…",
        help="contacts per step of the scaling table (default 10000,50000,200000)",
    )
    args = parser.parse_args(argv)
    if args.sizes:
        from benchmarks import bench_scaling

        try:
            bench_scaling.SIZES = tuple(int(n) for n in args.sizes.split(","))
        except ValueError:
            parser.error(f"--sizes wants numbers separated by commas, not {args.sizes!r}")
    names = args.names or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    rows = []
    for name in names:
        print(f"running {name}…", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            rows.extend(module.run(quick=args.quick))
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            print(f"benchmark {name} failed: {exc!r}", file=sys.stderr, flush=True)
            rows.append(Row(f"{name}: FAILED ({type(exc).__name__}; see stderr)", float("nan"), "", ok=False))
    print_table(rows)
    return 0 if all(row.ok is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
