"""Helper for test_crash_safety: import LinkedIn files of new people again and again into DATA_DIR (argv[1]), each in
one transaction, through the bulk path of the search index (issue 21). Prints "ready", then "imported N" after each
commit. argv[2]: rows per file; argv[3]: a seed, so that each run's people are new."""

import sys
from pathlib import Path

from app.core.data.storage import open_store
from app.core.formats.importers import load_source, run_import
from app.paths import resolve_paths
from benchmarks.bench_import import make_file


def main() -> None:
    data_dir, rows, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    paths = resolve_paths(data_dir).ensure()
    open_store(paths, check=False)
    print("ready", flush=True)
    for n in range(1000):
        path = data_dir / f"Connections-{seed}-{n}.csv"
        make_file(path, rows, seed=seed * 1000 + n, prefix=f"s{seed}n{n}")
        summary = run_import(load_source(path), region="US")
        print(f"imported {summary.imported}", flush=True)


if __name__ == "__main__":
    main()
