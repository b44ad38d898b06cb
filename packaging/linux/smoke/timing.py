"""Median wall-clock time of a command: `python3 timing.py RUNS COMMAND [ARGS...]` prints seconds.

One warm-up run first (disk cache), then RUNS timed runs; a run that fails stops everything with its exit code.
Used by `make dist-check` to compare the installed package with the development venv.
"""

import statistics
import subprocess
import sys
import time


def main() -> int:
    runs, command = int(sys.argv[1]), sys.argv[2:]
    times = []
    for attempt in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode != 0:
            print(f"{' '.join(command)} exited {done.returncode}", file=sys.stderr)
            return done.returncode
        if attempt:
            times.append(time.perf_counter() - start)
    print(f"{statistics.median(times):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
