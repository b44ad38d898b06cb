#!/usr/bin/env python3
"""Print the UI modules' direct imports of app.models / app.db as import-linter ``ignore_imports`` lines.

pyproject.toml's contract "The UI never imports the models or the database" ignored exactly these while issue 18
moved the queries into the core; it has none left, so this prints nothing. Usage:
.venv/bin/python scripts/ui-layer-violations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import grimp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
graph = grimp.build_graph("app", cache_dir=None)
lines = set()
for importer in graph.find_descendants("app.ui") | {"app.ui"}:
    for imported in graph.find_modules_directly_imported_by(importer):
        if imported == "app.db" or imported == "app.models" or imported.startswith("app.models."):
            lines.add(f'    "{importer} -> {imported}",')
print("\n".join(sorted(lines)))
