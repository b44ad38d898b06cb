"""The Changes value writes return (issue 18)."""

import pytest

from app.core.changes import NOTHING, Changes


def test_kinds_combine_and_contact_ids_imply_contacts():
    logged = Changes.of("interactions", "followups", contact_ids=[7])
    assert logged.contacts and logged.interactions and logged.followups and not logged.pitches
    both = logged | Changes.of("contacts", contact_ids=[9])
    assert both.contact_ids == {7, 9} and both.interactions
    assert not NOTHING and bool(logged) and bool(Changes.all())
    assert Changes.all().touches("pitches") and not logged.touches("pitches")
    with pytest.raises(ValueError):
        Changes.of("contact")
