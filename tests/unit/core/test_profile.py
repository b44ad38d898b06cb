"""My profile: validation with the contacts' rules, saving the single row, merge fields."""

from __future__ import annotations

import pytest

from app.core.profile import (
    ProfileData,
    ProfileValidationError,
    contact_lines,
    load_profile,
    merge_fields,
    save_profile,
    split_name,
    validate_profile,
)
from app.models import Profile

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def sam(**changes) -> ProfileData:
    data = ProfileData(
        name="Sam Rivera",
        headline="Operations manager",
        target_role="an operations role in logistics",
        email="Sam.Rivera@EXAMPLE.net",
        phone="(202) 555-0147",
        linkedin_url="linkedin.com/in/sam-rivera",
        website="samrivera.example.net",
        city="Springfield",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_fresh_database_has_an_empty_profile(db):
    assert load_profile().is_empty()


def test_saving_normalises_like_a_contact_and_reads_back(db, clock):
    saved = save_profile(sam(), clock=clock, region="US")
    assert saved.email == "Sam.Rivera@example.net"
    assert saved.linkedin_url == "https://www.linkedin.com/in/sam-rivera"
    assert saved.website == "https://samrivera.example.net"
    assert saved.phone == "(202) 555-0147"  # kept as written: it is printed on cards
    assert load_profile() == saved
    assert Profile.select().count() == 1
    assert Profile.get().updated_at == clock.now()


def test_saving_twice_keeps_one_row(db, clock):
    save_profile(sam(), clock=clock, region="US")
    save_profile(sam(city="Shelbyville"), clock=clock, region="US")
    assert Profile.select().count() == 1
    assert load_profile().city == "Shelbyville"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("email", "sam at example", "not a valid email"),
        ("phone", "call me", "not a phone number"),
        ("website", "not a site", "not a web address"),
        ("linkedin_url", "sam rivera", "web address"),
        ("photo", b"GIF89a....", "PNG or JPEG"),
    ],
)
def test_each_bad_field_is_named_and_nothing_is_written(db, clock, field, value, words):
    with pytest.raises(ProfileValidationError) as caught:
        save_profile(sam(**{field: value}), clock=clock, region="US")
    assert [p.field for p in caught.value.problems] == [field]
    assert words in caught.value.problems[0].message
    assert load_profile().is_empty()


def test_photo_must_be_small_and_an_image():
    validate_profile(sam(photo=PNG), region="US")
    with pytest.raises(ProfileValidationError):
        validate_profile(sam(photo=PNG + b"\x00" * (3 * 1024 * 1024)), region="US")
    assert validate_profile(sam(photo=b""), region="US").photo is None


def test_names_split_into_given_and_family_with_particles():
    assert split_name("Sam Rivera") == ("Sam", "Rivera")
    assert split_name("Anna Maria van der Berg") == ("Anna Maria", "van der Berg")
    assert split_name("Cher") == ("Cher", "")
    assert split_name("") == ("", "")


def test_merge_fields_and_contact_block_for_templates(db, clock):
    fields = merge_fields(save_profile(sam(), clock=clock, region="US"))
    assert fields["my_name"] == "Sam Rivera"
    assert fields["my_first_name"] == "Sam"
    assert fields["my_target"] == "an operations role in logistics"
    assert fields["my_contact_block"].splitlines() == [
        "Sam Rivera",
        "Operations manager",
        "Sam.Rivera@example.net",
        "(202) 555-0147",
        "samrivera.example.net",
        "linkedin.com/in/sam-rivera",
        "Springfield",
    ]


def test_contact_lines_leave_out_what_is_empty():
    assert contact_lines(ProfileData(name="X", email="x@example.org")) == ["x@example.org"]
