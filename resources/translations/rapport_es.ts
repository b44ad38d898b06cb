<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Give: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit research on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {contacts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what} to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {contacts} to {circle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {contacts} from {circle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage of {contacts} to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the ledger: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the ledger: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {title} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name} to the target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave {g} · Asked {a} · Received {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes by “{nickname}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(turns {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} (no room: widen the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Columns to Their Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}d late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n}d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact {when} ({full}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in touch yet: log a first conversation and Rapport will remind you to keep it warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In touch. {spoken} Reconnect by {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reconnect. {spoken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: going cold. {spoken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: skipped — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also restores {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also restored {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also adds {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} at {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {role} at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {role} at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {n} opportunities to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the day of a move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {what} as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred you to {jobs}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{roles} on {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an opportunity to open it on the Opportunities page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an opportunity to see its people, its history and what you sent — or add one (Ctrl+Shift+J).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opportunity chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another stage (Ctrl+Shift+Right: the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the role, company, people… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this opportunity (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know about the role, the team, the questions to ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List these people on the Contacts page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a round of interviews (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep sheet for the next interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a move to correct its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a résumé or cover letter you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your résumés and cover letters, by version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} is on your target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} for {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {stage} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet. Who referred you, who is hiring, who can tell you about the team? (Edit…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet — schedule one when it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep sheet for the interview {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview to prepare for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc} v{n}{to} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more on Today and the Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on {role} at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen person (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from your companies or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range, what you asked for, the offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lary notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address, or the video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to prepare, who to ask for at the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport reminds you to prepare the day before and to thank each interviewer that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumés and cover letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each version you send. Rapport copies the file into your data folder and remembers which version went to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a document sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular (the application itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it on their timeline (Rapport reminds you to follow up a week later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, version {n}{latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file you sent first (Add a file…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did you send it to? Type a name and pick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you sent it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your job search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From opportunity to offer, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened the doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not through people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the jobs you hear about and apply to on the Opportunities page (Ctrl+6): this shows which ones people brought you, and how far each kind got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through people, &lt;b&gt;{p}&lt;/b&gt; of your applications reached an interview ({pn} of {pa}); on your own, &lt;b&gt;{c}&lt;/b&gt; ({cn} of {ca}). {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep asking: “Who else would you recommend I talk to?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the people you know who could introduce you at the companies you apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} opportunities so far, {p} of them through people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: half the stays that ended took {d} days or less ({n} ended); {c} there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, for {d} days (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days before an opportunity moved on. Point at a bar for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once opportunities move from stage to stage, how long each stage takes shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who referred you or told you about a job: the people who open doors show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of your {t} interviews came through someone you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who brought you opportunities; interviews will show as they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: brought you opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep sheet is about the people you will meet. Add them first: the interviewers in the interview (double-click it), or the hiring manager or recruiter with Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} — {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards by stage: drag one to move it (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every opportunity in a table you can sort (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by role, company, place or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target companies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every opportunity again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your job search shows here, stage by stage: a role someone told you about, an application, a referral. Add the first one with New opportunity (Ctrl+Shift+J) — Rapport then reminds you to check in, to thank each interviewer and to tell the people who referred you how it is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a round of interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing {n}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what} — Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a document sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview, round {n}: {when} ({m} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — on your target list ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} since {day} · {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same engine for your applications: each rule adds a follow-up on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pitch “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link contacts to pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this pitch, e.g. to make a 15 or 60 s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this pitch (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the text full screen at your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this text as a version you can go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and restore earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a pocket card of this pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording is not available: the sound module could not be loaded ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording needs a microphone: none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>3-2-1 countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down from 3 before the timer starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave rehearsal mode (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer and lights (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■  Stop  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer and rate the run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Start  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send Ada the list of target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone (leave empty for your whole network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the {nth} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeat never happens: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats {how}. First on {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches {text!r}; pick one from the list or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Would your neighbour understand it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch reading ease: 0–100, higher is easier. Short words and short sentences raise it.
Aim for {aim} or more: plain English that a listener follows the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-words issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A pitch that works&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Thirty seconds or less: about 75 words.&lt;/li&gt;&lt;li&gt;Who you are and what you do, in words a neighbour uses.&lt;/li&gt;&lt;li&gt;One example with a number: “cut late deliveries by a third”.&lt;/li&gt;&lt;li&gt;What you are looking for next, and where.&lt;/li&gt;&lt;li&gt;End with an ask: “Who do you know who…?”&lt;/li&gt;&lt;li&gt;Upbeat, in your own voice — never bitter about the last job.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease &lt;b&gt;{score}&lt;/b&gt; — {band} (aim for {aim}+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buzzwords, acronyms, long sentences or fillers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskReferralsDialog</name>
    <message>
        <source>Referrals from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else would {name} recommend you talk to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each name and press Enter (Tab moves to the next field). Ask whether you may mention {name} when you get in touch — and call each referral within a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why talk to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log that {name} gave me these referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {n} referrals from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrals could not be saved; see the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskWarningBanner</name>
    <message>
        <source>Give before you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Give before you ask?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an image Rapport can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a complete copy of your data to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with a backup (the current data is kept too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the automatic backups in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last backup {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last backup {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport found damage in its database and there is no backup to restore:
{problem}

Keep working carefully and save a copy with File → Back Up Now; SQLite tools may recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport found damage in its database:
{problem}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your current data with this backup ({n} contacts)?

Your current data is saved as a backup first, so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name}. Your previous data is in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEditor</name>
    <message>
        <source>Add birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrainstormWizard</name>
    <message>
        <source>List the people you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a circle of your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t disqualify anyone: any of them may know of your next job. Name, then Enter — company and a note are optional (Tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous circle (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next circle (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle {i} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you know here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this circle ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet — who comes to mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved; see the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the circle (e.g. Choir):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCards</name>
    <message>
        <source>Print &amp;Business Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and print your own business card, or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan Business Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a photo or scan of a card you received into a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and contact details, for your card and your emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Rapport about you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and contact details go on your business card and emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month, week or day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month, week or day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {v} view ({k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some kinds of follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, coffees, lunches, meetings and events you have planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up on the selected day, once or repeating (Ctrl+Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned. Follow-ups appear when you log conversations, add referrals or send someone something; meetings when you log a call or a coffee at a time still ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contact of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more after {day}: browse them month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda · next three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on {day}. Drag a follow-up or a meeting here to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes when the one before is done or let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} follow-ups and meetings to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Choose a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <source>Print Business Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code with my contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone camera turns it into a new contact (vCard) in one tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m looking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet to cut, with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card per page (print shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit My Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name and details printed on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cards as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cards (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo in My Profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} · {n} cards per {paper} sheet, with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} · one card per page, at its exact size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} business cards to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Pitch card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pocket card (5 × 3 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pitch card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPictureView</name>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove from {circle}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleChips</name>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the given and family names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my list of target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak ties (acquaintances, new people) often help the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred them? Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the person who referred them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bowling league, Thursday team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you&apos;d like to learn from them, or how you could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to reconnect. 0 uses the cadence of their circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering: family, interests, what you talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name parts, nickname, birthday, websites, chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Marie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jr. or PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What friends call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the fields most contacts do without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle default ({n} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year with four digits, like 1985, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {day} in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full — free some space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Your changes are kept; trying again in {n} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the database took your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fields} also changed elsewhere (an import, a sync or a command) while you were editing. Your text is kept; Edit → Undo brings back the other version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <source>Your contacts. Enter opens the selected one, Delete moves it to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a meeting with this contact (Ctrl+Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce to someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share an article or event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred me to a job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since {day}. Restore it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger {n:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title or company yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue — going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last talked {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts by name, company, title, notes or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company, title, notes, email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contacts in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brainstorm, target companies, duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More contact tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brainstorm Your Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for &amp;Referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people the selected contact recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target Companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target company list, who works there, who has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and merge contacts entered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected contacts as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash: {contacts}. Select one to restore it; emptying the trash deletes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of your contacts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty. Contacts you delete wait here until you empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches. Try fewer letters, or clear the filters (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add someone, brainstorm your network circle by circle (Ctrl+Shift+B), or import your address book (File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the person who gave you the names first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {what} to the trash — Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {contacts} for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {contacts} for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what} for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the contacts to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {contacts} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce these two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one folder: your contacts, follow-ups, pitches and backups. Copy the folder to move Rapport to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type a day — {example}, {iso}, “tomorrow”, “fri”, “+3” — or press Alt+Down for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a day — try “{example}” or “tomorrow”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too early: {first} or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too late: {last} or earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>{what}: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: year (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>{what}: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysBeforeBox</name>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneBar</name>
    <message>
        <source>Open script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no email address — copy the text instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for people entered twice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} likely duplicates, the surest first. Merging keeps everything from both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found. Same email, same LinkedIn profile and similar names at the same company are checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What would you like to export?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in the trash are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} {noun} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the people you already know. People already in Rapport (same email, same LinkedIn profile, or same name and company) are merged, never doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get a file&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn:&lt;/b&gt; Settings &amp;amp; Privacy → Data privacy → Get a copy of your data → Connections. LinkedIn emails you &lt;i&gt;Connections.csv&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Google Contacts:&lt;/b&gt; Export → Google CSV or vCard.&lt;br&gt;&lt;b&gt;Outlook:&lt;/b&gt; File → Open &amp;amp; Export → Import/Export → Export to a file → Comma Separated Values.&lt;br&gt;&lt;b&gt;Phone, Apple Contacts, Thunderbird:&lt;/b&gt; share or export your contacts as a &lt;i&gt;.vcf&lt;/i&gt; file.&lt;br&gt;&lt;b&gt;Rapport:&lt;/b&gt; File → Export… → JSON (&lt;i&gt;.json&lt;/i&gt;) brings everything back: into an empty data folder it restores it all, into one with data it adds what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections.csv, contacts.csv, contacts.vcf or rapport.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport recognises the format from the content; choose one only if it cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Circle filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one circle only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one stage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation status, quiet contacts, time to reconnect, target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reconnect (due or overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {what} to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all overdue to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeating {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what} to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each from its own due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day it comes back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <source>Snooze ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Nothing to follow up. Rapport adds follow-ups when you log conversations; add your own with “Add follow-up…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected follow-up go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport uses the language you choose the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Rapport starts, it tells you once a day what is due today. While it runs, it tells you about each follow-up as it comes due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Rapport running in the system tray when its window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit it from the tray icon&apos;s menu or with File → Quit (Ctrl+Q).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Rapport when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts in the tray, with the summary of the day; click the icon to open the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens its window, with the summary of the day in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport could not change how it starts at login: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetStarted</name>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the checklist away (Help → Get Started Checklist brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most jobs are found through people. Five steps set up your campaign; each one ticks itself when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a second window on fictional people in a separate folder; your own data is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the checklist into one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Share with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer advice to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something useful for their work — a report, a talk, a meet-up. It goes in your ledger as a give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your experience may save them time. Offer it with no strings attached; tick it in the ledger once you have given it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The 2026 warehouse robotics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A second look at her CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or where and when the event is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it made you think of them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log it on their timeline (as an email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you shared or offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be recorded; see the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsHistory</name>
    <message>
        <source>Weekly goals history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {t} a week · met {m} of {n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked — set a goal in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: on time vs late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}: {a} on time, {b} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p:.0%} on time (solid) · late (pale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing done yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsStrip</name>
    <message>
        <source>This week&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weeks so far, on the Insights page (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your weekly targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly goals set. Choose a few targets — conversations, thank-yous, rehearsals, gives — and watch your streaks grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{goal}: {done} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All met — well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of {n} met so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Weekly goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small, steady habits find jobs. Set a target for each week (Monday to Sunday); Today shows your progress and Insights your streaks. 0 leaves a goal out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{goal}: target a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport also measures one habit without a target: how many follow-ups you complete by the day they are due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started with Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this installation: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Rehearsal chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} runs; target {t:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {t:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words a minute (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your runs will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No rehearsals yet. Press Rehearse (Ctrl+R), say your pitch out loud, and each run shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Play recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected run and its recording (Del; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Best&lt;/b&gt; {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Average&lt;/b&gt; {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Last&lt;/b&gt; {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace&lt;/b&gt; {w:.0f} wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On target&lt;/b&gt; {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔥 {n} in a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your network works for you. Click any number to see the people behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads at target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps on your longest trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opens doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral trail depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong and weak ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People someone recommended you talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you have had a conversation with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events that happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred, at a target company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People referred to you who work at one of your target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your top door-openers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} who referred anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{top} — the top fifth of the {everyone} — gave you &lt;b&gt;{share}&lt;/b&gt; of your {total} referrals. Keep them warm: thank them, tell them how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met through {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads through {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet. End each conversation with “Who else would you recommend I talk to?” and add the names with Ask for Referrals (Ctrl+Shift+R): the people who open doors show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals and leads given by each circle&apos;s members, and your conversations with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations with each circle. Referrals will show here as they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: talked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads through {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put people in circles (former co-workers, neighbours, the gym…) to see which open doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {here} at this stage, {reached} at this stage or beyond. {hint}. Click to list everyone who got this far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached “{s}” or beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each relationship got: solid = at this stage now, pale = moved beyond it. In brackets: of those who reached the stage above, how many got here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts will show here by stage, from prospect to ally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of your longest trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many introductions away from someone you knew your furthest contact is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people {level} introductions away from someone you knew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} along a referral trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people you knew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{starters} started trails that reached {n} new people. Each name leads to the next — follow them up within a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest trail: {chain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone refers you to a person who then refers you on, the trail shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r:,} of {t:,} reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {share} reached — at least one interaction logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you know less well are often the most willing to help. Solid: reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark how well you know each person (close, acquaintance, new) to compare here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of your {t} referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by weak ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak ties gave {link} ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you have been in touch with, now past their keep-in-touch maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you log conversations, the people you are losing touch with show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the {all} people you have been in touch with, {cold} are going cold and {due} are due a reconnect. A short “how are you?” is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due a reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — last in touch {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just went cold — a quick message still saves these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last {n} weeks, this week on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goals set yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>Introduce two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing two people who should know each other is one of the best gifts you can give. Ask each of them first, separately; once both say yes, send the introduction and log it — Rapport notes a give for each and reminds you to check in with both after {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they should meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Both of you are rebuilding warehouse planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Ask the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Ask the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Introduce both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it for both people: a give each, and a check-in with each later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Ask {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Ask {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the two people to introduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Nothing given or asked yet. Introduce them to someone, share an article, offer advice — then note it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the ask anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Introduced her to Joe at Northwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{line}&lt;/b&gt; — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when it is done (delivered, answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkContactsDialog</name>
    <message>
        <source>Who does this pitch suit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people you would give this version of your pitch to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches. Add people on the Contacts page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {n}: type to narrow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who? Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other person of the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember: what they need, names they gave, promises made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly reminder about what I sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a thank-you today, and ask who else they&apos;d recommend you talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you hear nothing, one friendly reminder after a week to ten days is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thank-you, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a friendly reminder, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the introduction on both timelines and a give in both ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check-in with each of them, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next reconnect moves to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport will add: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who it was with: type part of their name and pick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches {text!r} for the introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly reminder to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from LinkedIn, Google, Outlook or vCard files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts as vCard or CSV, or everything as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder where Rapport keeps your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide to Rapport (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of Rapport&apos;s log file, to attach it to a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log  {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last changes on {pages} could not be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport keeps trying while the window is open (the disk may be full, or another program may hold the database). Close anyway and lose them, or keep the window open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the sample data:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a second Rapport window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening sample data from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {o} overdue, {t} due today (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of follow-ups. Quit it from this icon&apos;s menu or with File → Quit; Edit → Preferences → General turns this off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPrepDialog</name>
    <message>
        <source>Meeting prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found out before meeting them: their company&apos;s news, their role, a talk they gave, people you both know…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking good questions is a gift in itself: who, what, why, where, when. Tick them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this pitch in rehearsal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give before you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the prep sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prep sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the meeting (after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of your own questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}, {time}{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {title}{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare: {name}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on your target list ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You also know {names}{more} there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet — this may be your first conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitch written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a 30-second pitch in plain words on the Pitches page (Ctrl+3) and rehearse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · for {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this one: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rehearsed {when} · {n} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rehearsed yet — a few runs make it sound natural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing given yet and no conversation: lead with curiosity, and look for a way to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} has helped you already — find a way to return the favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t given anything yet — look for a way to help before you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have asked more than you gave — find a way to help them this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good footing. Keep giving: an introduction, an article, your experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own question (Delete removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “{word}” question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened — log it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the planned {kind} to now; the thank-you follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is on your timeline already: add what you learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the meeting now — Rapport adds the thank-you follow-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged the {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your thank-you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prep sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{keep}&lt;/b&gt; stays; &lt;b&gt;{other}&lt;/b&gt; moves to the trash once everything is copied over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicting fields: the other&apos;s details fill the gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also kept from {other}: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyUpdateDialog</name>
    <message>
        <source>Monthly update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who thought of something weeks later assume you found a job unless you tell them otherwise. Send a short update every month to everyone you have talked with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the update (greeting “Hi all”) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .eml drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One personalised draft per person, in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your mail program with up to {n} people in BCC; click again for the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet: people appear here once you have talked with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more without an email address: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail ({i} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program answered. Save .eml drafts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the drafts:
{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} drafts in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiPanel</name>
    <message>
        <source>Add to circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 202 555 0143</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary: used first in exports and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as {e164}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Switch between Today, Contacts, Pitches, Calendar and Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who referred them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>Prepare for a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitchHeader</name>
    <message>
        <source>Pitch title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this version is for: a recruiter, a neighbour, an engineer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the pitch may take. The lights scale with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking pace in words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your speaking pace in words a minute: 150 is a relaxed, clear pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rehearsal light turns green and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights {g:g} / {y:g} / {r:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits {a}, {b} +{n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitchListModel</name>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}× rehearsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {e:.0f} s — {o:.0f} s over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {e:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitchesPage</name>
    <message>
        <source>Pitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitch yet. Start typing on the right: your first 30-second pitch is created as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate, delete, link contacts, print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pitch (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the rehearsal timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave rehearsal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · target {t} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed elsewhere — your text is kept; the other version is in Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically as you type; Ctrl+S keeps a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {what} — your text is kept; trying again in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pitch is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch deleted — Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore pitch version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled — not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. This is what the import will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here (merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows that will be added, merged or skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}&lt;br&gt;{format} · {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new · {merged} already here (merged) · {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} possible duplicates (kept apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {n} of {total} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to import in this file: every row has a problem (see Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tell Rapport about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to your profile?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>This is you: it goes on your business card, under your emails and into your monthly update. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friendly head-and-shoulders picture (JPEG or PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a picture Rapport can read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved in one step at the end, so a cancelled import changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves your contacts exactly as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your contacts ({n}) — add anyway if it is someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How natural did it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this run {n} of 5 (key {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for next time (optional): e.g. “slow down at the numbers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this run (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>No referrals yet. After each conversation, ask “Who else would you recommend I talk to?” and add the names with “Ask for referrals…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people this contact recommends, referred by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain started with {root}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred {direct} directly, {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalTableModel</name>
    <message>
        <source>{n:.0f} wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target: ended between the green light and the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended before the green light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated {n} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the recording of this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalView</name>
    <message>
        <source>Green {g} · Yellow {y} · Red {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the green light — slow down or say more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {words} words · {wpm:.0f} words a minute — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped — Space to go again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups yet: Rapport makes one each day you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet. Versions are kept as you write (one per pause of five minutes or more), and Ctrl+S keeps one on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with this version (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring this version removes the &lt;s&gt;struck&lt;/s&gt; words and brings back the &lt;u&gt;underlined&lt;/u&gt; ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>After something happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport does the remembering: each rule adds a follow-up after the event. Choose how long each waits; turn off what you don&apos;t use. Changes move the open follow-ups of that rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to send an update to my network on the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to everyone you have talked with (stage “talked” or beyond).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to wish people a happy birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday wish: days before the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year, for everyone whose birthday you know (More fields, in their details). A wish you have not sent stays a week after the day, then waits for next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to reconnect with people after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default keep-in-touch cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any logged interaction restarts the clock. A person&apos;s own cadence wins, then their circle&apos;s (the shortest, if several), then this default. Reminders are made for people you have talked with or given a cadence; the “maximum” is when the contact turns red (going cold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle cadences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 × ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{circle}: the maximum ({m} days) must be at least the reconnect time ({i} days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused it; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run saved: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Play back the recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample data — nothing here is yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people and follow-ups are made up, to try Rapport out. Your own data is in your other window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan Business Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading and type the details yourself (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text found on the card appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text found on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of phone {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when you met: it is the first thing to mention when you follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did you meet? One line now makes the follow-up easy — or press Save again to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else on the card, or to remember about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new contact, or add to the person it matches (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Type the details from the picture yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} You can still type the details yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was found on this picture. Check that it shows the front of the card, sharp and well lit — or type the details yourself; the picture is kept with the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {n} lines with {engine}. Check each field, then add how you met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {name}, already in your contacts ({reason}); uncheck to save a separate contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the card to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} from their card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptsDialog</name>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new script from the one shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this script (Edit → Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a call or a short note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a merge field such as {first_name} at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this script (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the text Rapport shipped for this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the script anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new message in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a draft your mail program opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit script “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete script “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a contact above to fill in their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value yet for {fields}: fill it in before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own details come from Edit → My Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merge fields (left as written): {bad}. Known fields include {known}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is long; some mail programs cut long links short. Save an .eml draft instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy or Save .eml instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, e.g. “backup” or “Ctrl+Shift”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts are on the Contacts page; the Today page shows what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Possible Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who only share a name with someone were kept apart: decide in Contacts → Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {n} new contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were already in Rapport and were merged ({u} got new details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} look like someone already here (same name) and were kept apart, since a name alone does not make the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What was odd in the file&lt;/b&gt;&lt;br&gt;Each line names its place in the file. Odd values were kept as notes or left out; the people were imported all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What needs a look&lt;/b&gt;&lt;br&gt;Odd values were kept as notes on their person; a skipped row had nobody in it. Importing the file again after fixing it merges, never doubles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync with your server now (File → Sync Now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync contacts and follow-ups with your CardDAV/CalDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — {n} changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the server refused the login — check Preferences → Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed — {n} changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {n} changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet — {n} changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {n} to review in Preferences → Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync with your server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your contacts and follow-ups on your phone and in your calendar: Rapport syncs both ways with a CardDAV/CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Your phone syncs with the same server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command that prints the password, e.g. pass show dav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system keyring, never in Rapport&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the password in: give a command that prints it (Rapport runs it at each sync and stores only the command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one the server has, or type a new name: Rapport creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync on &amp;start, after a change and every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review. When a field was changed here and on the server differently, Rapport keeps yours, adds the server&apos;s to the notes, and lists it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: fill in the server and press Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {field} — kept “{ours}”, the server had “{theirs}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {books} address books, {calendars} calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: fill in the server and the user name (or clear both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: this computer has no system keyring; give a command that prints the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the sync account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing with {url}? Your contacts and follow-ups stay here and on the server; Rapport forgets the account, its password and what it last synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetCompaniesDialog</name>
    <message>
        <source>Target companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies you want to work for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a company to put it on your list. At the end of a coffee, offer to send the list and ask for suggestions — then log it as “Sent something”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target company (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you know there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: sent them the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet. Log a “Sent something” interaction when you send your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody you know works here yet. Ask your contacts who does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My target company list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teleprompter</name>
    <message>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused — Space to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wpm:.0f} wpm   {time}   {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pause · ↑ ↓ pace · ← → jump · Home restart · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Rehearsal lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green — you can finish, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow — wrap up, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red — time&apos;s up, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{t} s (the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green at 2/3 and yellow at 5/6 of the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Type a time — 9, 930, 9:30, 14.30, 2pm — or press Alt+Down for a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time — try 9:30 or 2pm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>No conversations logged yet. After a call, a coffee or an email, press Ctrl+L to log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesPopup</name>
    <message>
        <source>Choose a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingBar</name>
    <message>
        <source>About {e:.0f} s of {t:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {o:.0f} s too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, coffee or email, and get reminded (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Started &amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the five steps that set up your campaign on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contact of the selected follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every overdue follow-up to a later day (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next seven days. Follow-ups appear here when you log a conversation, add a referral or send someone something — try “Log interaction…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations and messages logged since Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups whose day has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups due after today and by Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose the monthly update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you did it, so your timeline and keep-in-touch stay right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged — your timeline is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingMeetings</name>
    <message>
        <source>Meetings coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings planned this week. Log a coffee with a time ahead (Ctrl+L) and prepare for it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know, your questions, your pitch — before you go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <source>goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTab</name>
    <message>
        <source>Who you are, what you do best (one example with a number), what you are looking for — then ask: “Who do you know who…?” Plain words, about 75 for 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {s} s at {wpm} wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {t} s — {o} s over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {t} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateRow</name>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_HandleRow</name>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal, Matrix, Mastodon, GitHub… or type another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WebsiteRow</name>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rapport&apos;s database is damaged and there is no backup to restore:
{path}

{detail}

The file has not been changed. Keep it safe; it may still be recoverable with SQLite tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport&apos;s database is damaged:
{detail}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only:
{path}

The window saves what you type as you type, so it does not open on a folder it cannot write. The data can still be read from the command line (rapport --data-dir FOLDER export, search, agenda, backup -o FILE); make the folder writable to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport cannot use its data folder:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport cannot start: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport is already open with this data folder{who}:
{path}

Switch to that window, or close it before starting Rapport again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport cannot open its database:
{path}

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Move meeting to {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Rapport — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Rapport did not expect. Everything you saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which contact is the same person as {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>Add follow-up: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Prepare for a Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know, your questions and your pitch, before you meet someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduce Two Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce two people who should know each other — a give for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule cadences, your data folder and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call scripts and email templates: preview, copy, open in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft this month&apos;s update to everyone you have talked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
