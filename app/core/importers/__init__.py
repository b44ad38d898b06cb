"""Importers: LinkedIn, Google and Outlook CSV, vCard 2.1/3.0/4.0 (DESIGN §7)."""
