"""Rapport: an offline networking CRM, elevator-pitch studio and follow-up calendar for job seekers."""

APP_NAME = "Rapport"
APP_ID = "io.github.rapport.Rapport"

# Kept equal to pyproject.toml's version by tests/unit/test_version.py (reading package metadata at start-up would
# cost ~20 ms of every launch).
__version__ = "0.1.0"
