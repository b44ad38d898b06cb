"""Sync in the window (issue 20): the status-bar controller and Preferences → Sync."""

from app.ui.sync.controller import SyncController, install_sync

__all__ = ["SyncController", "install_sync"]
