"""The PySide6 user interface: a thin layer over app.core (it never imports app.models or app.db)."""
