"""Read vCards with vobject, an independent reference reader, to check what Rapport writes."""

from __future__ import annotations

import vobject


def parse_vcard(text: str):
    """Parse exactly one vCard 3.0 with vobject (raises when it is not one)."""
    card = vobject.readOne(text)
    assert card.name == "VCARD", card.name
    assert card.version.value == "3.0", card.version.value
    return card
