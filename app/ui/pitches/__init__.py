"""Pitches page."""
