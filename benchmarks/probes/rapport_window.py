"""Rapport's main window over DATA_DIR (argv[1]), timed to its first paint."""

import sys
from pathlib import Path

from paint_probe import FirstPaint

from app.paths import resolve_paths
from app.ui.application import build_window, ensure_application, present

app = ensure_application()
# As `rapport` starts the GUI (app.ui.application.run_gui): PRAGMA quick_check runs on a worker thread once the
# window is up, so it is not part of the time to the first paint (but it runs, as it does for users); the Pitches,
# Calendar and Insights pages are built when first shown.
window = build_window(resolve_paths(Path(sys.argv[1])), check=False, lazy_pages=True)
watcher = FirstPaint()
app.installEventFilter(watcher)
present(window)
code = app.exec()
window.close()
sys.exit(code)
