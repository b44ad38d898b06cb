"""The three-way merge of sync (app.core.sync.merge): one side's change wins over the base, independent changes both
survive, list entries merge one by one, and a true conflict keeps ours and reports the pair."""

from app.core.sync.merge import Conflict, merge, merge_list

LISTS = frozenset({"emails"})


def test_a_field_changed_on_one_side_takes_that_side():
    base = {"title": "Engineer", "nickname": ""}
    merged, conflicts = merge(base, {"title": "Director", "nickname": ""}, {"title": "Engineer", "nickname": "Ace"})
    assert merged == {"title": "Director", "nickname": "Ace"} and conflicts == []


def test_the_same_change_on_both_sides_is_no_conflict():
    merged, conflicts = merge({"title": "A"}, {"title": "B"}, {"title": "B"})
    assert merged == {"title": "B"} and conflicts == []


def test_different_changes_to_one_field_keep_ours_and_report_it():
    merged, conflicts = merge({"title": "A"}, {"title": "Ours"}, {"title": "Theirs"})
    assert merged == {"title": "Ours"}
    assert conflicts == [Conflict("title", "Ours", "Theirs")]


def test_list_entries_added_on_each_side_both_survive_and_removals_stick():
    base = ["a", "b", "c"]
    assert merge_list(base, ["a", "b", "c", "ours"], ["a", "c", "theirs"]) == ["a", "c", "ours", "theirs"]
    assert merge_list(base, ["c", "b", "a"], base) == ["c", "b", "a"]  # our order
    assert merge_list(base, [], base) == []


def test_without_a_base_empty_fields_fill_and_lists_unite():
    merged, conflicts = merge(
        None,
        {"title": "", "nickname": "Ace", "emails": ["x@example.org"]},
        {"title": "Director", "nickname": "Ace", "emails": ["y@example.org", "x@example.org"]},
        LISTS,
    )
    assert merged == {"title": "Director", "nickname": "Ace", "emails": ["x@example.org", "y@example.org"]}
    assert conflicts == []
    _merged, conflicts = merge(None, {"title": "A"}, {"title": "B"})
    assert conflicts == [Conflict("title", "A", "B")]
