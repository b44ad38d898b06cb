"""Helpers for import/export tests: the sample files of tests/data/import and a content dump of the database."""

from __future__ import annotations

from pathlib import Path

from app.db import database

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def sample(name: str) -> Path:
    return DATA / name


def db_content() -> list[str]:
    """Every table's rows as SQL text (schema included): equal dumps mean byte-for-byte equal content."""
    return list(database.connection().iterdump())


def import_file(path, fmt: str = "auto", **kwargs):
    from app.core.formats.importers import load_source, run_import

    return run_import(load_source(path, fmt), **kwargs)


def contacts_by_name() -> dict[str, dict]:
    from app.core.formats.exporters.json_export import contacts_as_dicts
    from app.models import Contact

    ids = [i for (i,) in Contact.select(Contact.id).tuples()]
    return {c["display_name"]: c for c in contacts_as_dicts(ids)}
