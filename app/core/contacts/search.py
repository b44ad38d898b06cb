"""The contact search engine behind the search box and `rapport search` (DESIGN §3, §5, §6).

Typed text is never handed to FTS5 as query syntax. It is cut into words the way the index's ``unicode61``
tokenizer cuts text (runs of letters, digits and private-use characters; everything else separates words), and each
word becomes a quoted prefix term: ``José Mull`` → ``"josé"* "mull"*``. The terms are ANDed. Quotes, ``*``, ``-``,
``OR``, ``NEAR(``, ``^``, ``name:``, parentheses, SQL fragments… are either separators or plain words, so no typed
text can raise or change the meaning of the query. Accents are removed by the tokenizer (``remove_diacritics 2``)
on both sides, so "jose" finds "José" and "mull" finds "Müller".

Live contacts are searched through the FTS5 index ``contact_fts`` (which holds live contacts only, migration 0010),
best match first: every typed word a whole word of the name, then BM25 with the name weighted most, then
oldest first. The trash is small and is searched by the same word-prefix rule in Python.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Sequence

from peewee import JOIN

from app.db import database
from app.models import Company, Contact, ContactEmail

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
# Column weights for bm25(contact_fts): name, company, title, notes, emails.
WEIGHTS = (10.0, 4.0, 2.0, 1.0, 3.0)
RANK_SQL = "bm25(contact_fts, {})".format(", ".join(str(w) for w in WEIGHTS))


class Scope(enum.Enum):
    """Which contacts a search looks at."""

    LIVE = "live"
    TRASH = "trash"
    ALL = "all"


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


def words(text: str) -> list[str]:
    """The words of ``text`` as the ``unicode61`` tokenizer sees them (lower-cased, in order, repeats dropped)."""
    text = unicodedata.normalize("NFC", text or "")
    found: list[str] = []
    current: list[str] = []
    for ch in text + " ":
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            found.append("".join(current).lower()[:MAX_TERM_LENGTH])
            current = []
    return list(dict.fromkeys(found))


def match_expression(text: str) -> str | None:
    """The safe FTS5 query for typed text: quoted prefix terms, ANDed. None when the text has no words."""
    terms = words(text)[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


# A typed word longer than the index's prefix lengths (1–3 letters) is a prefix FTS5 must expand anew for every row
# it tests; when it starts only a few words of the index, those words are named instead (:func:`list_expression`).
PREFIX_INDEXED = 3
EXPAND_AT_MOST = 8
_TERMS_TABLE = "temp.contact_fts_terms"


def _terms_starting(word: str) -> list[str] | None:
    """The index's words that start with ``word`` (ASCII letters and digits only), or None when there are more than
    :data:`EXPAND_AT_MOST` of them."""
    database.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TERMS_TABLE} USING fts5vocab(main, contact_fts, 'row')")
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    rows = database.execute_sql(
        f"SELECT term FROM {_TERMS_TABLE} WHERE term >= ? AND term < ? LIMIT ?", (word, upper, EXPAND_AT_MOST + 1)
    ).fetchall()
    return None if len(rows) > EXPAND_AT_MOST else [row[0] for row in rows]


def list_expression(text: str) -> str | None:
    """:func:`match_expression` for the contact list: the same matches, but a long typed word that starts only a few
    words of the index becomes those words (``"example"*`` → ``("example")``), which the list can test row by row
    at the cost of a lookup instead of a prefix expansion. Only plain ASCII words are named this way (the index
    folds other letters its own way); a word that starts no word at all keeps its prefix form (it matches nothing
    either way)."""
    terms = words(text)[:MAX_TERMS]
    if not terms:
        return None
    parts = []
    for term in terms:
        named = None
        if len(term) > PREFIX_INDEXED and term.isascii() and term.isalnum():
            named = _terms_starting(term)
        if named:
            parts.append("(" + " OR ".join(f'"{t}"' for t in named) + ")")
        else:
            parts.append(f'"{term}"*')
    return " AND ".join(parts)


def is_cheap_to_test(expression: str) -> bool:
    """Whether testing one row against ``expression`` is a few index lookups: every prefix term is short enough
    for the prefix index (named words always are)."""
    return all(len(part) - 3 <= PREFIX_INDEXED for part in expression.split(" ") if part.endswith("*"))


def exact_name_expression(text: str) -> str | None:
    """Every typed word as a whole word of the name: the strongest sign of the person meant."""
    terms = words(text)[:MAX_TERMS]
    if not terms:
        return None
    return "{name} : (" + " ".join(f'"{term}"' for term in terms) + ")"


# Best match first: every typed word a whole word of the name, then BM25 (name weighted most), then oldest first.
# Only the index is read (no contact rows), so ranking a thousand matches stays cheap on a cold cache.
BEST_FIRST_SQL = f"(rowid IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)) DESC, {RANK_SQL}, rowid"


def best_first_params(text: str) -> list[str]:
    """The parameters of :data:`BEST_FIRST_SQL` for typed ``text``."""
    return [exact_name_expression(text) or '""']


def fold(text: str) -> str:
    """Lower-case without accents, as the index compares words ("Müller" → "muller")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def like_prefix(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


COUNT_LIVE_SQL = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?"


def count_live_matches(expression: str) -> int:
    """How many live contacts match an expression from :func:`match_expression` (one index read)."""
    return database.execute_sql(COUNT_LIVE_SQL, (expression,)).fetchone()[0]


def ranked_live_ids(text: str, limit: int | None = None) -> list[int]:
    """Ids of live contacts matching ``text``, best match first."""
    expression = match_expression(text)
    if expression is None:
        return []
    sql = f"SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY {BEST_FIRST_SQL}"
    params: list = [expression, *best_first_params(text)]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(limit)))
    return [row[0] for row in database.execute_sql(sql, params)]


