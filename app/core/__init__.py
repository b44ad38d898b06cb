"""Qt-free domain logic: rules, search, timing, import/export, demo data. Never imports PySide6 widgets."""
