"""Today page."""
