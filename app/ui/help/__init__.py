"""The Help menu (issue 17): Getting Started (a guide shipped inside the package), Keyboard Shortcuts (read from the
window's own actions), Open Log Folder and About (with the licence)."""
