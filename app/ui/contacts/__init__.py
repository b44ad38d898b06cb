"""Contacts page."""
