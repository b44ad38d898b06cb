"""Helpers that fill a test's data folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import db as app_db
from app.paths import AppPaths


def fill_with_demo_data(paths: AppPaths, migrated_template: Path, *, contacts: int, seed: int) -> None:
    """Give ``paths`` a migrated database holding ``contacts`` demo contacts (closed again, ready for a window)."""
    from app.core.demo import contacts as demo_data

    shutil.copyfile(migrated_template, paths.db_path)
    app_db.open_database(paths.db_path)
    demo_data.generate(contacts=contacts, seed=seed)
    app_db.close_database()
