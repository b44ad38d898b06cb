"""What the card designer and the profile offer remember between runs (stored settings, no Qt)."""

from app.core.cards.designs import CardOptions, load_options, save_options
from app.core.profile import mark_profile_offered, profile_offered


def test_card_options_fall_back_to_the_given_default_until_chosen(db):
    default = CardOptions(size="us")
    assert load_options(default) is default
    chosen = CardOptions(size="eu", design=CardOptions().design, show_qr=False)
    save_options(chosen)
    assert load_options(default) == chosen


def test_the_profile_offer_is_made_once(db):
    assert not profile_offered()
    mark_profile_offered()
    assert profile_offered()
