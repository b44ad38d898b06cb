"""The demo data's sentences: how I met someone, why to connect, what a conversation was about, and the demo pitches
(:mod:`app.core.demo.contacts` picks from them with a seeded random generator)."""

from __future__ import annotations

HOW_MET = (
    "Worked together on the warehouse automation project",
    "Sat next to each other at the regional logistics meet-up",
    "Our kids play in the same football team",
    "Met at church coffee after the service",
    "Bowling league, Thursday nights",
    "Neighbour two doors down",
    "Introduced at a friend's barbecue",
    "She cuts my hair every six weeks",
    "Does our taxes every spring",
    "University alumni evening",
    "Gym, early morning class",
    "Connected on LinkedIn after a webinar",
    "",
    "",
)
WHY_CONNECT = (
    "Knows the logistics scene in the region well",
    "Works at one of my target companies",
    "Hires for operations roles",
    "Always knows who is moving where",
    "Could introduce me to people in healthcare",
    "Has made the same career move I am making",
    "Great at giving honest feedback on my pitch",
    "",
    "",
)
SUMMARIES = {
    "call": (
        "Quick catch-up call",
        "Warm call — referred by a friend",
        "Called to ask for advice on the market",
    ),
    "coffee": ("Coffee at the corner café", "Coffee near the station", "Coffee — talked about their team"),
    "meeting": ("Informational meeting at their office", "Met to go through my target list"),
    "lunch": ("Lunch catch-up", "Lunch with the team"),
    "event": ("Saw them at the industry meet-up", "Chatted at the charity run"),
    "email": ("Sent a thank-you email", "Emailed an article they might like"),
    "message": ("LinkedIn message", "Texted to say hello"),
    "sent": ("Sent my target company list", "Sent my résumé as requested", "Sent the article we discussed"),
}
PITCHES = (
    (
        "Recruiter",
        "recruiter",
        30,
        "I'm an operations manager who keeps warehouses running smoothly. For eight years I ran the night shift "
        "at a regional freight company, where my team cut late deliveries by a third by fixing how we load the "
        "trucks. I'm now looking for an operations role at a mid-sized logistics or retail company, close to "
        "home. Who do you know who is growing their warehouse team?",
    ),
    (
        "Neighbour",
        "neighbour",
        15,
        "I make sure parcels leave the warehouse on time. I'm looking for my next job running a warehouse team "
        "near here — if you hear of anyone hiring, I'd love to know.",
    ),
    (
        "Engineer",
        "engineer",
        60,
        "I lead warehouse operations, with a soft spot for data. At my last company I worked with two engineers "
        "to rebuild how we planned truck loading: we logged every pallet for a month, found that a third of the "
        "late deliveries came from the same two docks, and changed the order we loaded them. Late deliveries fell "
        "by a third and overtime by a fifth. I like working next to software teams because I can explain what "
        "happens on the floor and test ideas quickly with the people who do the work. I'm looking for an "
        "operations lead role at a logistics or retail company that is investing in its warehouses. Which "
        "companies do you think are doing that well?",
    ),
)
