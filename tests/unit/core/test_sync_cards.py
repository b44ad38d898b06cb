"""How a card goes to a server (app.core.sync.contacts_sync): URI separators escaped (vobject-based servers cut a
3.0 URL at its first comma), folding kept, and Rapport's reader gives the same values back."""

from app.core.sync.contacts_sync import ContactsAdapter, _kept_key, server_safe

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-1\r\nFN:Ada\r\nN:;Ada;;;\r\n"
    "item1.URL;TYPE=work:https://blog.example/a,b;c?d=e\r\nitem1.X-ABLabel:Work\r\n"
    'IMPP;X-SERVICE-TYPE="Odd:Name":xmpp:ada@example.org\r\n'
    "X-SOCIALPROFILE;TYPE=mastodon:https://m.example/@ada\\,already\r\n"
    "NOTE:a\\, b\r\n"
    "URL:https://example.org/" + "x" * 80 + ",y\r\n"
    "END:VCARD\r\n"
)


def _record(text):
    return ContactsAdapter("http://dav.example/book/").parse(text).record


def test_uri_separators_are_escaped_and_read_back_the_same():
    safe = server_safe(CARD)
    assert "item1.URL;TYPE=work:https://blog.example/a\\,b\\;c?d=e\r\n" in safe
    assert "https://m.example/@ada\\,already" in safe  # an escape already there is not doubled
    assert "NOTE:a\\, b\r\n" in safe  # text properties are left as the exporter wrote them
    assert all(len(line.encode()) <= 75 for line in safe.split("\r\n"))  # still folded
    before, after = _record(CARD), _record(safe)
    assert after == before
    assert after["websites"][0] == ("https://blog.example/a,b;c?d=e", "Work")
    assert after["websites"][1][0] == "https://example.org/" + "x" * 80 + ",y"


def test_a_card_reads_the_same_with_crlf_or_lf_line_ends():
    """Our cards end lines with CRLF, a server's answer (XML) with LF: a folded value reads the same either way."""
    folded = server_safe(CARD)
    assert "\r\n " in folded
    assert _record(folded) == _record(folded.replace("\r\n", "\n"))
    assert "\\r" not in repr(_record(folded))  # no carriage return left inside any value


def test_kept_lines_compare_without_their_group_number_or_name_case():
    assert _kept_key("item3.X-ABLabel:Friend") == _kept_key("item1.X-ABLABEL:Friend")
    assert _kept_key("GEO:geo:1\\,2") != _kept_key("GEO:geo:1\\,3")