def _searchable_text(rows: Iterable[tuple]) -> str:
    return " ".join(str(part) for part in rows if part)


def trash_ids_matching(text: str, candidates: Sequence[int] | None = None) -> list[int]:
    """Trashed contacts whose words start with every typed word (accents ignored), by name.

    Same rule as the index, evaluated in Python: the trash holds few contacts and is not indexed.
    """
    terms = [fold(t) for t in words(text)[:MAX_TERMS]]
    query = (
        Contact.select(
            Contact.id,
            Contact.given_name,
            Contact.family_name,
            Contact.display_name,
            Contact.title,
            Contact.notes,
            Contact.how_met,
            Contact.why_connect,
            Company.name,
        )
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(Contact.deleted_at.is_null(False))
        .tuples()
    )
    if candidates is not None:
        query = query.where(Contact.id.in_(list(candidates)))
    # Sorted here: an ORDER BY would make SQLite walk the name index of every contact to find the few trashed.
    rows = sorted(query, key=lambda row: (fold(row[3]), row[0]))
    if not terms:
        return [row[0] for row in rows]
    emails: dict[int, list[str]] = {}
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for cid, value in (
            ContactEmail.select(ContactEmail.contact, ContactEmail.value)
            .where(ContactEmail.contact.in_(chunk))
            .tuples()
        ):
            emails.setdefault(cid, []).append(value)
    found = []
    for row in rows:
        text_words = [fold(w) for w in words(_searchable_text(row[1:]) + " " + " ".join(emails.get(row[0], [])))]
        if all(any(w.startswith(term) for w in text_words) for term in terms):
            found.append(row[0])
    return found


def search_ids(text: str, *, limit: int | None = None, scope: Scope = Scope.LIVE) -> list[int]:
    """Contact ids matching typed ``text``, best match first; live contacts only unless ``scope`` says otherwise.

    Text without any word (only punctuation or spaces) matches nothing. Never raises for any text.
    """
    if not words(text):
        return []
    ids: list[int] = []
    if scope in (Scope.LIVE, Scope.ALL):
        ids = ranked_live_ids(text, limit)
    if scope in (Scope.TRASH, Scope.ALL) and (limit is None or len(ids) < limit):
        trashed = trash_ids_matching(text)
        ids.extend(trashed if limit is None else trashed[: limit - len(ids)])
    return ids
