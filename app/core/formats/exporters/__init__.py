"""Exporters: JSON (DESIGN §6), vCard, CSV, ICS (DESIGN §7)."""
