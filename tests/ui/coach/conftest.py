"""A main window over a small hand-built network: Joe referred Ada (a recruiter at target company Northwind, met
for coffee last week); Ben has never been given anything nor talked with; three pitches."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass

import pytest

from app import db as app_db


@dataclass
class Net:
    joe: int
    ada: int
    ben: int
    recruiter_pitch: int


@pytest.fixture
def net_window(qtbot, paths, migrated_template):
    from app.core.contacts.contact_data import ContactData, EmailEntry
    from app.core.contacts.interactions import log_interaction
    from app.core.contacts.service import create_contact
    from app.core.pitches.service import PitchDetails, create_pitch
    from app.main import create_window
    from app.models import Company

    shutil.copyfile(migrated_template, paths.db_path)
    app_db.open_database(paths.db_path)
    Company.create(name="Northwind", is_target=True)
    joe = create_contact(ContactData(given_name="Joe", family_name="Park", tie="close")).id
    ada = create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            company="Northwind",
            title="Talent Acquisition Lead",
            how_met="Gym, early morning class",
            why_connect="Hires for operations roles",
            referred_by_id=joe,
            emails=[EmailEntry("ada@example.com", "", True)],
        )
    ).id
    ben = create_contact(
        ContactData(given_name="Ben", family_name="Ito", emails=[EmailEntry("ben@example.org", "", True)])
    ).id
    log_interaction(
        ada,
        "coffee",
        when=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=6),
        summary="Coffee near the station",
    )
    create_pitch(PitchDetails("Neighbour", "neighbour", 15), "I ship parcels on time.")
    recruiter = create_pitch(PitchDetails("Recruiter", "recruiter", 30), "I keep warehouses running smoothly.").id
    create_pitch(PitchDetails("Engineer", "engineer", 60), "I work with data.")
    app_db.close_database()
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, Net(joe, ada, ben, recruiter)
    from app.ui.coach.prep_dialog import MeetingPrepDialog

    for dialog in win.findChildren(MeetingPrepDialog):
        dialog.close()
    win.close()
    app_db.close_database()
