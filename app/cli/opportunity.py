"""`rapport opportunity add|list|move`: job applications from a script (issue 22, DESIGN §6).

- ``add --company C --role R [--contact NAME]… [--source S] [--stage S] [--date D]`` adds an opportunity (the
  company is found in the company list or added to it). A ``--contact`` is an id or a name only one contact answers
  to, as for ``rapport log``; their role follows the source (a referral's contact referred you, a recruiter's is
  the recruiter) unless ``--contact-role`` says otherwise. Without ``--source``: "contact" when a contact is named,
  else "cold". Prints the new id first, then what was added and the follow-ups the rules made.
- ``list [--json] [--stage S]… [--open]`` lists them, most recently moved first; ``--json`` prints a list of
  ``{id, uid, company, target, role, source, stage, stage_since, applied_on, next_interview, posting_url, location,
  people: [{contact_id, name, role}]}``.
- ``move ID STAGE [--date D]`` moves one to a stage on a day (default today), logged in its history; the follow-ups
  the move made are printed. Moving to the stage it is at changes nothing (exit 0, said on stderr).

Exit codes as every command: 1 usage (a bad date, an unknown stage), 2 input refused and nothing written (no such
opportunity or contact, a day in the future or before the current stage), 3 the data folder cannot be used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from app.cli.common import EXIT_OK, EXIT_REJECTED, CliError, open_data
from app.core.opportunities.labels import role_label, source_label, stage_label
from app.models import OPPORTUNITY_ROLES, OPPORTUNITY_SOURCES, OPPORTUNITY_STAGES, FollowUp

ROLE_FOR_SOURCE = {"referral": "referrer", "recruiter": "recruiter"}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "opportunity",
        help="job applications: add, list, move to a stage",
        description="Job applications: opportunities from a conversation to an offer.",
    )
    commands = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    add = commands.add_parser("add", help="add an opportunity", description="Add an opportunity.")
    add.add_argument("--company", required=True, help="the company (found in your company list or added to it)")
    add.add_argument("--role", required=True, help="the job, e.g. 'Operations lead'")
    add.add_argument(
        "--contact",
        action="append",
        default=[],
        metavar="NAME",
        help="a contact involved (id or a name only one contact answers to); repeat for several",
    )
    add.add_argument("--contact-role", choices=OPPORTUNITY_ROLES, help="their role (default: from the source)")
    add.add_argument("--source", choices=OPPORTUNITY_SOURCES, help="where it came from")
    add.add_argument("--stage", choices=OPPORTUNITY_STAGES, default="interested", help="default: interested")
    add.add_argument("--date", metavar="D", help="the day it got to that stage, e.g. 2026-03-16 (default today)")
    add.add_argument("--url", default="", help="the job posting")
    add.add_argument("--location", default="", help="where the job is")
    add.add_argument("--target", action="store_true", help="also put the company on your target list")
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help="list opportunities", description="List opportunities.")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead of text")
    listing.add_argument("--stage", action="append", choices=OPPORTUNITY_STAGES, help="only these stages")
    listing.add_argument("--open", action="store_true", help="only the ones still open (not closed)")
    listing.set_defaults(handler=run_list)

    move = commands.add_parser(
        "move", help="move an opportunity to a stage", description="Move an opportunity to a stage, on a day."
    )
    move.add_argument("id", type=int, metavar="ID", help="the opportunity's id (see `rapport opportunity list`)")
    move.add_argument("stage", choices=OPPORTUNITY_STAGES, metavar="STAGE", help=", ".join(OPPORTUNITY_STAGES))
    move.add_argument("--date", metavar="D", help="the day it happened (default today)")
    move.set_defaults(handler=run_move)


def parse_day(text: str | None) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) > 10 and "T" in text else dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--date: {text!r} is not a date like 2026-03-16") from None


def _open_ids() -> set[int]:
    return {i for (i,) in FollowUp.select(FollowUp.id).where(FollowUp.status == "open").tuples()}


def _print_followups(before: set[int]) -> None:
    new = FollowUp.select().where(FollowUp.status == "open", FollowUp.id.not_in(list(before) or [0]))
    for followup in new.order_by(FollowUp.due, FollowUp.id):
        print(f"follow-up {followup.id}: {followup.title} (due {followup.due.isoformat()})")


def run_add(args: argparse.Namespace) -> int:
    from app.cli.log import resolve_contact
    from app.core.clock import SYSTEM_CLOCK
    from app.core.opportunities.service import OpportunityData, OpportunityError, Person, create_opportunity

    day = parse_day(args.date)
    open_data(args)
    people = [resolve_contact(name) for name in args.contact]
    source = args.source or ("contact" if people else "cold")
    role = args.contact_role or ROLE_FOR_SOURCE.get(source, "contact")
    before = _open_ids()
    try:
        opp = create_opportunity(
            OpportunityData(args.company, args.role, args.url, args.location, source),
            stage=args.stage,
            day=day,
            people=[Person(c.id, role) for c in people],
            make_target=args.target,
            clock=SYSTEM_CLOCK,
        )
    except OpportunityError as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    who = ", ".join(f"{c.display_name} ({role_label(role).lower()})" for c in people)
    print(
        f"{opp.id}\tadded {opp.role} at {opp.company.name} ({source_label(source).lower()}), "
        f"{stage_label(opp.stage).lower()} since {opp.stage_since.isoformat()}" + (f"; {who}" if who else "")
    )
    _print_followups(before)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from app.core.clock import SYSTEM_CLOCK
    from app.core.opportunities import queries

    open_data(args)
    flt = queries.Filter(stages=frozenset(args.stage or ()), open_only=args.open)
    items = queries.rows(flt=flt, clock=SYSTEM_CLOCK)
    if args.json:
        json.dump([_as_json(item) for item in items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not items:
        print("no opportunities yet" if not flt.active else "no opportunity matches")
        return EXIT_OK
    today = SYSTEM_CLOCK.today()
    for item in items:
        people = ", ".join(f"{p.name} ({role_label(p.role).lower()})" for p in item.people)
        days = item.days_in_stage(today)
        print(
            f"{item.id}\t{stage_label(item.stage):<12} {days:>4} d  {item.role} at {item.company}"
            f"  [{source_label(item.source).lower()}]" + (f"  — {people}" if people else "")
        )
    return EXIT_OK


def _as_json(item) -> dict:
    return {
        "id": item.id,
        "uid": item.uid,
        "company": item.company,
        "target": item.is_target,
        "role": item.role,
        "source": item.source,
        "stage": item.stage,
        "stage_since": item.stage_since.isoformat(),
        "applied_on": item.applied_on.isoformat() if item.applied_on else None,
        "next_interview": item.next_interview.isoformat(timespec="minutes") if item.next_interview else None,
        "posting_url": item.posting_url,
        "location": item.location,
        "people": [{"contact_id": p.contact_id, "name": p.name, "role": p.role} for p in item.people],
    }


def run_move(args: argparse.Namespace) -> int:
    from app.core.clock import SYSTEM_CLOCK
    from app.core.opportunities.service import OpportunityError, move
    from app.models import Opportunity

    day = parse_day(args.date)
    open_data(args)
    opp = Opportunity.get_or_none(Opportunity.id == args.id)
    if opp is None:
        raise CliError(f"no opportunity with id {args.id} (see `rapport opportunity list`)", EXIT_REJECTED)
    before = _open_ids()
    try:
        done = move(args.id, args.stage, day=day, clock=SYSTEM_CLOCK)
    except OpportunityError as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    what = f"{opp.role} at {opp.company.name}"
    if done is None:
        print(
            f"rapport: {what} is already at {args.stage} (since {opp.stage_since.isoformat()}); nothing changed",
            file=sys.stderr,
        )
        return EXIT_OK
    print(
        f"{opp.id}\tmoved {what}: {stage_label(done.before_stage).lower()} → {stage_label(done.stage).lower()} "
        f"on {done.day.isoformat()}"
    )
    _print_followups(before)
    return EXIT_OK
