"""Dialogs shared by several pages (Log interaction…)."""
