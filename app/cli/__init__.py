"""Command-line sub-commands (DESIGN §6). One module per command; each exposes ``register(subparsers)``."""
