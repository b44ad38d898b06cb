"""Calendar page."""
