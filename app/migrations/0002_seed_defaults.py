"""Seed the default circles (DESIGN §1: "don't disqualify anyone") and the script templates.

The texts are Rapport's own wording of the networking advice in PLAYBOOK.md. Merge fields are filled by
app.core.coach.templates: {first_name}, {full_name}, {company}, {referrer}, {why_connect}, {my_name}, {my_target},
{my_pitch}, {target_companies}, {my_contact_block}, {what_i_sent}, {month}.
Frozen data: later changes to the defaults go in a new migration, and never overwrite what the user edited.
"""

import datetime

CIRCLES = [
    # name, colour, keep-in-touch ideal days, prompt for the brainstorm wizard
    (
        "Former co-workers",
        "#4e79a7",
        180,
        "Colleagues and managers from every job, people at clients and suppliers, interns you mentored.",
    ),
    ("Friends", "#f28e2b", 90, "Close friends and old friends you have lost touch with."),
    ("Family", "#e15759", 90, "Parents, siblings, in-laws, cousins — distant cousins too."),
    ("Neighbours", "#76b7b2", 365, "Next door, across the street, the old neighbourhood."),
    ("Church & faith community", "#59a14f", 180, "People you see at services, volunteering or study groups."),
    ("Clubs & sports", "#edc948", 180, "The gym, a bowling league, a running club, the choir, a book club."),
    ("School & alumni", "#b07aa1", 365, "Classmates, teachers, alumni of your school or university."),
    (
        "Professional groups & events",
        "#ff9da7",
        180,
        "Associations, meet-ups, conferences, people you met at a talk.",
    ),
    (
        "People who serve me",
        "#9c755f",
        365,
        "Dry cleaner, accountant, lawyer, hairdresser, doctor, dentist, mechanic, real-estate agent.",
    ),
    ("Kids' school & activities", "#bab0ac", 365, "Other parents, coaches, teachers."),
    ("Online", "#86bcb6", 365, "People you know mostly through LinkedIn or online communities."),
]

TEMPLATES = [
    (
        "Warm call — someone referred me",
        "warm_call",
        "",
        """Hi {first_name}, this is {my_name}. {referrer} suggested I give you a call — is now a good moment for \
two minutes?

{referrer} thought you'd be a good person to talk to because you know {company} and the people around it. \
I'm looking for {my_target}, and I'm not asking you for a job — I'd value twenty minutes of your advice, over \
coffee or on the phone, whenever suits you in the next week or two.""",
    ),
    (
        "Thank you after a conversation",
        "thank_you",
        "Thank you, {first_name}",
        """Hi {first_name},

Thank you for taking the time to talk with me today — I really enjoyed hearing about your work.

As promised, here is the list of companies I'm targeting; any thoughts on it are welcome:
{target_companies}

A quick reminder of what I'm looking for: {my_target}. If anyone comes to mind who I should talk to, \
I'd be glad of an introduction.

Thanks again,
{my_contact_block}""",
    ),
    (
        "Friendly reminder",
        "reminder",
        "Following up: {what_i_sent}",
        """Hi {first_name},

I hope your week is going well. I'm just checking that {what_i_sent} reached you — no rush at all. \
If anything on it sparks an idea or a name, I'd love to hear it.

All the best,
{my_name}""",
    ),
    (
        "Connection note — why I'd like to connect",
        "connection_note",
        "",
        """Hi {first_name}, {why_connect} I'd be glad to connect and to hear what you're working on. — {my_name}""",
    ),
    (
        "Thanks for connecting",
        "thank_connection",
        "Thanks for connecting, {first_name}",
        """Hi {first_name},

Thanks for connecting! I'm curious what made you reach out (or accept) — and I'd enjoy a short call to hear \
about your work. Would fifteen minutes one day next week suit you?

{my_contact_block}""",
    ),
    (
        "Who else should I talk to?",
        "referral_ask",
        "",
        """Thank you, this has been really helpful. Who else would you recommend I talk to? Would you be comfortable \
if I mentioned your name when I get in touch?""",
    ),
    (
        "Monthly update",
        "monthly_update",
        "A quick update from {my_name} — {month}",
        """Hi {first_name},

A short update on my search, since people often think of something weeks later and assume I've found a job \
unless I say otherwise.

What I've been doing this month:
{month_summary}

What I'm looking for: {my_target}

Companies I'd love an introduction into:
{target_companies}

Thank you for your help so far — ideas and names are always welcome.

{my_contact_block}""",
    ),
    (
        "Reconnect after a while",
        "reconnect",
        "It's been a while, {first_name}",
        """Hi {first_name},

It's been a while since we last caught up, and I was thinking of you. How are things at {company}? \
Who have you met lately who impressed you? I'd enjoy a coffee or a call if you have time in the coming weeks.

{my_name}""",
    ),
    (
        "Tell the referrer how it went",
        "update_referrer",
        "Thanks for the introduction to {other_name}",
        """Hi {first_name},

I wanted to let you know I spoke with {other_name} — thank you for the introduction, it was a really useful \
conversation. I'll keep you posted on where it leads.

{my_name}""",
    ),
    (
        "Introduce two people",
        "introduction",
        "Introduction: {first_name}, meet {other_name}",
        """Hi {first_name} and {other_name},

I think you two should know each other. {first_name}, … {other_name}, … I'll let you take it from here.

{my_name}""",
    ),
]


def up(migrator, db):
    created = datetime.datetime.now().replace(microsecond=0)
    for position, (name, colour, days, prompt) in enumerate(CIRCLES):
        db.execute_sql(
            "INSERT OR IGNORE INTO circle (name, colour, position, keep_in_touch_days, prompt) VALUES (?, ?, ?, ?, ?)",
            (name, colour, position, days, prompt),
        )
    for position, (name, kind, subject, body) in enumerate(TEMPLATES):
        db.execute_sql(
            "INSERT INTO template (name, kind, subject, body, builtin, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
            (name, kind, subject, body, position, created, created),
        )


def down(migrator, db):
    db.execute_sql("DELETE FROM template WHERE builtin = 1")
    db.execute_sql("DELETE FROM circle WHERE id NOT IN (SELECT circle_id FROM contact_circle)")
