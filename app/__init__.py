"""Rapport: an offline networking CRM, elevator-pitch studio and follow-up calendar for job seekers."""

from importlib import metadata as _metadata

APP_NAME = "Rapport"
APP_ID = "io.github.rapport.Rapport"

try:
    __version__ = _metadata.version("rapport")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
