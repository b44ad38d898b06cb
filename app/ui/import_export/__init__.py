"""File → Import… (wizard), File → Export… (format choice) and dropping files on the window (DESIGN §5, §7)."""
