"""What a calendar day says of the items that do not fit is translatable, with plural forms (issue 23): it was an
f-string ("+3 more", "1 items") that no translation could reach."""

from app.ui.calendar.chips import more_text


def test_more_text_in_english(qapp):
    assert more_text(3, placed=True) == "+3 more"
    assert more_text(1, placed=False) == "1 item"
    assert more_text(4, placed=False) == "4 items"
