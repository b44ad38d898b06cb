<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Give: {what}</source>
        <translation>Geben: {what}</translation>
    </message>
    <message>
        <source>Introduce {who}</source>
        <translation>{who} bekannt machen</translation>
    </message>
    <message>
        <source>two contacts</source>
        <translation>zwei Kontakte</translation>
    </message>
    <message>
        <source>Edit research on {name}</source>
        <translation>Recherche zu {name} bearbeiten</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>einen Kontakt</translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation>{what} erfassen</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt hinzufügen</numerusform>
            <numerusform>%Ln Kontakte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {what} to the trash</source>
        <translation>{what} in den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash</source>
        <translation>
            <numerusform>%Ln Kontakt in den Papierkorb verschieben</numerusform>
            <numerusform>%Ln Kontakte in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>{what} wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt wiederherstellen</numerusform>
            <numerusform>%Ln Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {names}</source>
        <translation>{names} zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to {circle}</source>
        <translation>
            <numerusform>%Ln Kontakt zu {circle} hinzufügen</numerusform>
            <numerusform>%Ln Kontakte zu {circle} hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln contact(s) from {circle}</source>
        <translation>
            <numerusform>%Ln Kontakt aus {circle} entfernen</numerusform>
            <numerusform>%Ln Kontakte aus {circle} entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to {stage}</source>
        <translation>
            <numerusform>Phase von %Ln Kontakt auf {stage} setzen</numerusform>
            <numerusform>Phase von %Ln Kontakten auf {stage} setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>{what} bearbeiten</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>Add to the ledger: {what}</source>
        <translation>In die Bilanz eintragen: {what}</translation>
    </message>
    <message>
        <source>Delete from the ledger: {what}</source>
        <translation>Aus der Bilanz löschen: {what}</translation>
    </message>
    <message>
        <source>Mark done: {what}</source>
        <translation>Als erledigt markieren: {what}</translation>
    </message>
    <message>
        <source>Reopen: {what}</source>
        <translation>Wieder öffnen: {what}</translation>
    </message>
    <message>
        <source>Mark {title} {status}</source>
        <translation>{title} als {status} markieren</translation>
    </message>
    <message>
        <source>Add follow-up: {title}</source>
        <translation>Wiedervorlage hinzufügen: {title}</translation>
    </message>
    <message>
        <source>Add {name} to the target list</source>
        <translation>{name} zur Wunschliste hinzufügen</translation>
    </message>
    <message>
        <source>Remove {name} from the target list</source>
        <translation>{name} von der Wunschliste entfernen</translation>
    </message>
    <message>
        <source>In the trash since {day}</source>
        <translation>Im Papierkorb seit {day}</translation>
    </message>
    <message>
        <source>Next follow-up: {day}</source>
        <translation>Nächste Wiedervorlage: {day}</translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation>{company} steht auf Ihrer Wunschliste</translation>
    </message>
    <message>
        <source>Gave {g} · Asked {a} · Received {r}</source>
        <translation>Gegeben {g} · Erbeten {a} · Erhalten {r}</translation>
    </message>
    <message>
        <source>goes by “{nickname}”</source>
        <translation>wird „{nickname}“ genannt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>(turns {age})</source>
        <translation>(wird {age})</translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation>Nächste: {day}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{column} (no room: widen the list)</source>
        <translation>{column} (kein Platz: Liste verbreitern)</translation>
    </message>
    <message>
        <source>Fit Columns to Their Content</source>
        <translation>Spaltenbreite an Inhalt anpassen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>± Give/ask balance</source>
        <translation>± Geben/Bitten-Bilanz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{n}d</source>
        <translation>{n} T.</translation>
    </message>
    <message>
        <source>{n}w</source>
        <translation>{n} Wo.</translation>
    </message>
    <message>
        <source>{n}mo</source>
        <translation>{n} Mon.</translation>
    </message>
    <message>
        <source>{n}y</source>
        <translation>{n} J.</translation>
    </message>
    <message>
        <source>{n}d late</source>
        <translation>{n} T. überfällig</translation>
    </message>
    <message>
        <source>in {n}d</source>
        <translation>in {n} T.</translation>
    </message>
    <message>
        <source>No conversation logged yet.</source>
        <translation>Noch kein Gespräch erfasst.</translation>
    </message>
    <message>
        <source>Last contact {when} ({full}).</source>
        <translation>Letzter Kontakt {when} ({full}).</translation>
    </message>
    <message>
        <source>Not in touch yet: log a first conversation and Rapport will remind you to keep it warm.</source>
        <translation>Noch nicht in Kontakt: Erfassen Sie ein erstes Gespräch, dann erinnert Rapport Sie daran, den Kontakt warm zu halten.</translation>
    </message>
    <message>
        <source>In touch. {spoken} Reconnect by {day}.</source>
        <translation>In Kontakt. {spoken} Melden Sie sich bis {day} wieder.</translation>
    </message>
    <message>
        <source>Time to reconnect. {spoken}</source>
        <translation>Zeit, sich wieder zu melden. {spoken}</translation>
    </message>
    <message>
        <source>Overdue: going cold. {spoken}</source>
        <translation>Überfällig: Der Kontakt kühlt ab. {spoken}</translation>
    </message>
    <message>
        <source>Line {line}: skipped — {reason}</source>
        <translation>Zeile {line}: übersprungen – {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {note}</source>
        <translation>Zeile {line}: {note}</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>das Profil</translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <translation>
            <numerusform>%Ln Kreis</numerusform>
            <numerusform>%Ln Kreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln Firma</numerusform>
            <numerusform>%Ln Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entr(y/ies)</source>
        <translation>
            <numerusform>%Ln Eintrag in der Bilanz</numerusform>
            <numerusform>%Ln Einträge in der Bilanz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pitch(es)</source>
        <translation>
            <numerusform>%Ln Pitch</numerusform>
            <numerusform>%Ln Pitches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pitch revision(s)</source>
        <translation>
            <numerusform>%Ln Pitch-Version</numerusform>
            <numerusform>%Ln Pitch-Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rehearsal(s)</source>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Leitfaden</numerusform>
            <numerusform>%Ln Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln research note(s)</source>
        <translation>
            <numerusform>%Ln Recherchenotiz</numerusform>
            <numerusform>%Ln Recherchenotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card image(s)</source>
        <translation>
            <numerusform>%Ln Visitenkartenbild</numerusform>
            <numerusform>%Ln Visitenkartenbilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln setting(s)</source>
        <translation>
            <numerusform>%Ln Einstellung</numerusform>
            <numerusform>%Ln Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunit(y/ies)</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document version(s)</source>
        <translation>
            <numerusform>%Ln Dokumentversion</numerusform>
            <numerusform>%Ln Dokumentversionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) sent</source>
        <translation>
            <numerusform>%Ln gesendetes Dokument</numerusform>
            <numerusform>%Ln gesendete Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is already here.</source>
        <translation>Nichts Neues: Alles in dieser Datei ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Also restores {what}.</source>
        <translation>Stellt auch {what} wieder her.</translation>
    </message>
    <message>
        <source>Also restored {what}.</source>
        <translation>Auch {what} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Also adds {what}.</source>
        <translation>Fügt auch {what} hinzu.</translation>
    </message>
    <message>
        <source>Also added {what}.</source>
        <translation>Auch {what} hinzugefügt.</translation>
    </message>
    <message>
        <source>Already here: {what}.</source>
        <translation>Schon vorhanden: {what}.</translation>
    </message>
    <message>
        <source>Interview {when}</source>
        <translation>Gespräch {when}</translation>
    </message>
    <message>
        <source>{stage} lane</source>
        <translation>Spalte {stage}</translation>
    </message>
    <message>
        <source>Drag a card here</source>
        <translation>Karte hierher ziehen</translation>
    </message>
    <message>
        <source>Opportunities board</source>
        <translation>Stellenübersicht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>{n} at {stage}</source>
        <translation>{n} in {stage}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln Karte</numerusform>
            <numerusform>%Ln Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Add {role} at {company}</source>
        <translation>{role} bei {company} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {role} at {company}</source>
        <translation>{role} bei {company} bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>In „{stage}“ verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln opportunit(y/ies) to {stage}</source>
        <translation>
            <numerusform>%Ln Stelle in „{stage}“ verschieben</numerusform>
            <numerusform>%Ln Stellen in „{stage}“ verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Vorstellungsgespräch planen</translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation>Vorstellungsgespräch bearbeiten</translation>
    </message>
    <message>
        <source>Delete the interview</source>
        <translation>Vorstellungsgespräch löschen</translation>
    </message>
    <message>
        <source>Change the day of a move</source>
        <translation>Datum einer Verschiebung ändern</translation>
    </message>
    <message>
        <source>Record {what} as sent</source>
        <translation>{what} als gesendet festhalten</translation>
    </message>
    <message>
        <source>Add {file}</source>
        <translation>{file} hinzufügen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>Referred you to {jobs}{more}</source>
        <translation>Hat Sie empfohlen für {jobs}{more}</translation>
    </message>
    <message>
        <source>{roles} on {job}</source>
        <translation>{roles} bei {job}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more opportunit(y/ies)</source>
        <translation>
            <numerusform>… und %Ln weitere Stelle</numerusform>
            <numerusform>… und %Ln weitere Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an opportunity to open it on the Opportunities page</source>
        <translation>Klicken Sie auf eine Stelle, um sie auf der Seite „Stellen“ zu öffnen</translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>The day it happened:</source>
        <translation>Der Tag, an dem es geschah:</translation>
    </message>
    <message>
        <source>Opportunity details</source>
        <translation>Details zur Stelle</translation>
    </message>
    <message>
        <source>Choose an opportunity to see its people, its history and what you sent — or add one (Ctrl+Shift+J).</source>
        <translation>Wählen Sie eine Stelle, um ihre Personen, ihren Verlauf und Ihre gesendeten Unterlagen zu sehen – oder fügen Sie eine hinzu (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>No opportunity chosen</source>
        <translation>Keine Stelle ausgewählt</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Letzte Interaktionen</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen können</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} mit {name}</translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation>Verbindung: {tie}</translation>
    </message>
    <message>
        <source>{company} (on your target list)</source>
        <translation>{company} (auf Ihrer Zielliste)</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Warum vernetzen</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Also there</source>
        <translation>Außerdem dort</translation>
    </message>
    <message>
        <source>You promised</source>
        <translation>Sie haben zugesagt</translation>
    </message>
    <message>
        <source>They helped with</source>
        <translation>Hat Ihnen geholfen bei</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Sie haben gebeten um</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Was Sie wissen</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>last rehearsed {day}</source>
        <translation>zuletzt geübt am {day}</translation>
    </message>
    <message>
        <source>not rehearsed yet</source>
        <translation>noch nicht geübt</translation>
    </message>
    <message>
        <source>Your pitch — {title} ({seconds} s)</source>
        <translation>Ihr Pitch – {title} ({seconds} s)</translation>
    </message>
    <message>
        <source>During the meeting</source>
        <translation>Während des Treffens</translation>
    </message>
    <message>
        <source>Prepared with Rapport on {day}.</source>
        <translation>Vorbereitet mit Rapport am {day}.</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <source>Move to another stage (Ctrl+Shift+Right: the next one)</source>
        <translation>In eine andere Phase verschieben (Ctrl+Shift+Right: in die nächste)</translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation>In eine andere Phase verschieben</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the role, company, people… (Ctrl+E)</source>
        <translation>Rolle, Firma, Personen… bearbeiten (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this opportunity (Delete)</source>
        <translation>Diese Stelle löschen (Delete)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your notes on this opportunity, saved as you type; Tab moves on</source>
        <translation>Ihre Notizen zu dieser Stelle, beim Tippen gespeichert; Tab springt weiter</translation>
    </message>
    <message>
        <source>What you know about the role, the team, the questions to ask…</source>
        <translation>Was Sie über die Rolle und das Team wissen, welche Fragen Sie stellen möchten…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Show in Contacts</source>
        <translation>In Kontakten zeigen</translation>
    </message>
    <message>
        <source>List these people on the Contacts page</source>
        <translation>Diese Personen auf der Seite „Kontakte“ auflisten</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>The interviews for this opportunity; Enter edits the chosen one, Delete removes it</source>
        <translation>Die Vorstellungsgespräche für diese Stelle; Enter bearbeitet das ausgewählte, Delete löscht es</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Add a round of interviews (Ctrl+I)</source>
        <translation>Eine Gesprächsrunde hinzufügen (Ctrl+I)</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Vorbereiten…</translation>
    </message>
    <message>
        <source>The prep sheet for the next interview</source>
        <translation>Der Vorbereitungsbogen für das nächste Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Double-click a move to correct its day</source>
        <translation>Doppelklick auf eine Verschiebung korrigiert ihr Datum</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Gesendete Unterlagen</translation>
    </message>
    <message>
        <source>Double-click to open the file</source>
        <translation>Doppelklick öffnet die Datei</translation>
    </message>
    <message>
        <source>Record sent…</source>
        <translation>Versand festhalten…</translation>
    </message>
    <message>
        <source>Record a résumé or cover letter you sent</source>
        <translation>Einen gesendeten Lebenslauf oder ein Anschreiben festhalten</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Unterlagen…</translation>
    </message>
    <message>
        <source>Your résumés and cover letters, by version</source>
        <translation>Ihre Lebensläufe und Anschreiben, nach Version</translation>
    </message>
    <message>
        <source>Follow-ups coming up</source>
        <translation>Anstehende Wiedervorlagen</translation>
    </message>
    <message>
        <source>{c} is on your target list</source>
        <translation>{c} steht auf Ihrer Wunschliste</translation>
    </message>
    <message>
        <source>{stage} for {days}</source>
        <translation>{stage} ({days})</translation>
    </message>
    <message>
        <source>applied {when}</source>
        <translation>beworben {when}</translation>
    </message>
    <message>
        <source>At {stage} since {day}</source>
        <translation>„{stage}“ seit {day}</translation>
    </message>
    <message>
        <source>Job posting ↗</source>
        <translation>Stellenanzeige ↗</translation>
    </message>
    <message>
        <source>Salary: {notes}</source>
        <translation>Gehalt: {notes}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>Nobody yet. Who referred you, who is hiring, who can tell you about the team? (Edit…)</source>
        <translation>Noch niemand. Wer hat Sie empfohlen, wer stellt ein, wer kann Ihnen etwas über das Team erzählen? (Bearbeiten…)</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Runde {n}</translation>
    </message>
    <message>
        <source>None yet — schedule one when it is set.</source>
        <translation>Noch keins – planen Sie eins, sobald der Termin steht.</translation>
    </message>
    <message>
        <source>The prep sheet for the interview {when}</source>
        <translation>Der Vorbereitungsbogen für das Vorstellungsgespräch {when}</translation>
    </message>
    <message>
        <source>Schedule an interview to prepare for it</source>
        <translation>Planen Sie ein Vorstellungsgespräch, um sich darauf vorzubereiten</translation>
    </message>
    <message>
        <source>{d} so far</source>
        <translation>{d} bisher</translation>
    </message>
    <message>
        <source> to {name}</source>
        <translation> an {name}</translation>
    </message>
    <message>
        <source>{doc} v{n}{to} · {when}</source>
        <translation>{doc} v{n}{to} · {when}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts festgehalten.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>… and {n} more on Today and the Calendar</source>
        <translation>… und {n} weitere unter „Heute“ und im Kalender</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>People on {role} at {company}</source>
        <translation>Personen zu {role} bei {company}</translation>
    </message>
    <message>
        <source>The people who play a part here, with their role; Delete removes one</source>
        <translation>Die beteiligten Personen mit ihrer Rolle; Delete entfernt die ausgewählte</translation>
    </message>
    <message>
        <source>Add a person: type a name</source>
        <translation>Person hinzufügen: Namen eingeben</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>How the person you add is involved, such as referring you or interviewing you</source>
        <translation>Welche Rolle die Person spielt, die Sie hinzufügen – etwa ob sie Sie empfohlen hat oder das Gespräch führt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Adds the person you typed to the list, with the chosen role</source>
        <translation>Fügt die eingegebene Person mit der gewählten Rolle zur Liste hinzu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen person (Delete)</source>
        <translation>Die ausgewählte Person entfernen (Delete)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Stelle bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation>z. B. Leitung Betrieb</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>The company that is hiring: choose one of yours or type a new one</source>
        <translation>Die Firma, die die Stelle anbietet: Wählen Sie eine Ihrer Firmen oder geben Sie eine neue ein</translation>
    </message>
    <message>
        <source>Choose from your companies or type a new one</source>
        <translation>Aus Ihren Firmen wählen oder eine neue eingeben</translation>
    </message>
    <message>
        <source>On my target list</source>
        <translation>Auf meiner Wunschliste</translation>
    </message>
    <message>
        <source>Adds the company to the companies you would love to work for</source>
        <translation>Setzt die Firma auf Ihre Wunschliste – die Firmen, bei denen Sie gern arbeiten würden</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>How you heard of the job: a referral, a recruiter, your own application…</source>
        <translation>Wie Sie von der Stelle erfahren haben: durch eine Empfehlung, einen Personalvermittler, Ihre Initiativbewerbung…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>How far the application has come; the date beside it says since when</source>
        <translation>Wie weit die Bewerbung ist; das Datum daneben sagt, seit wann</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Posting &amp;link:</source>
        <translation>Stellen&amp;anzeige (Link):</translation>
    </message>
    <message>
        <source>Where the job is: a city, or remote</source>
        <translation>Arbeitsort: eine Stadt oder remote</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>The range, what you asked for, the offer…</source>
        <translation>Die Spanne, Ihre Forderung, das Angebot…</translation>
    </message>
    <message>
        <source>Sa&amp;lary notes:</source>
        <translation>&amp;Gehalt (Notizen):</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>P&amp;ersonen:</translation>
    </message>
    <message>
        <source>Anything to remember about this opportunity; Tab moves on</source>
        <translation>Alles, was Sie sich zu dieser Stelle merken möchten; Tab springt weiter</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>An address, or the video link</source>
        <translation>Eine Adresse oder der Videolink</translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Gesprächspartner:</translation>
    </message>
    <message>
        <source>What to prepare, who to ask for at the desk…</source>
        <translation>Was vorzubereiten ist, nach wem Sie am Empfang fragen…</translation>
    </message>
    <message>
        <source>Rapport reminds you to prepare the day before and to thank each interviewer that day.</source>
        <translation>Rapport erinnert Sie am Vortag an die Vorbereitung und am selben Tag daran, jedem Gesprächspartner zu danken.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a version</source>
        <translation>Version hinzufügen</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was ist es?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Résumés and cover letters</source>
        <translation>Lebensläufe und Anschreiben</translation>
    </message>
    <message>
        <source>Keep each version you send. Rapport copies the file into your data folder and remembers which version went to whom.</source>
        <translation>Bewahren Sie jede Version auf, die Sie versenden. Rapport kopiert die Datei in Ihren Datenordner und merkt sich, welche Version an wen ging.</translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation>Dokumente und ihre Versionen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Neues Dokument…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Neue Version…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Version {n} — {file}</source>
        <translation>Version {n} – {file}</translation>
    </message>
    <message>
        <source>Record a document sent</source>
        <translation>Gesendetes Dokument festhalten</translation>
    </message>
    <message>
        <source>Which version</source>
        <translation>Welche Version</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;kument:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Nobody in particular (the application itself)</source>
        <translation>Niemand Bestimmtes (die Bewerbung selbst)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Jemand anderes…</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Log it on their timeline (Rapport reminds you to follow up a week later)</source>
        <translation>Im Verlauf der Person erfassen (Rapport erinnert Sie eine Woche später ans Nachfassen)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (neueste)</translation>
    </message>
    <message>
        <source>{name}, version {n}{latest}</source>
        <translation>{name}, Version {n}{latest}</translation>
    </message>
    <message>
        <source>Add the file you sent first (Add a file…).</source>
        <translation>Fügen Sie zuerst die gesendete Datei hinzu (Datei hinzufügen…).</translation>
    </message>
    <message>
        <source>Who did you send it to? Type a name and pick them.</source>
        <translation>An wen haben Sie es gesendet? Geben Sie einen Namen ein und wählen Sie die Person aus.</translation>
    </message>
    <message>
        <source>Choose who you sent it to.</source>
        <translation>Wählen Sie, an wen Sie es gesendet haben.</translation>
    </message>
    <message>
        <source>Your job search</source>
        <translation>Ihre Jobsuche</translation>
    </message>
    <message>
        <source>From opportunity to offer, by source</source>
        <translation>Von der Stelle bis zum Angebot, nach Quelle</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>Zeit in jeder Phase</translation>
    </message>
    <message>
        <source>How many days an opportunity usually stays at each stage before it moves on</source>
        <translation>Wie viele Tage eine Stelle üblicherweise in jeder Phase bleibt, bevor es weitergeht</translation>
    </message>
    <message>
        <source>Who opened the doors</source>
        <translation>Wer Ihnen Türen geöffnet hat</translation>
    </message>
    <message>
        <source>Their circles</source>
        <translation>Ihre Kreise</translation>
    </message>
    <message>
        <source>{source}: {step}</source>
        <translation>{source}: {step}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Interview rate</source>
        <translation>Gesprächsquote</translation>
    </message>
    <message>
        <source>Through people</source>
        <translation>Über Kontakte</translation>
    </message>
    <message>
        <source>Not through people</source>
        <translation>Nicht über Kontakte</translation>
    </message>
    <message>
        <source>Add the jobs you hear about and apply to on the Opportunities page (Ctrl+6): this shows which ones people brought you, and how far each kind got.</source>
        <translation>Tragen Sie die Stellen, von denen Sie hören und auf die Sie sich bewerben, auf der Seite „Stellen“ ein (Ctrl+6): Hier sehen Sie dann, welche Ihnen Menschen vermittelt haben und wie weit jede Art gekommen ist.</translation>
    </message>
    <message>
        <source>Through people, &lt;b&gt;{p}&lt;/b&gt; of your applications reached an interview ({pn} of {pa}); on your own, &lt;b&gt;{c}&lt;/b&gt; ({cn} of {ca}). {advice}</source>
        <translation>Über Kontakte führten &lt;b&gt;{p}&lt;/b&gt; Ihrer Bewerbungen zu einem Vorstellungsgespräch ({pn} von {pa}); auf eigene Faust &lt;b&gt;{c}&lt;/b&gt; ({cn} von {ca}). {advice}</translation>
    </message>
    <message>
        <source>Keep asking: “Who else would you recommend I talk to?”</source>
        <translation>Fragen Sie weiter: „Mit wem sollte ich Ihrer Meinung nach noch sprechen?“</translation>
    </message>
    <message>
        <source>Ask the people you know who could introduce you at the companies you apply to.</source>
        <translation>Fragen Sie Bekannte, die Sie bei den Firmen, bei denen Sie sich bewerben, vorstellen könnten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunit(y/ies) so far, {p} of them through people.</source>
        <translation>
            <numerusform>Bisher %Ln Stelle, davon {p} über Kontakte.</numerusform>
            <numerusform>Bisher %Ln Stellen, davon {p} über Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} T.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{stage}: half the stays that ended took {d} days or less ({n} ended); {c} there now</source>
        <translation>{stage}: Die Hälfte der beendeten Aufenthalte dauerte {d} Tage oder weniger ({n} beendet); derzeit {c} dort</translation>
    </message>
    <message>
        <source>, for {d} days (median)</source>
        <translation>, {d} Tage lang (Median)</translation>
    </message>
    <message>
        <source>Median days before an opportunity moved on. Point at a bar for the details.</source>
        <translation>Median der Tage, bevor eine Stelle weiterrückte. Zeigen Sie auf einen Balken für Details.</translation>
    </message>
    <message>
        <source>Once opportunities move from stage to stage, how long each stage takes shows here.</source>
        <translation>Sobald Stellen von Phase zu Phase rücken, sehen Sie hier, wie lange jede Phase dauert.</translation>
    </message>
    <message>
        <source>Name who referred you or told you about a job: the people who open doors show here.</source>
        <translation>Nennen Sie, wer Sie empfohlen oder Ihnen von einer Stelle erzählt hat: Hier erscheinen die Menschen, die Ihnen Türen öffnen.</translation>
    </message>
    <message>
        <source>{n} of your {t} interviews came through someone you know.</source>
        <translation>{n} Ihrer {t} Vorstellungsgespräche kamen über jemanden, den Sie kennen.</translation>
    </message>
    <message>
        <source>People who brought you opportunities; interviews will show as they come.</source>
        <translation>Menschen, die Ihnen Stellen vermittelt haben; Vorstellungsgespräche erscheinen, sobald sie anstehen.</translation>
    </message>
    <message>
        <source>Through {n}</source>
        <translation>Über {n}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>{c}: brought you opportunities</source>
        <translation>{c}: hat Ihnen Stellen vermittelt</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Prepare for the interview</source>
        <translation>Auf das Vorstellungsgespräch vorbereiten</translation>
    </message>
    <message>
        <source>The prep sheet is about the people you will meet. Add them first: the interviewers in the interview (double-click it), or the hiring manager or recruiter with Edit…</source>
        <translation>Im Vorbereitungsbogen geht es um die Menschen, die Sie treffen werden. Fügen Sie sie zuerst hinzu: die Gesprächspartner im Vorstellungsgespräch (Doppelklick darauf) oder die einstellende Führungskraft bzw. Recruiter über Bearbeiten…</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} bei {company}</translation>
    </message>
    <message>
        <source>interview {when}</source>
        <translation>Vorstellungsgespräch {when}</translation>
    </message>
    <message>
        <source>{role} — {company}</source>
        <translation>{role} – {company}</translation>
    </message>
    <message>
        <source>Opportunity counts</source>
        <translation>Anzahl Stellen</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Cards by stage: drag one to move it (Alt+B)</source>
        <translation>Karten nach Phase: Ziehen Sie eine, um sie zu verschieben (Alt+B)</translation>
    </message>
    <message>
        <source>Tab&amp;le</source>
        <translation>Tabe&amp;lle</translation>
    </message>
    <message>
        <source>Every opportunity in a table you can sort (Alt+L)</source>
        <translation>Alle Stellen in einer sortierbaren Tabelle (Alt+L)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to (Ctrl+Shift+J)</source>
        <translation>Eine Stelle hinzufügen, die Sie interessiert, auf die Sie sich beworben haben oder für die Sie empfohlen wurden (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation>Stellen filtern</translation>
    </message>
    <message>
        <source>Filter by role, company, place or person</source>
        <translation>Nach Rolle, Firma, Ort oder Person filtern</translation>
    </message>
    <message>
        <source>Show only the opportunities at this stage</source>
        <translation>Nur die Stellen in dieser Phase zeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Show only the opportunities from this source</source>
        <translation>Nur die Stellen aus dieser Quelle zeigen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Target companies only</source>
        <translation>Nur Wunschfirmen</translation>
    </message>
    <message>
        <source>Show only the opportunities at companies on your target list</source>
        <translation>Nur die Stellen bei Firmen auf Ihrer Wunschliste zeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show all opportunities</source>
        <translation>Alle Stellen zeigen</translation>
    </message>
    <message>
        <source>Show every opportunity again</source>
        <translation>Wieder alle Stellen zeigen</translation>
    </message>
    <message>
        <source>Opportunities table</source>
        <translation>Stellentabelle</translation>
    </message>
    <message>
        <source>Your job search shows here, stage by stage: a role someone told you about, an application, a referral. Add the first one with New opportunity (Ctrl+Shift+J) — Rapport then reminds you to check in, to thank each interviewer and to tell the people who referred you how it is going.</source>
        <translation>Hier erscheint Ihre Jobsuche, Phase für Phase: eine Stelle, von der Ihnen jemand erzählt hat, eine Bewerbung, eine Empfehlung. Fügen Sie die erste mit „Neue Stelle“ hinzu (Ctrl+Shift+J) – Rapport erinnert Sie dann daran, nachzufragen, jedem Gesprächspartner zu danken und den Menschen, die Sie empfohlen haben, zu erzählen, wie es läuft.</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Noch keine Stellen</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>In die nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move back a stage</source>
        <translation>Eine Phase zurück</translation>
    </message>
    <message>
        <source>Edit the opportunity</source>
        <translation>Stelle bearbeiten</translation>
    </message>
    <message>
        <source>Schedule an interview…</source>
        <translation>Vorstellungsgespräch planen…</translation>
    </message>
    <message>
        <source>Add a round of interviews</source>
        <translation>Eine Gesprächsrunde hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the opportunity</source>
        <translation>Stelle löschen</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} offen</translation>
    </message>
    <message>
        <source>showing {n}: {label}</source>
        <translation>{n} angezeigt: {label}</translation>
    </message>
    <message>
        <source>showing {n} of {total}</source>
        <translation>{n} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Deleted {what} — Ctrl+Z brings it back</source>
        <translation>{what} gelöscht – Ctrl+Z holt es zurück</translation>
    </message>
    <message>
        <source>Record a document sent…</source>
        <translation>Gesendetes Dokument festhalten…</translation>
    </message>
    <message>
        <source>Interview, round {n}: {when} ({m} min)</source>
        <translation>Vorstellungsgespräch, Runde {n}: {when} ({m} Min.)</translation>
    </message>
    <message>
        <source> — on your target list ★</source>
        <translation> – auf Ihrer Wunschliste ★</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Vorzubereiten</translation>
    </message>
    <message>
        <source>{stage} since {day} · {source}</source>
        <translation>{stage} seit {day} · {source}</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Sie haben gesendet</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>Das Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>The same engine for your applications: each rule adds a follow-up on the Today page.</source>
        <translation>Dieselbe Logik für Ihre Bewerbungen: Jede Regel legt eine Wiedervorlage auf der Seite „Heute“ an.</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}: Tage</translation>
    </message>
    <message>
        <source>Duplicate pitch</source>
        <translation>Pitch duplizieren</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Neuer Pitch</translation>
    </message>
    <message>
        <source>Delete pitch “{title}”</source>
        <translation>Pitch „{title}“ löschen</translation>
    </message>
    <message>
        <source>Edit pitch</source>
        <translation>Pitch bearbeiten</translation>
    </message>
    <message>
        <source>Link contacts to pitch</source>
        <translation>Kontakte mit Pitch verknüpfen</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Übungsdurchlauf löschen</translation>
    </message>
    <message>
        <source>Write a new pitch</source>
        <translation>Einen neuen Pitch schreiben</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy this pitch, e.g. to make a 15 or 60 s version</source>
        <translation>Diesen Pitch kopieren, z. B. für eine 15- oder 60-Sekunden-Fassung</translation>
    </message>
    <message>
        <source>Delete this pitch (undo with Ctrl+Z)</source>
        <translation>Diesen Pitch löschen (rückgängig mit Ctrl+Z)</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer</source>
        <translation>Diesen Pitch mit dem Timer üben</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Teleprompter</translation>
    </message>
    <message>
        <source>Scroll the text full screen at your pace</source>
        <translation>Den Text im Vollbild in Ihrem Tempo durchlaufen lassen</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Keep this text as a version you can go back to</source>
        <translation>Diesen Text als Version aufbewahren, zu der Sie zurückkehren können</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <source>Browse and restore earlier versions</source>
        <translation>Frühere Versionen ansehen und wiederherstellen</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Karte drucken…</translation>
    </message>
    <message>
        <source>Print or save a pocket card of this pitch</source>
        <translation>Eine Taschenkarte dieses Pitches drucken oder speichern</translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation>Kontakte verknüpfen…</translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits</source>
        <translation>Diesen Pitch mit den Menschen verknüpfen, zu denen er passt</translation>
    </message>
    <message>
        <source>Delete the pitch (in the list)</source>
        <translation>Den Pitch löschen (in der Liste)</translation>
    </message>
    <message>
        <source>Recording is not available: the sound module could not be loaded ({error}).</source>
        <translation>Aufnahme nicht verfügbar: Das Audiomodul konnte nicht geladen werden ({error}).</translation>
    </message>
    <message>
        <source>Recording needs a microphone: none was found.</source>
        <translation>Für die Aufnahme wird ein Mikrofon benötigt: Es wurde keins gefunden.</translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation>das Mikrofon konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a whole percentage: write the space and sign as your language does</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln Wiedervorlage fällig</numerusform>
            <numerusform>%Ln Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) for today</source>
        <translation>
            <numerusform>%Ln Wiedervorlage für heute</numerusform>
            <numerusform>%Ln Wiedervorlagen für heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln heute fällig</numerusform>
            <numerusform>%Ln heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-week streak</source>
        <translation>
            <numerusform>%n Woche in Folge</numerusform>
            <numerusform>%n Wochen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week in a row</source>
        <translation>1 Woche in Folge</translation>
    </message>
    <message>
        <source>met last week</source>
        <translation>letzte Woche erreicht</translation>
    </message>
    <message numerus="yes">
        <source>best: %n week(s)</source>
        <translation>
            <numerusform>beste Serie: %n Woche</numerusform>
            <numerusform>beste Serie: %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups done on time this week: {on_time} of {done}</source>
        <translation>Diese Woche pünktlich erledigte Wiedervorlagen: {on_time} von {done}</translation>
    </message>
    <message>
        <source>No follow-ups done yet this week</source>
        <translation>Diese Woche noch keine Wiedervorlagen erledigt</translation>
    </message>
    <message>
        <source> · {share} on time over 12 weeks</source>
        <translation> · {share} pünktlich in 12 Wochen</translation>
    </message>
    <message>
        <source>Then a small favour: “May I send you my list of target companies ({target_companies}) for your suggestions?”</source>
        <translation>Dann eine kleine Bitte: „Darf ich Ihnen meine Liste der Wunschfirmen ({target_companies}) schicken, damit Sie Vorschläge machen können?“</translation>
    </message>
    <message>
        <source>Then a small favour: offer to send your list of target companies — write it first (Contacts → Target Companies).</source>
        <translation>Dann eine kleine Bitte: Bieten Sie an, Ihre Liste der Wunschfirmen zu schicken – legen Sie sie vorher an (Kontakte → Wunschfirmen).</translation>
    </message>
    <message>
        <source>Arrive a few minutes early, and thank them for their time.</source>
        <translation>Seien Sie ein paar Minuten früher da und danken Sie für die Zeit.</translation>
    </message>
    <message>
        <source>Ask about {first_name}&apos;s work and listen; link it to your own experience.</source>
        <translation>Fragen Sie nach der Arbeit von {first_name} und hören Sie zu; verbinden Sie es mit Ihrer eigenen Erfahrung.</translation>
    </message>
    <message>
        <source>Give your pitch when they ask — plain words, about 30 seconds.</source>
        <translation>Bringen Sie Ihren Pitch, wenn danach gefragt wird – in einfachen Worten, etwa 30 Sekunden.</translation>
    </message>
    <message>
        <source>After about 15 minutes, offer to let them go.</source>
        <translation>Bieten Sie nach etwa 15 Minuten an, das Gespräch zu beenden.</translation>
    </message>
    <message>
        <source>Ask: “How can I help you?”</source>
        <translation>Fragen Sie: „Wie kann ich Ihnen helfen?“</translation>
    </message>
    <message>
        <source>Don&apos;t push your résumé — let them ask for it.</source>
        <translation>Drängen Sie Ihren Lebenslauf nicht auf – warten Sie, bis danach gefragt wird.</translation>
    </message>
    <message>
        <source>Before you part: “Who else would you recommend I talk to?”</source>
        <translation>Bevor Sie gehen: „Mit wem sollte ich Ihrer Meinung nach noch sprechen?“</translation>
    </message>
    <message>
        <source>The same day: a short thank-you (and the list, if they said yes).</source>
        <translation>Am selben Tag: ein kurzer Dank (und die Liste, wenn die Antwort Ja war).</translation>
    </message>
    <message>
        <source>Who do you work with most closely at {company}?</source>
        <translation>Mit wem arbeiten Sie bei {company} am engsten zusammen?</translation>
    </message>
    <message>
        <source>Why did you choose {company} — what keeps you there?</source>
        <translation>Warum haben Sie sich für {company} entschieden – was hält Sie dort?</translation>
    </message>
    <message>
        <source>When does {company} usually take on new people?</source>
        <translation>Wann stellt {company} normalerweise neue Leute ein?</translation>
    </message>
    <message>
        <source>Who do you work with most closely where you work?</source>
        <translation>Mit wem arbeiten Sie in Ihrer Firma am engsten zusammen?</translation>
    </message>
    <message>
        <source>Why did you choose this line of work — what keeps you there?</source>
        <translation>Warum haben Sie sich für dieses Berufsfeld entschieden – was hält Sie dort?</translation>
    </message>
    <message>
        <source>When does your company usually take on new people?</source>
        <translation>Wann stellt Ihre Firma normalerweise neue Leute ein?</translation>
    </message>
    <message>
        <source>What does a typical week look like in your role as {title}?</source>
        <translation>Wie sieht eine typische Woche in Ihrer Rolle als {title} aus?</translation>
    </message>
    <message>
        <source>What does a typical week look like in your work?</source>
        <translation>Wie sieht eine typische Woche in Ihrer Arbeit aus?</translation>
    </message>
    <message>
        <source>What is the hardest problem your team is working on right now?</source>
        <translation>Was ist das schwierigste Problem, an dem Ihr Team gerade arbeitet?</translation>
    </message>
    <message>
        <source>Where do you see your field heading in the next few years?</source>
        <translation>Wohin entwickelt sich Ihr Fachgebiet in den nächsten Jahren?</translation>
    </message>
    <message>
        <source>Who else would you recommend I talk to?</source>
        <translation>Mit wem sollte ich Ihrer Meinung nach noch sprechen?</translation>
    </message>
    <message>
        <source>How do you know {referrer}?</source>
        <translation>Woher kennen Sie {referrer}?</translation>
    </message>
    <message>
        <source>Gave {gave} · asked {asked}</source>
        <translation>Gegeben {gave} · erbeten {asked}</translation>
    </message>
    <message>
        <source> · received {n}</source>
        <translation> · erhalten {n}</translation>
    </message>
    <message>
        <source> · last gave today</source>
        <translation> · zuletzt heute gegeben</translation>
    </message>
    <message>
        <source> · last gave yesterday</source>
        <translation> · zuletzt gestern gegeben</translation>
    </message>
    <message numerus="yes">
        <source> · last gave %n day(s) ago</source>
        <translation>
            <numerusform> · zuletzt vor %n Tag gegeben</numerusform>
            <numerusform> · zuletzt vor %n Tagen gegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · last gave %n month(s) ago</source>
        <translation>
            <numerusform> · zuletzt vor %n Monat gegeben</numerusform>
            <numerusform> · zuletzt vor %n Monaten gegeben</numerusform>
        </translation>
    </message>
    <message>
        <source> · never gave yet</source>
        <translation> · noch nie gegeben</translation>
    </message>
    <message>
        <source>weekdays (Monday to Friday)</source>
        <translation>Werktag (Montag bis Freitag)</translation>
    </message>
    <message>
        <source>{days} and {last}</source>
        <translation>{days} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>alle %n Tage</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>alle %n Wochen</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>alle %n Monate</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>alle %n Jahre</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats (custom rule)</source>
        <translation>wiederholt sich (eigene Regel)</translation>
    </message>
    <message>
        <source>every weekday (Monday to Friday)</source>
        <translation>jeden Werktag (Montag bis Freitag)</translation>
    </message>
    <message>
        <source> on {days}</source>
        <translation> am {days}</translation>
    </message>
    <message>
        <source> on the {nth} {weekday}</source>
        <translation> am {nth} {weekday}</translation>
    </message>
    <message>
        <source> on the last day</source>
        <translation> am letzten Tag</translation>
    </message>
    <message>
        <source> on day {n}</source>
        <translation> am {n}. Tag</translation>
    </message>
    <message>
        <source> on {day} {month}</source>
        <translation> am {day}. {month}</translation>
    </message>
    <message>
        <source>, until {day} {year}</source>
        <translation>, bis {day} {year}</translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n Mal</numerusform>
            <numerusform>, %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>, once</source>
        <translation>, einmal</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coffee(s)</source>
        <translation>
            <numerusform>%n Kaffeetreffen</numerusform>
            <numerusform>%n Kaffeetreffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(/es)</source>
        <translation>
            <numerusform>%n Mittagessen</numerusform>
            <numerusform>%n Mittagessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Talked with %n (person/people) ({kinds})</source>
        <translation>
            <numerusform>• Mit %n Person gesprochen ({kinds})</numerusform>
            <numerusform>• Mit %n Personen gesprochen ({kinds})</numerusform>
        </translation>
    </message>
    <message>
        <source>• Learned a lot from people at {companies}</source>
        <translation>• Viel von Menschen bei {companies} gelernt</translation>
    </message>
    <message numerus="yes">
        <source>• Followed up %n introduction(s) — thank you to everyone who suggested a name</source>
        <translation>
            <numerusform>• %n Empfehlung nachverfolgt – danke an alle, die einen Namen genannt haben</numerusform>
            <numerusform>• %n Empfehlungen nachverfolgt – danke an alle, die einen Namen genannt haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Shared my target list and notes with %n (person/people)</source>
        <translation>
            <numerusform>• Meine Liste der Wunschfirmen und Notizen mit %n Person geteilt</numerusform>
            <numerusform>• Meine Liste der Wunschfirmen und Notizen mit %n Personen geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>• Kept researching companies and preparing conversations</source>
        <translation>• Weiter Firmen recherchiert und Gespräche vorbereitet</translation>
    </message>
    <message>
        <source>Drag it to another time or day to move it; double-click to prepare for it.</source>
        <translation>Ziehen Sie es auf eine andere Uhrzeit oder einen anderen Tag, um es zu verschieben; Doppelklick bereitet Sie darauf vor.</translation>
    </message>
    <message>
        <source>{title} (done)</source>
        <translation>{title} (erledigt)</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>{kind} · due {when}</source>
        <translation>{kind} · fällig {when}</translation>
    </message>
    <message>
        <source>Repeats {rule}</source>
        <translation>Wiederholt sich {rule}</translation>
    </message>
    <message>
        <source>A later occurrence: it comes when the one before is done or let go.</source>
        <translation>Ein späterer Termin: Er kommt, wenn der vorherige erledigt oder ruhen gelassen ist.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>vor {n} Min.</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>vor {n} Std.</translation>
    </message>
    <message>
        <source>added {day}</source>
        <translation>hinzugefügt am {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm and close this window</source>
        <translation>Bestätigen und dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Save the changes and close this window</source>
        <translation>Änderungen speichern und dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Close this window without saving the changes</source>
        <translation>Dieses Fenster schließen, ohne die Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Save the changes and keep this window open</source>
        <translation>Änderungen speichern und dieses Fenster offen lassen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code: {reason}</source>
        <translation>Kein QR-Code: {reason}</translation>
    </message>
    <message>
        <source>Your name is empty: fill in My Profile first.</source>
        <translation>Ihr Name fehlt: Füllen Sie zuerst Mein Profil aus.</translation>
    </message>
    <message>
        <source>Looking for {role}</source>
        <translation>Ich suche: {role}</translation>
    </message>
    <message>
        <source>Looking for: {role}</source>
        <translation>Ich suche: {role}</translation>
    </message>
    <message>
        <source>{new} new · {merged} already here (merged) · {skipped} skipped</source>
        <translation>{new} neu · {merged} schon vorhanden (zusammengeführt) · {skipped} übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>{target} s · %Ln word(s) ≈ {spoken} s at {wpm} wpm</source>
        <translation>
            <numerusform>{target} s · %Ln Wort ≈ {spoken} s bei {wpm} W/Min.</numerusform>
            <numerusform>{target} s · %Ln Wörter ≈ {spoken} s bei {wpm} W/Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>for {audience} · {details}</source>
        <translation>für {audience} · {details}</translation>
    </message>
    <message>
        <source>Lights: green {green} s · yellow {yellow} s · red {red} s</source>
        <translation>Ampel: grün {green} s · gelb {yellow} s · rot {red} s</translation>
    </message>
    <message>
        <source>Smile, slow down, end with your ask — then: “How can I help you?”</source>
        <translation>Lächeln, langsam sprechen, mit Ihrer Bitte enden – dann: „Wie kann ich Ihnen helfen?“</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}</source>
        <translation>{path} konnte nicht entfernt werden: {reason}</translation>
    </message>
    <message>
        <source>Could not change {where}</source>
        <translation>{where} konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Save card of {name}</source>
        <translation>Visitenkarte von {name} speichern</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Visitenkarte speichern</translation>
    </message>
    <message>
        <source>the picture could not be decoded ({reason})</source>
        <translation>das Bild konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>der Drucker oder die Datei konnte nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation>Karte wird mit {engine} gelesen…</translation>
    </message>
    <message>
        <source>Text recognition failed unexpectedly ({error}).</source>
        <translation>Die Texterkennung ist unerwartet fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>Moved from {day}</source>
        <translation>Verschoben vom {day}</translation>
    </message>
    <message>
        <source>{what}, overdue, due {day}</source>
        <translation>{what}, überfällig, fällig {day}</translation>
    </message>
    <message>
        <source>{what}, done, due {day}</source>
        <translation>{what}, erledigt, fällig {day}</translation>
    </message>
    <message>
        <source>{what}, due {day}</source>
        <translation>{what}, fällig {day}</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Days at the current stage</source>
        <translation>Tage in der aktuellen Phase</translation>
    </message>
    <message>
        <source>The day you applied</source>
        <translation>Der Tag Ihrer Bewerbung</translation>
    </message>
    <message>
        <source>Who is involved, and how</source>
        <translation>Wer beteiligt ist und wie</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>diesen Kontakt gibt es nicht mehr</translation>
    </message>
    <message>
        <source>an introduction needs two different people</source>
        <translation>eine Vorstellung braucht zwei verschiedene Personen</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Your network, your pitch and your follow-ups, in one place — offline, on this computer.&lt;/p&gt;&lt;p&gt;{copyright}.&lt;br&gt;Free software under the {licence} licence: use, copy, change and share it.&lt;/p&gt;&lt;p&gt;Newer versions: &lt;a href=&quot;{releases}&quot;&gt;{releases_text}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{data}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Log file:&lt;/b&gt;&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Python {py} · Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Ihr Netzwerk, Ihr Pitch und Ihre Wiedervorlagen an einem Ort – offline, auf diesem Computer.&lt;/p&gt;&lt;p&gt;{copyright}.&lt;br&gt;Freie Software unter der {licence}-Lizenz: Sie dürfen sie nutzen, kopieren, verändern und weitergeben.&lt;/p&gt;&lt;p&gt;Neuere Versionen: &lt;a href=&quot;{releases}&quot;&gt;{releases_text}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenordner:&lt;/b&gt;&lt;br&gt;{data}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protokolldatei:&lt;/b&gt;&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Python {py} · Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Show or hide the licence</source>
        <translation>Die Lizenz zeigen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>3-2-1 countdown</source>
        <translation>3-2-1-Countdown</translation>
    </message>
    <message>
        <source>Count down from 3 before the timer starts</source>
        <translation>Von 3 herunterzählen, bevor der Timer startet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation>Den Durchlauf über Ihr Mikrofon aufnehmen, um ihn anzuhören</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Teleprompter</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Karte drucken…</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Zurück zum Schreiben</translation>
    </message>
    <message>
        <source>Leave rehearsal mode (Esc)</source>
        <translation>Übungsmodus verlassen (Esc)</translation>
    </message>
    <message>
        <source>▶  Rehearse</source>
        <translation>▶  Üben</translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer and lights (Ctrl+R)</source>
        <translation>Diesen Pitch mit Timer und Ampel üben (Ctrl+R)</translation>
    </message>
    <message>
        <source>■  Stop  (Space)</source>
        <translation>■  Stopp  (Space)</translation>
    </message>
    <message>
        <source>Stop the timer and rate the run (Space)</source>
        <translation>Timer anhalten und den Durchlauf bewerten (Space)</translation>
    </message>
    <message>
        <source>▶  Start  (Space)</source>
        <translation>▶  Start  (Space)</translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation>Timer starten (Space)</translation>
    </message>
</context>
<context>
    <name>AddFollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Wiedervorlage für {name}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>e.g. Send Ada the list of target companies</source>
        <translation>z. B. Ada die Liste der Wunschfirmen schicken</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>Anyone (leave empty for your whole network)</source>
        <translation>Beliebig (leer lassen für Ihr ganzes Netzwerk)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>W&amp;er</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>At a time of day</source>
        <translation>Zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>Give the follow-up a time; otherwise it is due all day</source>
        <translation>Der Wiedervorlage eine Uhrzeit geben; sonst ist sie den ganzen Tag fällig</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>Wa&amp;nn</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Whether the follow-up comes back, and how often</source>
        <translation>Ob und wie oft die Wiedervorlage wiederkehrt</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Jeden Werktag (Montag bis Freitag)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>Wieder&amp;holung</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation>An diesen Wochentagen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Welcher Tag des Monats</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>How it repeats</source>
        <translation>Wie es sich wiederholt</translation>
    </message>
    <message>
        <source>on day {n}</source>
        <translation>am {n}. Tag</translation>
    </message>
    <message>
        <source>on the {nth} {weekday}</source>
        <translation>am {nth} {weekday}</translation>
    </message>
    <message>
        <source>on the last {weekday}</source>
        <translation>am letzten {weekday}</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat never happens: {why}</source>
        <translation>Diese Wiederholung tritt nie ein: {why}</translation>
    </message>
    <message>
        <source>Repeats {how}. First on {first}</source>
        <translation>Wiederholt sich {how}. Zuerst am {first}</translation>
    </message>
    <message>
        <source>, then {next}</source>
        <translation>, dann {next}</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Geben Sie an, worum es bei der Wiedervorlage geht.</translation>
    </message>
    <message>
        <source>No contact matches {text!r}; pick one from the list or leave it empty.</source>
        <translation>Kein Kontakt passt zu {text!r}; wählen Sie einen aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
</context>
<context>
    <name>AfterMeetingBar</name>
    <message>
        <source>After the meeting:</source>
        <translation>Nach dem Treffen:</translation>
    </message>
    <message>
        <source>What kind of meeting</source>
        <translation>Art des Treffens</translation>
    </message>
    <message>
        <source>How you met, for the entry that Log it adds to the timeline</source>
        <translation>Wie Sie sich getroffen haben – für den Eintrag, den „Erfassen“ im Verlauf anlegt</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Print this prep sheet to take to the meeting</source>
        <translation>Diesen Vorbereitungsbogen drucken, um ihn zum Treffen mitzunehmen</translation>
    </message>
    <message>
        <source>Save this prep sheet as a PDF file</source>
        <translation>Diesen Vorbereitungsbogen als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Close this window; your notes are already saved</source>
        <translation>Dieses Fenster schließen; Ihre Notizen sind bereits gespeichert</translation>
    </message>
    <message>
        <source>It happened — log it now</source>
        <translation>Es hat stattgefunden – jetzt erfassen</translation>
    </message>
    <message>
        <source>Add notes…</source>
        <translation>Notizen hinzufügen…</translation>
    </message>
    <message>
        <source>Move the planned {kind} to now; the thank-you follows</source>
        <translation>Das geplante Treffen ({kind}) auf jetzt verschieben; der Dank folgt</translation>
    </message>
    <message>
        <source>The meeting is on your timeline already: add what you learned</source>
        <translation>Das Treffen steht schon in Ihrem Verlauf: Ergänzen Sie, was Sie erfahren haben</translation>
    </message>
    <message>
        <source>Log the meeting now — Rapport adds the thank-you follow-up (Ctrl+Enter)</source>
        <translation>Das Treffen jetzt erfassen – Rapport legt die Wiedervorlage für den Dank an (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nothing planned. Follow-ups appear when you log conversations, add referrals or send someone something; meetings when you log a call or a coffee at a time still ahead.</source>
        <translation>Nichts geplant. Wiedervorlagen erscheinen, wenn Sie Gespräche erfassen, Empfehlungen hinzufügen oder jemandem etwas schicken; Treffen, wenn Sie einen Anruf oder ein Kaffeetreffen zu einem späteren Zeitpunkt erfassen.</translation>
    </message>
    <message>
        <source>{n} more after {day}: browse them month by month.</source>
        <translation>{n} weitere nach dem {day}: Blättern Sie Monat für Monat.</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message numerus="yes">
        <source>{title}, %Ln item(s)</source>
        <translation>
            <numerusform>{title}, %Ln Eintrag</numerusform>
            <numerusform>{title}, %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Buzzwords</source>
        <translation>Modewörter</translation>
    </message>
    <message>
        <source>Acronyms</source>
        <translation>Abkürzungen</translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation>Lange Sätze</translation>
    </message>
    <message>
        <source>Long words</source>
        <translation>Lange Wörter</translation>
    </message>
    <message>
        <source>Filler words</source>
        <translation>Füllwörter</translation>
    </message>
    <message>
        <source>Would your neighbour understand it?</source>
        <translation>Würde Ihr Nachbar es verstehen?</translation>
    </message>
    <message>
        <source>Flesch reading ease: 0–100, higher is easier. Short words and short sentences raise it.
Aim for {aim} or more: plain English that a listener follows the first time.</source>
        <translation>Lesbarkeit nach Flesch: 0–100, höher ist leichter. Kurze Wörter und kurze Sätze heben den Wert.
Ziel: {aim} oder mehr – einfache Sprache, der man beim ersten Hören folgen kann.</translation>
    </message>
    <message>
        <source>Plain-words issues</source>
        <translation>Hinweise zu einfacher Sprache</translation>
    </message>
    <message>
        <source>Words and sentences a listener may stumble on; Enter selects the place in the text</source>
        <translation>Wörter und Sätze, über die Zuhörer stolpern könnten; Enter markiert die Textstelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;A pitch that works&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Thirty seconds or less: about 75 words.&lt;/li&gt;&lt;li&gt;Who you are and what you do, in words a neighbour uses.&lt;/li&gt;&lt;li&gt;One example with a number: “cut late deliveries by a third”.&lt;/li&gt;&lt;li&gt;What you are looking for next, and where.&lt;/li&gt;&lt;li&gt;End with an ask: “Who do you know who…?”&lt;/li&gt;&lt;li&gt;Upbeat, in your own voice — never bitter about the last job.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Ein Pitch, der wirkt&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Höchstens dreißig Sekunden: etwa 75 Wörter.&lt;/li&gt;&lt;li&gt;Wer Sie sind und was Sie tun, in Worten, die Ihr Nachbar benutzt.&lt;/li&gt;&lt;li&gt;Ein Beispiel mit einer Zahl: „verspätete Lieferungen um ein Drittel reduziert“.&lt;/li&gt;&lt;li&gt;Was Sie als Nächstes suchen, und wo.&lt;/li&gt;&lt;li&gt;Enden Sie mit einer Bitte: „Wen kennen Sie, der…?“&lt;/li&gt;&lt;li&gt;Positiv, in Ihren eigenen Worten – nie verbittert über die letzte Stelle.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Write your pitch to see whether a neighbour would understand it.</source>
        <translation>Schreiben Sie Ihren Pitch, um zu sehen, ob Ihr Nachbar ihn verstehen würde.</translation>
    </message>
    <message>
        <source>Yes — a neighbour would follow this.</source>
        <translation>Ja – Ihr Nachbar könnte folgen.</translation>
    </message>
    <message>
        <source>Almost — one thing to fix.</source>
        <translation>Fast – eine Sache ist noch zu verbessern.</translation>
    </message>
    <message>
        <source>Almost — two things to fix.</source>
        <translation>Fast – zwei Dinge sind noch zu verbessern.</translation>
    </message>
    <message>
        <source>Not yet — a neighbour would get lost.</source>
        <translation>Noch nicht – Ihr Nachbar würde den Faden verlieren.</translation>
    </message>
    <message>
        <source>Reading ease {score} is below {aim}: use shorter words and sentences.</source>
        <translation>Lesbarkeit {score} liegt unter {aim}: Verwenden Sie kürzere Wörter und Sätze.</translation>
    </message>
    <message numerus="yes">
        <source>Swap %n buzzword(s) for everyday words.</source>
        <translation>
            <numerusform>Ersetzen Sie %n Modewort durch ein Alltagswort.</numerusform>
            <numerusform>Ersetzen Sie %n Modewörter durch Alltagswörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spell out %n acronym(s).</source>
        <translation>
            <numerusform>Schreiben Sie %n Abkürzung aus.</numerusform>
            <numerusform>Schreiben Sie %n Abkürzungen aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n long sentence(s).</source>
        <translation>
            <numerusform>Teilen Sie %n langen Satz.</numerusform>
            <numerusform>Teilen Sie %n lange Sätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten some of the %n long word(s).</source>
        <translation>
            <numerusform>Kürzen Sie %n langes Wort.</numerusform>
            <numerusform>Kürzen Sie einige der %n langen Wörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n filler word(s).</source>
        <translation>
            <numerusform>Streichen Sie %n Füllwort.</numerusform>
            <numerusform>Streichen Sie %n Füllwörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>End with a question or an ask, such as “Who do you know at…?”</source>
        <translation>Enden Sie mit einer Frage oder Bitte, etwa „Wen kennen Sie bei…?“</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>recht leicht</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>einfache Sprache</translation>
    </message>
    <message>
        <source>plain language</source>
        <translation>einfache Sprache</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>recht schwer</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>Reading ease &lt;b&gt;{score}&lt;/b&gt; — {band} (aim for {aim}+)</source>
        <translation>Lesbarkeit &lt;b&gt;{score}&lt;/b&gt; – {band} (Ziel: {aim}+)</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>No buzzwords, acronyms, long sentences or fillers.</source>
        <translation>Keine Modewörter, Abkürzungen, langen Sätze oder Füllwörter.</translation>
    </message>
</context>
<context>
    <name>AskReferralsDialog</name>
    <message>
        <source>Referrals from {name}</source>
        <translation>Empfehlungen von {name}</translation>
    </message>
    <message>
        <source>Who else would {name} recommend you talk to?</source>
        <translation>Mit wem sollten Sie laut {name} noch sprechen?</translation>
    </message>
    <message>
        <source>Type each name and press Enter (Tab moves to the next field). Ask whether you may mention {name} when you get in touch — and call each referral within a few days.</source>
        <translation>Geben Sie jeden Namen ein und drücken Sie Enter (Tab springt zum nächsten Feld). Fragen Sie, ob Sie {name} erwähnen dürfen, wenn Sie sich melden – und rufen Sie jede Empfehlung innerhalb weniger Tage an.</translation>
    </message>
    <message>
        <source>Why talk to them?</source>
        <translation>Warum mit ihnen sprechen?</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Empfohlen von {name}</translation>
    </message>
    <message>
        <source>Log that {name} gave me these referrals</source>
        <translation>Erfassen, dass {name} mir diese Empfehlungen gegeben hat</translation>
    </message>
    <message>
        <source>Record in their history that they suggested the people you add here</source>
        <translation>Im Verlauf der Person festhalten, dass sie Ihnen die hier hinzugefügten Personen empfohlen hat</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person hinzufügen</numerusform>
            <numerusform>%Ln Personen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln referral(s) from {name}</source>
        <translation>
            <numerusform>%Ln Empfehlung von {name} hinzufügen</numerusform>
            <numerusform>%Ln Empfehlungen von {name} hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested {names}</source>
        <translation>Hat {names} empfohlen</translation>
    </message>
    <message>
        <source>The referrals could not be saved; see the log file for details.</source>
        <translation>Die Empfehlungen konnten nicht gespeichert werden; Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>AskWarningBanner</name>
    <message>
        <source>Give before you ask</source>
        <translation>Erst geben, dann bitten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give before you ask?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erst geben, dann bitten?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Ask anyway</source>
        <translation>Trotzdem bitten</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Foto: Klicken zum Auswählen oder Entfernen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{path} is not an image Rapport can read.</source>
        <translation>{path} ist kein Bild, das Rapport lesen kann.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>Save a complete copy of your data to a file</source>
        <translation>Eine vollständige Kopie Ihrer Daten in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your data with a backup (the current data is kept too)</source>
        <translation>Ihre Daten durch eine Sicherung ersetzen (die aktuellen Daten bleiben ebenfalls erhalten)</translation>
    </message>
    <message>
        <source>Sho&amp;w Backups</source>
        <translation>Sicherungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Open the folder of the automatic backups in your file manager</source>
        <translation>Den Ordner der automatischen Sicherungen im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>noch keine Sicherung</translation>
    </message>
    <message>
        <source>last backup {time}</source>
        <translation>letzte Sicherung {time}</translation>
    </message>
    <message>
        <source>last backup {day}</source>
        <translation>letzte Sicherung {day}</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>Rapport found damage in its database and there is no backup to restore:
{problem}

Keep working carefully and save a copy with File → Back Up Now; SQLite tools may recover it.</source>
        <translation>Rapport hat einen Schaden in seiner Datenbank gefunden, und es gibt keine Sicherung zum Wiederherstellen:
{problem}

Arbeiten Sie vorsichtig weiter und speichern Sie eine Kopie mit Datei → Jetzt sichern; SQLite-Werkzeuge können sie eventuell retten.</translation>
    </message>
    <message>
        <source>Rapport found damage in its database:
{problem}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation>Rapport hat einen Schaden in seiner Datenbank gefunden:
{problem}

Die neueste intakte Sicherung ({when}) wiederherstellen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Sicherung wiederhergestellt ({when}).</translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation>Ihre Daten sichern</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3)</source>
        <translation>Rapport-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Sicherung gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Replace your current data with this backup (%Ln contact(s))?

Your current data is saved as a backup first, so you can go back.</source>
        <translation>
            <numerusform>Ihre aktuellen Daten durch diese Sicherung ersetzen (%Ln Kontakt)?

Ihre aktuellen Daten werden vorher als Sicherung gespeichert, Sie können also zurück.</numerusform>
            <numerusform>Ihre aktuellen Daten durch diese Sicherung ersetzen (%Ln Kontakte)?

Ihre aktuellen Daten werden vorher als Sicherung gespeichert, Sie können also zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {name}. Your previous data is in {kept}.</source>
        <translation>{name} wiederhergestellt. Ihre vorherigen Daten liegen in {kept}.</translation>
    </message>
</context>
<context>
    <name>BackupProblem</name>
    <message>
        <source>could not write the backup {path}: {reason}</source>
        <translation>die Sicherung {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>too many backups in the same second</source>
        <translation>zu viele Sicherungen in derselben Sekunde</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (not an SQLite file)</source>
        <translation>{path} ist keine Rapport-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Rapport database</source>
        <translation>{path} ist eine SQLite-Datei, aber keine Rapport-Datenbank</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Rapport ({steps})</source>
        <translation>{path} stammt von einer neueren Version von Rapport ({steps})</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Rapport database (no schema version)</source>
        <translation>{path} ist eine SQLite-Datei, aber keine Rapport-Datenbank (keine Schemaversion)</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (its schema skips {steps})</source>
        <translation>{path} ist keine Rapport-Datenbank (ihr Schema überspringt {steps})</translation>
    </message>
    <message>
        <source>{path} is not a complete Rapport database: it lacks {parts}</source>
        <translation>{path} ist keine vollständige Rapport-Datenbank: es fehlt {parts}</translation>
    </message>
    <message>
        <source>{path} is damaged or unreadable ({reason})</source>
        <translation>{path} ist beschädigt oder unlesbar ({reason})</translation>
    </message>
    <message>
        <source>{path} cannot be brought up to this version of Rapport: {reason}</source>
        <translation>{path} kann nicht auf diese Version von Rapport gebracht werden: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>restoring {path} failed: {reason}</source>
        <translation>die Wiederherstellung von {path} ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>BirthdayEditor</name>
    <message>
        <source>Add birthday</source>
        <translation>Geburtstag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the birthday</source>
        <translation>Geburtstag entfernen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
</context>
<context>
    <name>BrainstormWizard</name>
    <message>
        <source>List the people you know</source>
        <translation>Alle auflisten, die Sie kennen</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>The circle of people to think of now; choose one to jump to it</source>
        <translation>Der Kreis, an dessen Menschen Sie gerade denken; wählen Sie einen, um direkt dorthin zu wechseln</translation>
    </message>
    <message>
        <source>Add a circle of your own…</source>
        <translation>Einen eigenen Kreis hinzufügen…</translation>
    </message>
    <message>
        <source>Name a new group of people, such as a club or a choir</source>
        <translation>Eine neue Gruppe von Menschen benennen, etwa einen Verein oder einen Chor</translation>
    </message>
    <message>
        <source>Don&apos;t disqualify anyone: any of them may know of your next job. Name, then Enter — company and a note are optional (Tab).</source>
        <translation>Schließen Sie niemanden aus: Jede und jeder könnte von Ihrer nächsten Stelle wissen. Name, dann Enter – Firma und Notiz sind optional (Tab).</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>Woher Sie sie kennen</translation>
    </message>
    <message>
        <source>Everyone already in this circle; a tick marks the people you added just now</source>
        <translation>Alle, die schon in diesem Kreis sind; ein Häkchen markiert die gerade hinzugefügten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous circle (Alt+Left)</source>
        <translation>Vorheriger Kreis (Alt+Left)</translation>
    </message>
    <message>
        <source>Next circle</source>
        <translation>Nächster Kreis</translation>
    </message>
    <message>
        <source>Next circle (Alt+Right)</source>
        <translation>Nächster Kreis (Alt+Right)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close the list; everyone you added is already saved</source>
        <translation>Die Liste schließen; alle hinzugefügten Personen sind bereits gespeichert</translation>
    </message>
    <message>
        <source>Circle {i} of {n}</source>
        <translation>Kreis {i} von {n}</translation>
    </message>
    <message>
        <source>Who do you know here?</source>
        <translation>Wen kennen Sie hier?</translation>
    </message>
    <message>
        <source>Already in this circle ({n}):</source>
        <translation>Schon in diesem Kreis ({n}):</translation>
    </message>
    <message>
        <source>Nobody here yet — who comes to mind?</source>
        <translation>Noch niemand hier – wer fällt Ihnen ein?</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>{name} could not be saved; see the log file for details.</source>
        <translation>{name} konnte nicht gespeichert werden; Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Neuer Kreis</translation>
    </message>
    <message>
        <source>Name of the circle (e.g. Choir):</source>
        <translation>Name des Kreises (z. B. Chor):</translation>
    </message>
</context>
<context>
    <name>BusinessCards</name>
    <message>
        <source>Print &amp;Business Cards…</source>
        <translation>&amp;Visitenkarten drucken…</translation>
    </message>
    <message>
        <source>Design and print your own business card, or save it as a PDF</source>
        <translation>Ihre eigene Visitenkarte gestalten und drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Scan Business Card…</source>
        <translation>Visitenkarte &amp;scannen…</translation>
    </message>
    <message>
        <source>Turn a photo or scan of a card you received into a contact</source>
        <translation>Aus einem Foto oder Scan einer erhaltenen Karte einen Kontakt machen</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mein &amp;Profil…</translation>
    </message>
    <message>
        <source>Your name and contact details, for your card and your emails</source>
        <translation>Ihr Name und Ihre Kontaktdaten, für Ihre Karte und Ihre E-Mails</translation>
    </message>
    <message>
        <source>Tell Rapport about you…</source>
        <translation>Erzählen Sie Rapport von sich…</translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation>Erzählen Sie Rapport von sich</translation>
    </message>
    <message>
        <source>Your name and contact details go on your business card and emails</source>
        <translation>Ihr Name und Ihre Kontaktdaten erscheinen auf Ihrer Visitenkarte und in Ihren E-Mails</translation>
    </message>
    <message>
        <source>Scan a business card</source>
        <translation>Eine Visitenkarte scannen</translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation>Fotos und Scans ({patterns})</translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation>Dieses Bild kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous month, week or day (Alt+Left)</source>
        <translation>Vorheriger Monat, vorherige Woche oder vorheriger Tag (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next month, week or day (Alt+Right)</source>
        <translation>Nächster Monat, nächste Woche oder nächster Tag (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Zu heute springen (Alt+Home)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Show the {v} view ({k})</source>
        <translation>Ansicht „{v}“ zeigen ({k})</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Neue Wiedervorlage…</translation>
    </message>
    <message>
        <source>Add a follow-up on the selected day, once or repeating (Ctrl+Alt+F)</source>
        <translation>Eine Wiedervorlage am ausgewählten Tag hinzufügen, einmalig oder wiederkehrend (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation>ICS exportieren…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation>Die offenen Wiedervorlagen als Kalenderdatei speichern (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>Agenda · next three months</source>
        <translation>Agenda · nächste drei Monate</translation>
    </message>
    <message>
        <source>Week of {span}</source>
        <translation>Woche {span}</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Treffen verschieben</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Wiedervorlagen exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) and meetings to {path}</source>
        <translation>
            <numerusform>%Ln Wiedervorlage und Treffen nach {path} exportiert</numerusform>
            <numerusform>%Ln Wiedervorlagen und Treffen nach {path} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Choose a day</source>
        <translation>Einen Tag wählen</translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <source>Business card designer</source>
        <translation>Visitenkarten-Designer</translation>
    </message>
    <message>
        <source>Print Business Cards</source>
        <translation>Visitenkarten drucken</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Gestaltung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>The card&apos;s size: the European or the American standard</source>
        <translation>Die Größe der Karte: europäisches oder amerikanisches Standardformat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The typeface of the card&apos;s text</source>
        <translation>Die Schriftart für den Text der Karte</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Mit Serifen</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Accent colour {name}</source>
        <translation>Akzentfarbe {name}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>QR code with my contact details</source>
        <translation>QR-Code mit meinen Kontaktdaten</translation>
    </message>
    <message>
        <source>A phone camera turns it into a new contact (vCard) in one tap.</source>
        <translation>Eine Handykamera macht daraus mit einem Tipp einen neuen Kontakt (vCard).</translation>
    </message>
    <message>
        <source>What I&apos;m looking for</source>
        <translation>Was ich suche</translation>
    </message>
    <message>
        <source>Print the kind of job you want, from your profile, on the card</source>
        <translation>Die gesuchte Stelle aus Ihrem Profil auf die Karte drucken</translation>
    </message>
    <message>
        <source>My photo</source>
        <translation>Mein Foto</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The paper size your printer uses</source>
        <translation>Das Papierformat Ihres Druckers</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Many cards on one sheet to cut yourself, or one card per page for a print shop</source>
        <translation>Viele Karten auf einem Bogen zum Selberschneiden oder eine Karte pro Seite für die Druckerei</translation>
    </message>
    <message>
        <source>A sheet to cut, with cut marks</source>
        <translation>Ein Bogen zum Schneiden, mit Schnittmarken</translation>
    </message>
    <message>
        <source>One card per page (print shop)</source>
        <translation>Eine Karte pro Seite (Druckerei)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Edit My Profile…</source>
        <translation>Mein Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Change the name and details printed on the card</source>
        <translation>Den Namen und die Angaben auf der Karte ändern</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save the cards as a PDF file (Ctrl+S)</source>
        <translation>Die Karten als PDF-Datei speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the cards (Ctrl+P)</source>
        <translation>Die Karten drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Add a photo in My Profile first</source>
        <translation>Fügen Sie zuerst unter „Mein Profil“ ein Foto hinzu</translation>
    </message>
    <message numerus="yes">
        <source>{size} · %Ln card(s) per {paper} sheet, with cut marks</source>
        <translation>
            <numerusform>{size} · %Ln Karte pro {paper}-Bogen, mit Schnittmarken</numerusform>
            <numerusform>{size} · %Ln Karten pro {paper}-Bogen, mit Schnittmarken</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} · one card per page, at its exact size</source>
        <translation>{size} · eine Karte pro Seite, in genauer Größe</translation>
    </message>
    <message>
        <source>Save business cards</source>
        <translation>Visitenkarten speichern</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln business card(s) to {path}</source>
        <translation>
            <numerusform>%Ln Visitenkarte unter {path} gespeichert</numerusform>
            <numerusform>%Ln Visitenkarten unter {path} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Print business cards</source>
        <translation>Visitenkarten drucken</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Name at the top, details at the bottom, QR code in the corner.</source>
        <translation>Name oben, Angaben unten, QR-Code in der Ecke.</translation>
    </message>
    <message>
        <source>Accent band</source>
        <translation>Farbband</translation>
    </message>
    <message>
        <source>A band of colour with your initials and the QR code.</source>
        <translation>Ein farbiges Band mit Ihren Initialen und dem QR-Code.</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <source>Everything centred and calm; the QR code sits on the right.</source>
        <translation>Alles zentriert und ruhig; der QR-Code sitzt rechts.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Ziegelrot</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Pflaume</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Graphit</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Pitch card</source>
        <translation>Pitch-Karte</translation>
    </message>
    <message>
        <source>Pocket card (5 × 3 in)</source>
        <translation>Taschenkarte (5 × 3 Zoll)</translation>
    </message>
    <message>
        <source>A small index card to keep in a pocket and glance at</source>
        <translation>Eine kleine Karteikarte für die Tasche, für einen schnellen Blick zwischendurch</translation>
    </message>
    <message>
        <source>Full page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>The pitch in large print on a whole sheet of paper</source>
        <translation>Der Pitch in großer Schrift auf einem ganzen Blatt</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print this pitch card</source>
        <translation>Diese Pitch-Karte drucken</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save this pitch card as a PDF file</source>
        <translation>Diese Pitch-Karte als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Save pitch card</source>
        <translation>Pitch-Karte speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
</context>
<context>
    <name>CardPictureView</name>
    <message>
        <source>Card picture</source>
        <translation>Bild der Karte</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Business card preview</source>
        <translation>Vorschau der Visitenkarte</translation>
    </message>
</context>
<context>
    <name>CardReviewForm</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Firma oder Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Weitere E-Mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Kind of phone {n}</source>
        <translation>Art des Telefons {n}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>www.company.com</source>
        <translation>www.firma.de</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>linkedin.com/in/…</source>
        <translation>linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. Logistics meetup at the Chamber of Commerce, 12 March</source>
        <translation>z. B. Logistik-Treffen bei der IHK, 12. März</translation>
    </message>
    <message>
        <source>Where and when you met: it is the first thing to mention when you follow up</source>
        <translation>Wo und wann Sie sich getroffen haben: Das erwähnen Sie als Erstes, wenn Sie nachfassen</translation>
    </message>
    <message>
        <source>Where did you meet? One line now makes the follow-up easy — or press Save again to skip.</source>
        <translation>Wo haben Sie sich getroffen? Eine Zeile jetzt macht das Nachfassen leicht – oder drücken Sie erneut „Speichern“, um es zu überspringen.</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else on the card, or to remember about them</source>
        <translation>Alles andere auf der Karte oder was Sie sich über die Person merken möchten</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove from {circle}</source>
        <translation>Aus {circle} entfernen</translation>
    </message>
</context>
<context>
    <name>CircleChips</name>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Add to a circle</source>
        <translation>Zu einem Kreis hinzufügen</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>Neuer Kreis…</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Neuer Kreis</translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation>Name des Kreises:</translation>
    </message>
</context>
<context>
    <name>CirclesPanel</name>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Put people in circles (former co-workers, neighbours, the gym…) to see which open doors.</source>
        <translation>Ordnen Sie Personen Kreisen zu (ehemalige Kollegen, Nachbarn, das Fitnessstudio…), um zu sehen, welche Türen öffnen.</translation>
    </message>
    <message>
        <source>Referrals and leads given by each circle&apos;s members, and your conversations with them.</source>
        <translation>Empfehlungen und Hinweise von den Mitgliedern jedes Kreises und Ihre Gespräche mit ihnen.</translation>
    </message>
    <message>
        <source>Your conversations with each circle. Referrals will show here as they come.</source>
        <translation>Ihre Gespräche mit jedem Kreis. Empfehlungen erscheinen hier, sobald es welche gibt.</translation>
    </message>
    <message>
        <source>{c}: talked with</source>
        <translation>{c}: gesprochen mit</translation>
    </message>
    <message>
        <source>Referred by {c}</source>
        <translation>Empfohlen von {c}</translation>
    </message>
    <message>
        <source>Leads through {c}</source>
        <translation>Hinweise über {c}</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>ColdPanel</name>
    <message>
        <source>Going cold</source>
        <translation>Kühlen ab</translation>
    </message>
    <message>
        <source>Once you log conversations, the people you are losing touch with show here.</source>
        <translation>Sobald Sie Gespräche erfassen, erscheinen hier die Menschen, mit denen Sie den Kontakt verlieren.</translation>
    </message>
    <message>
        <source>Of the {all} people you have been in touch with, {cold} are going cold and {due} are due a reconnect. A short “how are you?” is enough.</source>
        <translation>Von den {all} Personen, mit denen Sie in Kontakt waren, kühlen {cold} ab, und bei {due} ist es Zeit, sich wieder zu melden. Ein kurzes „Wie geht’s?“ genügt.</translation>
    </message>
    <message>
        <source>In touch with</source>
        <translation>In Kontakt mit</translation>
    </message>
    <message>
        <source>Due a reconnect</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message>
        <source>{name} — last in touch {when}</source>
        <translation>{name} – zuletzt in Kontakt {when}</translation>
    </message>
    <message>
        <source>Just went cold — a quick message still saves these</source>
        <translation>Gerade abgekühlt – eine kurze Nachricht rettet diese noch</translation>
    </message>
</context>
<context>
    <name>ContactBulkMenus</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Auf ein Treffen vorbereiten…</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Um Empfehlungen bitten…</translation>
    </message>
    <message>
        <source>Add to circle</source>
        <translation>Zu Kreis hinzufügen</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Phase setzen</translation>
    </message>
    <message>
        <source>Introduce these two…</source>
        <translation>Diese beiden bekannt machen…</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Diese beiden zusammenführen…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>Neuer Kreis…</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Neuer Kreis</translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation>Name des Kreises:</translation>
    </message>
    <message>
        <source>Export selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <source>Select the contacts to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Kontakte aus.</translation>
    </message>
    <message>
        <source>Export selected contacts</source>
        <translation>Ausgewählte Kontakte exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to {path}</source>
        <translation>
            <numerusform>%Ln Kontakt nach {path} exportiert</numerusform>
            <numerusform>%Ln Kontakte nach {path} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message numerus="yes">
        <source>Circle default (%n day(s))</source>
        <translation>
            <numerusform>Standard des Kreises (%n Tag)</numerusform>
            <numerusform>Standard des Kreises (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>Imported ({source})</source>
        <translation>Importiert ({source})</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> am {day}</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Your contacts. Enter opens the selected one, Delete moves it to the trash.</source>
        <translation>Ihre Kontakte. Enter öffnet den ausgewählten, Delete verschiebt ihn in den Papierkorb.</translation>
    </message>
</context>
<context>
    <name>ContactPageActions</name>
    <message>
        <source>Ask for referrals</source>
        <translation>Um Empfehlungen bitten</translation>
    </message>
    <message>
        <source>Select the person who gave you the names first.</source>
        <translation>Wählen Sie zuerst die Person aus, die Ihnen die Namen genannt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation>Einen Anruf, ein Kaffeetreffen, eine E-Mail… mit diesem Kontakt erfassen (Ctrl+L)</translation>
    </message>
    <message>
        <source>More actions for this contact</source>
        <translation>Weitere Aktionen für diesen Kontakt</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Prepare for a meeting with this contact (Ctrl+Alt+P)</source>
        <translation>Ein Treffen mit diesem Kontakt vorbereiten (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Auf ein Treffen vorbereiten…</translation>
    </message>
    <message>
        <source>Introduce to someone…</source>
        <translation>Mit jemandem bekannt machen…</translation>
    </message>
    <message>
        <source>Share an article or event…</source>
        <translation>Einen Artikel oder eine Veranstaltung teilen…</translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation>Rat anbieten…</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Um Empfehlungen bitten…</translation>
    </message>
    <message>
        <source>Referred me to a job…</source>
        <translation>Hat mich für eine Stelle empfohlen…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Find duplicates of this contact</source>
        <translation>Dubletten dieses Kontakts finden</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>In the trash since {day}. Restore it to edit.</source>
        <translation>Im Papierkorb seit {day}. Stellen Sie ihn wieder her, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation>Verlauf {n}</translation>
    </message>
    <message>
        <source>Follow-ups {n}</source>
        <translation>Wiedervorlagen {n}</translation>
    </message>
    <message>
        <source>Ledger {n:+d}</source>
        <translation>Bilanz {n:+d}</translation>
    </message>
    <message>
        <source>Referrals {n}</source>
        <translation>Empfehlungen {n}</translation>
    </message>
    <message>
        <source>No title or company yet</source>
        <translation>Noch keine Position oder Firma</translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation>{company} steht auf Ihrer Wunschliste</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Time to reconnect</source>
        <translation>Zeit, sich wieder zu melden</translation>
    </message>
    <message>
        <source>Overdue — going cold</source>
        <translation>Überfällig – kühlt ab</translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation>Noch nicht in Kontakt</translation>
    </message>
    <message>
        <source>last talked {when}</source>
        <translation>zuletzt gesprochen {when}</translation>
    </message>
    <message>
        <source>no conversation logged yet</source>
        <translation>noch kein Gespräch erfasst</translation>
    </message>
    <message>
        <source>Referred by &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Empfohlen von &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
</context>
<context>
    <name>ContactProblem</name>
    <message>
        <source>must be a web address starting with https://</source>
        <translation>muss eine Webadresse sein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>muss eines davon sein: {choices}</translation>
    </message>
    <message>
        <source>not a day between {first} and {last}</source>
        <translation>kein Tag zwischen {first} und {last}</translation>
    </message>
    <message>
        <source>must be a number of days between 1 and {most}</source>
        <translation>muss eine Anzahl Tage zwischen 1 und {most} sein</translation>
    </message>
    <message>
        <source>must not be shorter than the ideal cadence</source>
        <translation>darf nicht kürzer als der ideale Abstand sein</translation>
    </message>
    <message>
        <source>a contact cannot refer themselves</source>
        <translation>ein Kontakt kann sich nicht selbst empfehlen</translation>
    </message>
    <message>
        <source>the referring contact does not exist</source>
        <translation>der empfehlende Kontakt existiert nicht</translation>
    </message>
    <message>
        <source>this would make a referral loop</source>
        <translation>das ergäbe einen Empfehlungskreis</translation>
    </message>
    <message>
        <source>{value!r} is not a valid email address ({reason})</source>
        <translation>{value!r} ist keine gültige E-Mail-Adresse ({reason})</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>{value!r} has no digits</source>
        <translation>{value!r} enthält keine Ziffern</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>one person holds at most {most} {what}</source>
        <translation>eine Person hat höchstens {most} {what}</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>the vCard property {name} is larger than 1 MB</source>
        <translation>die vCard-Eigenschaft {name} ist größer als 1 MB</translation>
    </message>
    <message>
        <source>give at least a name, a company or an email address</source>
        <translation>geben Sie mindestens einen Namen, eine Firma oder eine E-Mail-Adresse an</translation>
    </message>
</context>
<context>
    <name>ContactTrash</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Leave trash</source>
        <translation>Papierkorb verlassen</translation>
    </message>
    <message>
        <source>Moved {what} to the trash — Ctrl+Z brings it back</source>
        <translation>{what} in den Papierkorb verschoben – Ctrl+Z holt es zurück</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Kontakt endgültig löschen, mit Interaktionen, Bilanz und Wiedervorlagen?

Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Kontakte endgültig löschen, mit ihren Interaktionen, ihrer Bilanz und ihren Wiedervorlagen?

Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) for good</source>
        <translation>
            <numerusform>%Ln Kontakt endgültig gelöscht</numerusform>
            <numerusform>%Ln Kontakte endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete {what} for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation>{what} endgültig löschen, mit Interaktionen, Bilanz und Wiedervorlagen?

Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts by name, company, title, notes or email</source>
        <translation>Kontakte nach Name, Firma, Position, Notizen oder E-Mail durchsuchen</translation>
    </message>
    <message>
        <source>Search name, company, title, notes, email (Ctrl+F)</source>
        <translation>Name, Firma, Position, Notizen, E-Mail suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show the contacts in the trash</source>
        <translation>Die Kontakte im Papierkorb zeigen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Papierkorb zeigen</translation>
    </message>
    <message>
        <source>Brainstorm, target companies, duplicates</source>
        <translation>Brainstorming, Wunschfirmen, Dubletten</translation>
    </message>
    <message>
        <source>More contact tools</source>
        <translation>Weitere Kontaktwerkzeuge</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Einen Kontakt hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %Ln contact(s). Select one to restore it; emptying the trash deletes them for good.</source>
        <translation>
            <numerusform>Papierkorb: %Ln Kontakt. Wählen Sie ihn aus, um ihn wiederherzustellen; Leeren löscht ihn endgültig.</numerusform>
            <numerusform>Papierkorb: %Ln Kontakte. Wählen Sie einen aus, um ihn wiederherzustellen; Leeren löscht sie endgültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your contacts match</source>
        <translation>
            <numerusform>%Ln Ihrer Kontakte passt</numerusform>
            <numerusform>%Ln Ihrer Kontakte passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Brainstorm Your Network…</source>
        <translation>Netzwerk-&amp;Brainstorming…</translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation>Alle auflisten, die Sie kennen, Kreis für Kreis</translation>
    </message>
    <message>
        <source>Ask for &amp;Referrals…</source>
        <translation>Um &amp;Empfehlungen bitten…</translation>
    </message>
    <message>
        <source>Add people the selected contact recommends</source>
        <translation>Personen hinzufügen, die der ausgewählte Kontakt empfiehlt</translation>
    </message>
    <message>
        <source>&amp;Target Companies…</source>
        <translation>&amp;Wunschfirmen…</translation>
    </message>
    <message>
        <source>Your target company list, who works there, who has it</source>
        <translation>Ihre Liste der Wunschfirmen: wer dort arbeitet, wer Kontakte dorthin hat</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Dubletten finden…</translation>
    </message>
    <message>
        <source>Find and merge contacts entered twice</source>
        <translation>Doppelt erfasste Kontakte finden und zusammenführen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (undo with Ctrl+Z)</source>
        <translation>Die ausgewählten Kontakte in den Papierkorb verschieben (rückgängig mit Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>Papierkorb &amp;zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected contacts as a JSON file</source>
        <translation>Die ausgewählten Kontakte als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>, best match first</source>
        <translation>, beste Treffer zuerst</translation>
    </message>
    <message>
        <source>The trash is empty. Contacts you delete wait here until you empty it.</source>
        <translation>Der Papierkorb ist leer. Kontakte, die Sie löschen, warten hier, bis Sie ihn leeren.</translation>
    </message>
    <message>
        <source>No contact matches. Try fewer letters, or clear the filters (Esc).</source>
        <translation>Kein Kontakt passt. Versuchen Sie es mit weniger Buchstaben oder setzen Sie die Filter zurück (Esc).</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add someone, brainstorm your network circle by circle (Ctrl+Shift+B), or import your address book (File → Import).</source>
        <translation>Noch keine Kontakte. Drücken Sie Ctrl+N, um jemanden hinzuzufügen, sammeln Sie Ihr Netzwerk Kreis für Kreis (Ctrl+Shift+B) oder importieren Sie Ihr Adressbuch (Datei → Importieren).</translation>
    </message>
    <message>
        <source>Nothing to show here.</source>
        <translation>Hier gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation>Wählen Sie einen Kontakt, um seine Details zu sehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one folder: your contacts, follow-ups, pitches and backups. Copy the folder to move Rapport to another computer.</source>
        <translation>Alles bleibt auf diesem Computer, in einem Ordner: Ihre Kontakte, Wiedervorlagen, Pitches und Sicherungen. Kopieren Sie den Ordner, um Rapport auf einen anderen Computer mitzunehmen.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Den Ordner im Dateimanager zeigen</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a day — {example}, {iso}, “tomorrow”, “fri”, “+3” — or press Alt+Down for a calendar</source>
        <translation>Geben Sie einen Tag ein – {example}, {iso}, „morgen“, „Fr“, „+3“ – oder drücken Sie Alt+Down für einen Kalender</translation>
    </message>
    <message>
        <source>not a day — try “{example}” or “tomorrow”</source>
        <translation>kein Tag – versuchen Sie „{example}“ oder „morgen“</translation>
    </message>
    <message>
        <source>{day} is too early: {first} or later</source>
        <translation>{day} ist zu früh: {first} oder später</translation>
    </message>
    <message>
        <source>{day} is too late: {last} or earlier</source>
        <translation>{day} ist zu spät: {last} oder früher</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>{what}: day</source>
        <translation>{what}: Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>{what}: month</source>
        <translation>{what}: Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>The year, if you know it</source>
        <translation>Das Jahr, falls Sie es wissen</translation>
    </message>
    <message>
        <source>{what}: year (optional)</source>
        <translation>{what}: Jahr (optional)</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>{what}: day</source>
        <translation>{what}: Tag</translation>
    </message>
    <message>
        <source>{what}: time</source>
        <translation>{what}: Uhrzeit</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>today, now</source>
        <translation>heute, jetzt</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>the day after tomorrow, day after tomorrow</source>
        <translation>übermorgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>the day before yesterday, day before yesterday</source>
        <translation>vorgestern</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <source>Add a date</source>
        <translation>Datum hinzufügen</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message numerus="yes">
        <source>{day}: %Ln follow-up(s)</source>
        <translation>
            <numerusform>{day}: %Ln Wiedervorlage</numerusform>
            <numerusform>{day}: %Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}
%Ln follow-up(s)</source>
        <translation>
            <numerusform>{day}
%Ln Wiedervorlage</numerusform>
            <numerusform>{day}
%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation>Wiedervorlagen des ausgewählten Tages</translation>
    </message>
    <message>
        <source>What is planned on the day chosen in the calendar; Ctrl+D marks the selected ones done</source>
        <translation>Was am im Kalender gewählten Tag ansteht; Ctrl+D markiert die ausgewählten Wiedervorlagen als erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>Die ausgewählten Wiedervorlagen als erledigt markieren (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation>Die ausgewählten Wiedervorlagen zurückstellen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Show the contact of the selected item</source>
        <translation>Den Kontakt des ausgewählten Eintrags zeigen</translation>
    </message>
    <message>
        <source>Nothing on {day}. Drag a follow-up or a meeting here to move it.</source>
        <translation>Nichts am {day}. Ziehen Sie eine Wiedervorlage oder ein Treffen hierher, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>DaysBeforeBox</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>DefaultCircle</name>
    <message>
        <source>Former co-workers</source>
        <translation>Ehemalige Kollegen</translation>
    </message>
    <message>
        <source>Colleagues and managers from every job, people at clients and suppliers, interns you mentored.</source>
        <translation>Kolleginnen, Kollegen und Vorgesetzte aus jeder Stelle, Leute bei Kunden und Lieferanten, Praktikanten, die Sie betreut haben.</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Close friends and old friends you have lost touch with.</source>
        <translation>Enge Freunde und alte Freunde, zu denen der Kontakt abgerissen ist.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Parents, siblings, in-laws, cousins — distant cousins too.</source>
        <translation>Eltern, Geschwister, Schwiegerfamilie, Cousins und Cousinen – auch entfernte.</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <source>Next door, across the street, the old neighbourhood.</source>
        <translation>Nebenan, gegenüber, die alte Nachbarschaft.</translation>
    </message>
    <message>
        <source>Church &amp; faith community</source>
        <translation>Kirche &amp; Glaubensgemeinschaft</translation>
    </message>
    <message>
        <source>People you see at services, volunteering or study groups.</source>
        <translation>Menschen, die Sie im Gottesdienst, im Ehrenamt oder in Gesprächskreisen sehen.</translation>
    </message>
    <message>
        <source>Clubs &amp; sports</source>
        <translation>Vereine &amp; Sport</translation>
    </message>
    <message>
        <source>The gym, a bowling league, a running club, the choir, a book club.</source>
        <translation>Das Fitnessstudio, der Kegelverein, die Laufgruppe, der Chor, ein Lesekreis.</translation>
    </message>
    <message>
        <source>School &amp; alumni</source>
        <translation>Schule &amp; Ehemalige</translation>
    </message>
    <message>
        <source>Classmates, teachers, alumni of your school or university.</source>
        <translation>Mitschüler, Lehrkräfte, Ehemalige Ihrer Schule oder Hochschule.</translation>
    </message>
    <message>
        <source>Professional groups &amp; events</source>
        <translation>Berufsverbände &amp; Veranstaltungen</translation>
    </message>
    <message>
        <source>Associations, meet-ups, conferences, people you met at a talk.</source>
        <translation>Verbände, Meetups, Konferenzen, Menschen, die Sie bei einem Vortrag getroffen haben.</translation>
    </message>
    <message>
        <source>People who serve me</source>
        <translation>Dienstleister, die ich kenne</translation>
    </message>
    <message>
        <source>Dry cleaner, accountant, lawyer, hairdresser, doctor, dentist, mechanic, real-estate agent.</source>
        <translation>Reinigung, Steuerberater, Anwältin, Friseur, Ärztin, Zahnarzt, Werkstatt, Makler.</translation>
    </message>
    <message>
        <source>Kids&apos; school &amp; activities</source>
        <translation>Schule &amp; Aktivitäten der Kinder</translation>
    </message>
    <message>
        <source>Other parents, coaches, teachers.</source>
        <translation>Andere Eltern, Trainer, Lehrkräfte.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>People you know mostly through LinkedIn or online communities.</source>
        <translation>Menschen, die Sie vor allem über LinkedIn oder Online-Communities kennen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation>Wählen Sie einen Kontakt, um seine Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DoneBar</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>DoorOpenersPanel</name>
    <message>
        <source>Who opens doors</source>
        <translation>Wer Türen öffnet</translation>
    </message>
    <message>
        <source>No referrals yet. End each conversation with “Who else would you recommend I talk to?” and add the names with Ask for Referrals (Ctrl+Shift+R): the people who open doors show up here.</source>
        <translation>Noch keine Empfehlungen. Beenden Sie jedes Gespräch mit „Mit wem sollte ich Ihrer Meinung nach noch sprechen?“ und tragen Sie die Namen mit „Um Empfehlungen bitten“ ein (Ctrl+Shift+R): Hier erscheinen dann die Menschen, die Ihnen Türen öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your top door-openers</source>
        <translation>Ihre wichtigsten Türöffner</translation>
    </message>
    <message>
        <source>{n} who referred anyone</source>
        <translation>{n}, die jemanden empfohlen haben</translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation>Personen, die Ihnen jemanden empfohlen haben</translation>
    </message>
    <message>
        <source>{top} — the top fifth of the {everyone} — gave you &lt;b&gt;{share}&lt;/b&gt; of your {total} referrals. Keep them warm: thank them, tell them how it went.</source>
        <translation>{top} – das oberste Fünftel der {everyone} – gaben Ihnen &lt;b&gt;{share}&lt;/b&gt; Ihrer {total} Empfehlungen. Halten Sie diese Kontakte warm: Danken Sie ihnen und erzählen Sie, wie es gelaufen ist.</translation>
    </message>
    <message>
        <source>Referred by {n}</source>
        <translation>Empfohlen von {n}</translation>
    </message>
    <message>
        <source>Met through {n}</source>
        <translation>Kennengelernt über {n}</translation>
    </message>
    <message>
        <source>Leads through {n}</source>
        <translation>Hinweise über {n}</translation>
    </message>
    <message>
        <source>and {n} more…</source>
        <translation>und {n} weitere…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>The subject of the email to {to}</source>
        <translation>Der Betreff der E-Mail an {to}</translation>
    </message>
    <message>
        <source>The email to {to}; change it as you like before sending</source>
        <translation>Die E-Mail an {to}; ändern Sie sie vor dem Senden nach Belieben</translation>
    </message>
    <message>
        <source>Copy the email to {to}, to paste it into another program</source>
        <translation>Die E-Mail an {to} kopieren, um sie in ein anderes Programm einzufügen</translation>
    </message>
    <message>
        <source>Open the email to {to} in your mail program, ready to send</source>
        <translation>Die E-Mail an {to} versandbereit in Ihrem Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>(no email address — copy the text instead)</source>
        <translation>(keine E-Mail-Adresse – kopieren Sie stattdessen den Text)</translation>
    </message>
    <message>
        <source>Fill in before sending: {fields}</source>
        <translation>Vor dem Senden ausfüllen: {fields}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy instead.</source>
        <translation>Kein Mailprogramm hat geantwortet. Verwenden Sie stattdessen „Kopieren“.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Doppelte Kontakte</translation>
    </message>
    <message>
        <source>Looking for people entered twice…</source>
        <translation>Suche nach doppelt erfassten Personen…</translation>
    </message>
    <message>
        <source>Duplicate pairs</source>
        <translation>Dubletten-Paare</translation>
    </message>
    <message>
        <source>Pairs of contacts that may be the same person: the one to keep, the one to merge into it, and why</source>
        <translation>Kontaktpaare, hinter denen dieselbe Person stecken könnte: welcher Kontakt bleibt, welcher in ihm aufgeht und warum</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Darin zusammenführen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected pair into one contact</source>
        <translation>Das ausgewählte Paar zu einem Kontakt zusammenführen</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Stop listing the selected pair as duplicates</source>
        <translation>Das ausgewählte Paar nicht mehr als Dubletten auflisten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the search for people entered twice</source>
        <translation>Die Suche nach doppelt erfassten Personen anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Die Suche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate(s), the surest first. Merging keeps everything from both.</source>
        <translation>
            <numerusform>%Ln wahrscheinliche Dublette, die sicherste zuerst. Beim Zusammenführen bleibt alles von beiden erhalten.</numerusform>
            <numerusform>%Ln wahrscheinliche Dubletten, die sichersten zuerst. Beim Zusammenführen bleibt alles von beiden erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found. Same email, same LinkedIn profile and similar names at the same company are checked.</source>
        <translation>Keine Dubletten gefunden. Geprüft werden gleiche E-Mail, gleiches LinkedIn-Profil und ähnliche Namen in derselben Firma.</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation>z. B. Ada</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>e.g. Okafor</source>
        <translation>z. B. Okafor</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Anzeigen als</translation>
    </message>
    <message>
        <source>Leave empty to use the given and family names</source>
        <translation>Leer lassen, um Vor- und Nachnamen zu verwenden</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Wo die Person arbeitet</translation>
    </message>
    <message>
        <source>On my list of target companies</source>
        <translation>Auf meiner Liste der Wunschfirmen</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Wunschfirma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation>z. B. Leitung Betrieb</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>Open the profile in your browser</source>
        <translation>Das Profil im Browser öffnen</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Weak ties (acquaintances, new people) often help the most</source>
        <translation>Lose Kontakte (Bekannte, neue Leute) helfen oft am meisten</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Invitation date</source>
        <translation>Datum der Einladung</translation>
    </message>
    <message>
        <source>Who referred them? Type a name</source>
        <translation>Wer hat die Person empfohlen? Namen eingeben</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Show the person who referred them</source>
        <translation>Die Person zeigen, die sie empfohlen hat</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>e.g. Bowling league, Thursday team</source>
        <translation>z. B. Kegelverein, Donnerstagsteam</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Warum vernetzen</translation>
    </message>
    <message>
        <source>What you&apos;d like to learn from them, or how you could help</source>
        <translation>Was Sie von der Person lernen möchten oder wie Sie helfen könnten</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Reconnect every</source>
        <translation>Wieder melden alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How often to reconnect. 0 uses the cadence of their circles.</source>
        <translation>Wie oft Sie sich wieder melden möchten. 0 übernimmt den Rhythmus ihrer Kreise.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering: family, interests, what you talked about</source>
        <translation>Alles, was sich zu merken lohnt: Familie, Interessen, worüber Sie gesprochen haben</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>Name parts, nickname, birthday, websites, chat</source>
        <translation>Namensteile, Spitzname, Geburtstag, Websites, Chat</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>e.g. Marie</source>
        <translation>z. B. Marie</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>e.g. Jr. or PhD</source>
        <translation>z. B. jun. oder PhD</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>What friends call them</source>
        <translation>Wie Freunde die Person nennen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>z. B. Logistik</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Weitere Daten</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation>Chat und soziale Netzwerke</translation>
    </message>
    <message>
        <source>Hide the fields most contacts do without</source>
        <translation>Die Felder ausblenden, die die meisten Kontakte nicht brauchen</translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation>Weitere Felder zeigen</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
</context>
<context>
    <name>EditorSaving</name>
    <message>
        <source>Write the year with four digits, like 1985, or leave it empty.</source>
        <translation>Schreiben Sie das Jahr mit vier Ziffern, z. B. 1985, oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>There is no {day} in {year}.</source>
        <translation>Den {day} gibt es im Jahr {year} nicht.</translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation>die Datenbank ist belegt (ein anderes Programm oder eine Synchronisation schreibt gerade)</translation>
    </message>
    <message>
        <source>the disk is full — free some space</source>
        <translation>der Datenträger ist voll – bitte geben Sie Speicherplatz frei</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>in den Datenordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Your changes are kept; trying again in {n} s.</source>
        <translation>Noch nicht gespeichert: {what}. Ihre Änderungen bleiben erhalten; neuer Versuch in {n} s.</translation>
    </message>
    <message>
        <source>Saved: the database took your changes.</source>
        <translation>Gespeichert: Die Datenbank hat Ihre Änderungen übernommen.</translation>
    </message>
    <message>
        <source>{fields} also changed elsewhere (an import, a sync or a command) while you were editing. Your text is kept; Edit → Undo brings back the other version.</source>
        <translation>{fields} wurde(n) während Ihrer Bearbeitung auch anderswo geändert (durch einen Import, eine Synchronisation oder einen Befehl). Ihr Text bleibt erhalten; Bearbeiten → Rückgängig holt die andere Version zurück.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Contacts as vCard 3.0</source>
        <translation>Kontakte als vCard 3.0</translation>
    </message>
    <message>
        <source>For phones and address books (Apple, Google, Outlook, Thunderbird). Read by almost everything.</source>
        <translation>Für Handys und Adressbücher (Apple, Google, Outlook, Thunderbird). Wird von fast allem gelesen.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0</source>
        <translation>Kontakte als vCard 4.0</translation>
    </message>
    <message>
        <source>The newer vCard standard (Nextcloud, Thunderbird, CardDAV servers).</source>
        <translation>Der neuere vCard-Standard (Nextcloud, Thunderbird, CardDAV-Server).</translation>
    </message>
    <message>
        <source>Contacts as CSV</source>
        <translation>Kontakte als CSV</translation>
    </message>
    <message>
        <source>Google Contacts&apos; layout: imports into Google and opens in any spreadsheet.</source>
        <translation>Im Format von Google Kontakte: lässt sich in Google importieren und in jeder Tabellenkalkulation öffnen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Everything as JSON</source>
        <translation>Alles als JSON</translation>
    </message>
    <message>
        <source>All your data — contacts, interactions, follow-ups, pitches, templates — for safekeeping or scripts.</source>
        <translation>Alle Ihre Daten – Kontakte, Interaktionen, Wiedervorlagen, Pitches, Vorlagen – zur Aufbewahrung oder für Skripte.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;What would you like to export?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was möchten Sie exportieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Contacts in the trash are not included.</source>
        <translation>Kontakte im Papierkorb werden nicht einbezogen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Exported {n} {noun} to {path}</source>
        <translation>{n} {noun} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Hauptnummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>home fax</source>
        <translation>Fax privat</translation>
    </message>
    <message>
        <source>work fax</source>
        <translation>Fax geschäftlich</translation>
    </message>
    <message>
        <source>other fax</source>
        <translation>Weiteres Fax</translation>
    </message>
    <message>
        <source>work mobile</source>
        <translation>Mobil geschäftlich</translation>
    </message>
    <message>
        <source>work pager</source>
        <translation>Pager geschäftlich</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>Funktelefon</translation>
    </message>
    <message>
        <source>ISDN</source>
        <translation>ISDN</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>Schreibtelefon</translation>
    </message>
    <message>
        <source>telex</source>
        <translation>Telex</translation>
    </message>
    <message>
        <source>home page</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>screen name</source>
        <translation>Chat-Name</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>PCS</source>
        <translation>PCS</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Jahrestag</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.json *.zip);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;LinkedIn data export (*.zip);;Rapport export (*.json);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.json *.zip);;CSV-Dateien (*.csv);;vCard-Dateien (*.vcf *.vcard);;LinkedIn-Datenexport (*.zip);;Rapport-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Bring in the people you already know. People already in Rapport (same email, same LinkedIn profile, or same name and company) are merged, never doubled.</source>
        <translation>Holen Sie die Menschen herein, die Sie schon kennen. Personen, die bereits in Rapport sind (gleiche E-Mail, gleiches LinkedIn-Profil oder gleicher Name und gleiche Firma), werden zusammengeführt, nie verdoppelt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get a file&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn:&lt;/b&gt; Settings &amp;amp; Privacy → Data privacy → Get a copy of your data → Connections. LinkedIn emails you &lt;i&gt;Connections.csv&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Google Contacts:&lt;/b&gt; Export → Google CSV or vCard.&lt;br&gt;&lt;b&gt;Outlook:&lt;/b&gt; File → Open &amp;amp; Export → Import/Export → Export to a file → Comma Separated Values.&lt;br&gt;&lt;b&gt;Phone, Apple Contacts, Thunderbird:&lt;/b&gt; share or export your contacts as a &lt;i&gt;.vcf&lt;/i&gt; file.&lt;br&gt;&lt;b&gt;Rapport:&lt;/b&gt; File → Export… → JSON (&lt;i&gt;.json&lt;/i&gt;) brings everything back: into an empty data folder it restores it all, into one with data it adds what is new.</source>
        <translation>&lt;b&gt;Woher Sie eine Datei bekommen&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn:&lt;/b&gt; Einstellungen &amp;amp; Datenschutz → Datenschutz → Kopie Ihrer Daten anfordern → Kontakte. LinkedIn schickt Ihnen &lt;i&gt;Connections.csv&lt;/i&gt; per E-Mail.&lt;br&gt;&lt;b&gt;Google Kontakte:&lt;/b&gt; Exportieren → Google-CSV oder vCard.&lt;br&gt;&lt;b&gt;Outlook:&lt;/b&gt; Datei → Öffnen &amp;amp; Exportieren → Importieren/Exportieren → In Datei exportieren → Kommagetrennte Werte.&lt;br&gt;&lt;b&gt;Telefon, Apple Kontakte, Thunderbird:&lt;/b&gt; Teilen oder exportieren Sie Ihre Kontakte als &lt;i&gt;.vcf&lt;/i&gt;-Datei.&lt;br&gt;&lt;b&gt;Rapport:&lt;/b&gt; Datei → Exportieren… → JSON (&lt;i&gt;.json&lt;/i&gt;) bringt alles zurück: In einen leeren Datenordner wird alles wiederhergestellt, in einen mit Daten wird das Neue hinzugefügt.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Connections.csv, contacts.csv, contacts.vcf or rapport.json</source>
        <translation>Connections.csv, contacts.csv, contacts.vcf oder rapport.json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Nach einer Datei suchen</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Rapport recognises the format from the content; choose one only if it cannot</source>
        <translation>Rapport erkennt das Format am Inhalt; wählen Sie nur eins, wenn das nicht klappt</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Eine Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {reason}.</source>
        <translation>&lt;b&gt;Diese Datei kann nicht importiert werden.&lt;/b&gt; {reason}.</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Thunderbird-Adressbuch (CSV)</translation>
    </message>
    <message>
        <source>Other CSV with name or e-mail columns</source>
        <translation>Andere CSV mit Spalten für Name oder E-Mail</translation>
    </message>
    <message>
        <source>Rapport export (JSON)</source>
        <translation>Rapport-Export (JSON)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ein Jahr</translation>
    </message>
    <message>
        <source>Circle filter</source>
        <translation>Kreisfilter</translation>
    </message>
    <message>
        <source>Show one circle only</source>
        <translation>Nur einen Kreis zeigen</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <source>Show one stage only</source>
        <translation>Nur eine Phase zeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Invitation status, quiet contacts, time to reconnect, target companies</source>
        <translation>Einladungsstatus, stille Kontakte, Zeit zum Wiedermelden, Wunschfirmen</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Not contacted in</source>
        <translation>Nicht kontaktiert seit</translation>
    </message>
    <message>
        <source>Time to reconnect (due or overdue)</source>
        <translation>Zeit, sich wieder zu melden (fällig oder überfällig)</translation>
    </message>
    <message>
        <source>At target companies</source>
        <translation>Bei Wunschfirmen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translation>Weitere Filter ({n})</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Alle Kreise</translation>
    </message>
    <message>
        <source>In no circle</source>
        <translation>In keinem Kreis</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Done: {what}</source>
        <translation>Erledigt: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Log %Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Interaktion erfassen</numerusform>
            <numerusform>%Ln Interaktionen erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Snooze {what} to {day}</source>
        <translation>{what} auf {day} zurückstellen</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Snooze all overdue to {day}</source>
        <translation>Alle überfälligen auf {day} zurückstellen</translation>
    </message>
    <message>
        <source>Let go: {what}</source>
        <translation>Ruhen lassen: {what}</translation>
    </message>
    <message>
        <source>Stop repeating {what}</source>
        <translation>{what} nicht mehr wiederholen</translation>
    </message>
    <message>
        <source>Reopen {what}</source>
        <translation>{what} wieder öffnen</translation>
    </message>
    <message>
        <source>Move {what} to {day}</source>
        <translation>{what} auf {day} verschieben</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>In &amp;3 Tagen</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>ab {day}</translation>
    </message>
    <message>
        <source>Each from its own due day</source>
        <translation>Jede ab ihrem eigenen Fälligkeitstag</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Datum wählen…</translation>
    </message>
    <message>
        <source>Choose the day it comes back</source>
        <translation>Den Tag wählen, an dem sie wiederkommt</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <source>Snooze ▾</source>
        <translation>Später ▾</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>repeats {how}</source>
        <translation>wiederholt sich {how}</translation>
    </message>
    <message>
        <source>after the one before</source>
        <translation>nach der vorherigen</translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation>verschoben vom {day}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Send thank-you to {name}</source>
        <translation>Dank an {name} schicken</translation>
    </message>
    <message>
        <source>Friendly reminder to {name} about {about}</source>
        <translation>Freundliche Erinnerung an {name} wegen {about}</translation>
    </message>
    <message>
        <source>Friendly reminder to {name} about what you sent on {day:day}</source>
        <translation>Freundliche Erinnerung an {name} wegen Ihrer Sendung vom {day:day}</translation>
    </message>
    <message>
        <source>Ask {name} how the introduction to {other} went</source>
        <translation>{name} fragen, wie die Vermittlung an {other} gelaufen ist</translation>
    </message>
    <message>
        <source>Contact {name} (referred by {referrer})</source>
        <translation>{name} kontaktieren (empfohlen von {referrer})</translation>
    </message>
    <message>
        <source>Tell {referrer} how it went with {name}</source>
        <translation>{referrer} erzählen, wie es mit {name} gelaufen ist</translation>
    </message>
    <message>
        <source>Thank {name} for connecting; ask why and propose a chat</source>
        <translation>{name} für die Vernetzung danken; nach dem Grund fragen und ein Gespräch vorschlagen</translation>
    </message>
    <message>
        <source>Review pending invitation to {name} (withdraw or let go)</source>
        <translation>Offene Einladung an {name} prüfen (zurückziehen oder ruhen lassen)</translation>
    </message>
    <message>
        <source>Reconnect with {name}</source>
        <translation>Sich bei {name} wieder melden</translation>
    </message>
    <message>
        <source>Monthly update email to your network ({month:month})</source>
        <translation>Monats-Update per E-Mail an Ihr Netzwerk ({month:month})</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday</source>
        <translation>{name} zum Geburtstag gratulieren</translation>
    </message>
    <message>
        <source>{kind:phrase} with {name}</source>
        <translation>{kind:phrase} mit {name}</translation>
    </message>
    <message>
        <source>{kind:phrase} with {name}: {summary}</source>
        <translation>{kind:phrase} mit {name}: {summary}</translation>
    </message>
    <message>
        <source>Check in about {role} at {company}</source>
        <translation>Wegen {role} bei {company} nachfragen</translation>
    </message>
    <message>
        <source>Check in about {role} at {company} with {name}</source>
        <translation>Bei {name} wegen {role} bei {company} nachfragen</translation>
    </message>
    <message>
        <source>Thank {name} for the interview ({role} at {company})</source>
        <translation>{name} für das Vorstellungsgespräch danken ({role} bei {company})</translation>
    </message>
    <message>
        <source>Prepare for the {company} interview (round {round}, {day:weekday_day})</source>
        <translation>Vorstellungsgespräch bei {company} vorbereiten (Runde {round}, {day:weekday_day})</translation>
    </message>
    <message>
        <source>Tell {name} how it&apos;s going at {company}: {news:phrase}</source>
        <translation>{name} erzählen, wie es bei {company} läuft: {news:phrase}</translation>
    </message>
    <message>
        <source>Still interested in {role} at {company}? Apply, or let it go</source>
        <translation>Noch Interesse an {role} bei {company}? Bewerben oder ruhen lassen</translation>
    </message>
    <message>
        <source>No news about {role} at {company} since {day:day}: follow up, or let it go</source>
        <translation>Keine Neuigkeiten zu {role} bei {company} seit {day:day}: nachfassen oder ruhen lassen</translation>
    </message>
    <message>
        <source>you applied</source>
        <translation>Sie haben sich beworben</translation>
    </message>
    <message>
        <source>a screening call</source>
        <translation>ein Telefonat zur Vorauswahl</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>an offer</source>
        <translation>ein Angebot</translation>
    </message>
    <message>
        <source>you accepted — thank them</source>
        <translation>Sie haben zugesagt – bedanken Sie sich</translation>
    </message>
    <message>
        <source>you declined the offer</source>
        <translation>Sie haben das Angebot abgelehnt</translation>
    </message>
    <message>
        <source>it did not work out</source>
        <translation>es hat nicht geklappt</translation>
    </message>
    <message>
        <source>you withdrew</source>
        <translation>Sie haben sich zurückgezogen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffeetreffen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Contact referral</source>
        <translation>Empfehlung kontaktieren</translation>
    </message>
    <message>
        <source>Update referrer</source>
        <translation>Empfehlende informieren</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Freundliche Erinnerung</translation>
    </message>
    <message>
        <source>Thank connection</source>
        <translation>Für Vernetzung danken</translation>
    </message>
    <message>
        <source>Review invitation</source>
        <translation>Einladung prüfen</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Monats-Update</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <source>Introduction check-in</source>
        <translation>Nachfrage zur Vermittlung</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Application check-in</source>
        <translation>Nachfrage zur Bewerbung</translation>
    </message>
    <message>
        <source>Interview thank-you</source>
        <translation>Dank nach Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Job news for referrer</source>
        <translation>Neuigkeiten für Empfehlende</translation>
    </message>
    <message>
        <source>Interview prep</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Quiet opportunity</source>
        <translation>Stelle ohne Neuigkeiten</translation>
    </message>
    <message>
        <source>Reminder (mine)</source>
        <translation>Erinnerung (eigene)</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Kontakt: {name}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Art: {kind}</translation>
    </message>
    <message>
        <source>First due: {day}</source>
        <translation>Zuerst fällig: {day}</translation>
    </message>
    <message>
        <source>{app} follow-ups</source>
        <translation>{app}-Wiedervorlagen</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Nothing to follow up. Rapport adds follow-ups when you log conversations; add your own with “Add follow-up…”.</source>
        <translation>Nichts nachzufassen. Rapport legt Wiedervorlagen an, wenn Sie Gespräche erfassen; eigene fügen Sie mit „Wiedervorlage hinzufügen…“ hinzu.</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Wiedervorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Die ausgewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ruhen lassen</translation>
    </message>
    <message>
        <source>Let the selected follow-up go</source>
        <translation>Die ausgewählte Wiedervorlage ruhen lassen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>Überfällig seit {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ruhen gelassen</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Stage funnel</source>
        <translation>Phasentrichter</translation>
    </message>
    <message>
        <source>How many relationships reached each stage; Enter lists the people of the chosen one</source>
        <translation>Wie viele Kontakte jede Phase erreicht haben; Enter listet die Personen der gewählten Phase auf</translation>
    </message>
    <message>
        <source>{stage}: {here} at this stage, {reached} at this stage or beyond. {hint}. Click to list everyone who got this far.</source>
        <translation>{stage}: {here} in dieser Phase, {reached} in dieser Phase oder darüber hinaus. {hint}. Klicken Sie, um alle aufzulisten, die so weit gekommen sind.</translation>
    </message>
    <message>
        <source>Reached “{s}” or beyond</source>
        <translation>„{s}“ oder weiter erreicht</translation>
    </message>
    <message>
        <source>How far each relationship got: solid = at this stage now, pale = moved beyond it. In brackets: of those who reached the stage above, how many got here.</source>
        <translation>Wie weit jede Beziehung gekommen ist: kräftig = jetzt in dieser Phase, blass = darüber hinaus. In Klammern: Wie viele von denen, die die Phase darüber erreicht haben, hier angekommen sind.</translation>
    </message>
    <message>
        <source>Your contacts will show here by stage, from prospect to ally.</source>
        <translation>Ihre Kontakte erscheinen hier nach Phase, von „Vorgemerkt“ bis „Unterstützer“.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Rapport&apos;s window</source>
        <translation>Die Sprache des Rapport-Fensters</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Rapport uses the language you choose the next time it starts.</source>
        <translation>Rapport verwendet die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>When Rapport starts, it tells you once a day what is due today. While it runs, it tells you about each follow-up as it comes due.</source>
        <translation>Beim Start sagt Ihnen Rapport einmal am Tag, was heute fällig ist. Während es läuft, meldet es jede Wiedervorlage, sobald sie fällig wird.</translation>
    </message>
    <message>
        <source>Keep Rapport running in the system tray when its window is closed</source>
        <translation>Rapport im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Closing the window does not quit; Quit is in the menu of the tray icon</source>
        <translation>Das Schließen des Fensters beendet Rapport nicht; Beenden steht im Menü des Symbols im Infobereich</translation>
    </message>
    <message>
        <source>Quit it from the tray icon&apos;s menu or with File → Quit (Ctrl+Q).</source>
        <translation>Beenden Sie es über das Menü des Symbols im Infobereich oder mit Datei → Beenden (Ctrl+Q).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Rapport.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Das Schließen des Fensters beendet Rapport.</translation>
    </message>
    <message>
        <source>Start Rapport when I log in</source>
        <translation>Rapport bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>It starts in the tray, with the summary of the day; click the icon to open the window.</source>
        <translation>Es startet im Infobereich, mit der Übersicht des Tages; ein Klick auf das Symbol öffnet das Fenster.</translation>
    </message>
    <message>
        <source>It opens its window, with the summary of the day in the status bar.</source>
        <translation>Es öffnet sein Fenster, mit der Übersicht des Tages in der Statusleiste.</translation>
    </message>
    <message>
        <source>Rapport could not change how it starts at login: {error}</source>
        <translation>Rapport konnte das Startverhalten bei der Anmeldung nicht ändern: {error}</translation>
    </message>
</context>
<context>
    <name>GetStarted</name>
    <message>
        <source>Import your LinkedIn connections or address book</source>
        <translation>Importieren Sie Ihre LinkedIn-Kontakte oder Ihr Adressbuch</translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation>Schreiben Sie die Menschen auf, die Sie kennen, Kreis für Kreis</translation>
    </message>
    <message>
        <source>Write your 30-second pitch</source>
        <translation>Schreiben Sie Ihren 30-Sekunden-Pitch</translation>
    </message>
    <message>
        <source>Rehearse it three times</source>
        <translation>Üben Sie ihn dreimal</translation>
    </message>
    <message>
        <source>Log your first conversation</source>
        <translation>Erfassen Sie Ihr erstes Gespräch</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>The next step of the checklist</source>
        <translation>Der nächste Schritt der Checkliste</translation>
    </message>
    <message>
        <source>Put the checklist away (Help → Get Started Checklist brings it back)</source>
        <translation>Die Checkliste wegräumen (Hilfe → Checkliste „Erste Schritte“ holt sie zurück)</translation>
    </message>
    <message>
        <source>Hide the checklist</source>
        <translation>Checkliste ausblenden</translation>
    </message>
    <message>
        <source>Most jobs are found through people. Five steps set up your campaign; each one ticks itself when it is done.</source>
        <translation>Die meisten Stellen findet man über Menschen. Fünf Schritte bereiten Ihre Kampagne vor; jeder hakt sich selbst ab, sobald er erledigt ist.</translation>
    </message>
    <message>
        <source>Explore with sample data…</source>
        <translation>Mit Beispieldaten ausprobieren…</translation>
    </message>
    <message>
        <source>Opens a second window on fictional people in a separate folder; your own data is untouched.</source>
        <translation>Öffnet ein zweites Fenster mit erfundenen Personen in einem eigenen Ordner; Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>{n} of {total} done</source>
        <translation>{n} von {total} erledigt</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <source>Show the five steps</source>
        <translation>Die fünf Schritte zeigen</translation>
    </message>
    <message>
        <source>Fold the checklist into one line</source>
        <translation>Die Checkliste auf eine Zeile einklappen</translation>
    </message>
</context>
<context>
    <name>GiveButtons</name>
    <message>
        <source>Introduce…</source>
        <translation>Bekannt machen…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation>Rat anbieten…</translation>
    </message>
    <message>
        <source>Introduce them to someone</source>
        <translation>Mit jemandem bekannt machen</translation>
    </message>
    <message>
        <source>Who in your network should they know? Two people, one email.</source>
        <translation>Wen aus Ihrem Netzwerk sollte die Person kennen? Zwei Menschen, eine E-Mail.</translation>
    </message>
    <message>
        <source>Share an article or event</source>
        <translation>Einen Artikel oder eine Veranstaltung teilen</translation>
    </message>
    <message>
        <source>Something useful for their work: a report, a talk, a meet-up.</source>
        <translation>Etwas Nützliches für ihre Arbeit: ein Bericht, ein Vortrag, ein Meetup.</translation>
    </message>
    <message>
        <source>Offer advice</source>
        <translation>Rat anbieten</translation>
    </message>
    <message>
        <source>Your experience may save them time — offer it, no strings attached.</source>
        <translation>Ihre Erfahrung kann der Person Zeit sparen – bieten Sie sie an, ganz ohne Gegenleistung.</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Share with {name}</source>
        <translation>Mit {name} teilen</translation>
    </message>
    <message>
        <source>Offer advice to {name}</source>
        <translation>{name} Rat anbieten</translation>
    </message>
    <message>
        <source>Something useful for their work — a report, a talk, a meet-up. It goes in your ledger as a give.</source>
        <translation>Etwas Nützliches für die Arbeit der Person – ein Bericht, ein Vortrag, ein Treffen. Es kommt als Geben in Ihre Bilanz.</translation>
    </message>
    <message>
        <source>Your experience may save them time. Offer it with no strings attached; tick it in the ledger once you have given it.</source>
        <translation>Ihre Erfahrung kann der Person Zeit sparen. Bieten Sie sie ohne Bedingungen an; haken Sie es in der Bilanz ab, sobald Sie es gegeben haben.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>e.g. The 2026 warehouse robotics report</source>
        <translation>z. B. Der Bericht 2026 zu Lagerrobotik</translation>
    </message>
    <message>
        <source>e.g. A second look at her CV</source>
        <translation>z. B. Ein zweiter Blick auf ihren Lebenslauf</translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation>Link oder Ort</translation>
    </message>
    <message>
        <source>https://… or where and when the event is</source>
        <translation>https://… oder wo und wann die Veranstaltung ist</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Why it made you think of them (optional)</source>
        <translation>Warum Sie dabei an die Person gedacht haben (optional)</translation>
    </message>
    <message>
        <source>Also log it on their timeline (as an email)</source>
        <translation>Auch in ihrem Verlauf erfassen (als E-Mail)</translation>
    </message>
    <message>
        <source>Add to ledger</source>
        <translation>Zur Bilanz hinzufügen</translation>
    </message>
    <message>
        <source>Say what you shared or offered.</source>
        <translation>Geben Sie an, was Sie geteilt oder angeboten haben.</translation>
    </message>
    <message>
        <source>This could not be recorded; see the log file for details.</source>
        <translation>Das konnte nicht gespeichert werden; Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <source>Give before you ask</source>
        <translation>Erst geben, dann bitten</translation>
    </message>
    <message>
        <source>Nothing given yet and no conversation: lead with curiosity, and look for a way to help.</source>
        <translation>Noch nichts gegeben und kein Gespräch: Gehen Sie mit Neugier hinein und suchen Sie nach einer Möglichkeit zu helfen.</translation>
    </message>
    <message>
        <source>{first} has helped you already — find a way to return the favour.</source>
        <translation>{first} hat Ihnen schon geholfen – finden Sie einen Weg, sich zu revanchieren.</translation>
    </message>
    <message>
        <source>You haven&apos;t given anything yet — look for a way to help before you ask.</source>
        <translation>Sie haben noch nichts gegeben – suchen Sie einen Weg zu helfen, bevor Sie um etwas bitten.</translation>
    </message>
    <message>
        <source>You have asked more than you gave — find a way to help them this time.</source>
        <translation>Sie haben um mehr gebeten, als Sie gegeben haben – finden Sie diesmal einen Weg zu helfen.</translation>
    </message>
    <message>
        <source>A good footing. Keep giving: an introduction, an article, your experience.</source>
        <translation>Eine gute Grundlage. Geben Sie weiter: eine Vermittlung, einen Artikel, Ihre Erfahrung.</translation>
    </message>
</context>
<context>
    <name>GoalsHistory</name>
    <message>
        <source>Weekly goals history</source>
        <translation>Verlauf der Wochenziele</translation>
    </message>
    <message>
        <source>Week of {day}: {n}</source>
        <translation>Woche vom {day}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>goal {t} a week · met {m} of %Ln week(s)</source>
        <translation>
            <numerusform>Ziel {t} pro Woche · erreicht in {m} von %Ln Woche</numerusform>
            <numerusform>Ziel {t} pro Woche · erreicht in {m} von %Ln Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>not tracked — set a goal in Preferences</source>
        <translation>nicht verfolgt – legen Sie in den Einstellungen ein Ziel fest</translation>
    </message>
    <message>
        <source>Follow-ups: on time vs late</source>
        <translation>Wiedervorlagen: pünktlich oder verspätet</translation>
    </message>
    <message>
        <source>Week of {day}: {a} on time, {b} late</source>
        <translation>Woche vom {day}: {a} pünktlich, {b} verspätet</translation>
    </message>
    <message>
        <source>{p} on time (solid) · late (pale)</source>
        <translation>{p} pünktlich (kräftig) · verspätet (blass)</translation>
    </message>
    <message>
        <source>nothing done yet</source>
        <translation>noch nichts erledigt</translation>
    </message>
</context>
<context>
    <name>GoalsStrip</name>
    <message>
        <source>This week&apos;s goals</source>
        <translation>Ziele dieser Woche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your weeks so far, on the Insights page (Ctrl+5)</source>
        <translation>Ihre bisherigen Wochen, auf der Seite „Auswertung“ (Ctrl+5)</translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation>Ziele festlegen…</translation>
    </message>
    <message>
        <source>Choose your weekly targets</source>
        <translation>Ihre Wochenziele wählen</translation>
    </message>
    <message>
        <source>No weekly goals set. Choose a few targets — conversations, thank-yous, rehearsals, gives — and watch your streaks grow.</source>
        <translation>Keine Wochenziele festgelegt. Wählen Sie ein paar Ziele – Gespräche, Dankesnachrichten, Übungen, Geben – und sehen Sie Ihre Serien wachsen.</translation>
    </message>
    <message>
        <source>{goal}: {done} of {target}</source>
        <translation>{goal}: {done} von {target}</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} von {target}</translation>
    </message>
    <message>
        <source>All met — well done!</source>
        <translation>Alle erreicht – gut gemacht!</translation>
    </message>
    <message>
        <source>{met} of {n} met so far</source>
        <translation>{met} von {n} bisher erreicht</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Weekly goals</source>
        <translation>Wochenziele</translation>
    </message>
    <message>
        <source>Small, steady habits find jobs. Set a target for each week (Monday to Sunday); Today shows your progress and Insights your streaks. 0 leaves a goal out.</source>
        <translation>Kleine, beständige Gewohnheiten führen zur Stelle. Legen Sie für jede Woche (Montag bis Sonntag) ein Ziel fest; „Heute“ zeigt Ihren Fortschritt, „Auswertung“ Ihre Serien. 0 lässt ein Ziel weg.</translation>
    </message>
    <message>
        <source>{goal}: target a week</source>
        <translation>{goal}: Ziel pro Woche</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>Rapport also measures one habit without a target: how many follow-ups you complete by the day they are due.</source>
        <translation>Rapport misst auch eine Gewohnheit ohne Ziel: wie viele Wiedervorlagen Sie bis zu ihrem Fälligkeitstag erledigen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started with Rapport</source>
        <translation>Erste Schritte mit Rapport</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Anleitung für die ersten Schritte</translation>
    </message>
    <message>
        <source>How to use Rapport, step by step; links open in your browser</source>
        <translation>Schritt für Schritt, wie Sie Rapport nutzen; Links öffnen sich in Ihrem Browser</translation>
    </message>
    <message>
        <source>The guide is missing from this installation: {path}</source>
        <translation>Die Anleitung fehlt in dieser Installation: {path}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open this guide in your web browser</source>
        <translation>Diese Anleitung in Ihrem Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>HandlesEditor</name>
    <message>
        <source>Add chat or social</source>
        <translation>Chat oder soziales Netzwerk hinzufügen</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Rehearsal chart</source>
        <translation>Übungsdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s); target {t:g} s</source>
        <translation>
            <numerusform>%Ln Durchlauf; Ziel {t:g} s</numerusform>
            <numerusform>%Ln Durchläufe; Ziel {t:g} s</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Target {t:g} s</source>
        <translation>Ziel {t:g} s</translation>
    </message>
    <message>
        <source>Words a minute (right)</source>
        <translation>Wörter pro Minute (rechts)</translation>
    </message>
    <message>
        <source>Your runs will appear here.</source>
        <translation>Ihre Durchläufe erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No rehearsals yet. Press Rehearse (Ctrl+R), say your pitch out loud, and each run shows up here.</source>
        <translation>Noch keine Übungen. Drücken Sie „Üben“ (Ctrl+R), sprechen Sie Ihren Pitch laut, und jeder Durchlauf erscheint hier.</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Each time you rehearsed this pitch: how long it took, your pace, your rating and notes</source>
        <translation>Jede Übung dieses Pitches: wie lange sie dauerte, Ihr Tempo, Ihre Bewertung und Notizen</translation>
    </message>
    <message>
        <source>▶  Play recording</source>
        <translation>▶  Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Durchlauf löschen</translation>
    </message>
    <message>
        <source>Delete the selected run and its recording (Del; undo with Ctrl+Z)</source>
        <translation>Den ausgewählten Durchlauf und seine Aufnahme löschen (Del; rückgängig mit Ctrl+Z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Bester&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Average&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Durchschnitt&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Letzter&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace&lt;/b&gt; {w:.0f} wpm</source>
        <translation>&lt;b&gt;Tempo&lt;/b&gt; {w:.0f} Wörter/Min.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On target&lt;/b&gt; {n} of {total}</source>
        <translation>&lt;b&gt;Im Ziel&lt;/b&gt; {n} von {total}</translation>
    </message>
    <message>
        <source>🔥 {n} in a row</source>
        <translation>🔥 {n} in Folge</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported {file}: {line}</source>
        <translation>{file} importiert: {line}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Zum vorigen Schritt zurückgehen</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Add the contacts shown in the preview</source>
        <translation>Die in der Vorschau gezeigten Kontakte hinzufügen</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Den Assistenten schließen</translation>
    </message>
    <message>
        <source>Close the wizard without importing anything</source>
        <translation>Den Assistenten schließen, ohne etwas zu importieren</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Breche ab… es wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>How your network works for you. Click any number to see the people behind it.</source>
        <translation>Wie Ihr Netzwerk für Sie arbeitet. Klicken Sie auf eine Zahl, um die Menschen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>conversations had</source>
        <translation>geführte Gespräche</translation>
    </message>
    <message>
        <source>leads at target companies</source>
        <translation>Kontakte bei Wunschfirmen</translation>
    </message>
    <message>
        <source>steps on your longest trail</source>
        <translation>Schritte auf Ihrer längsten Spur</translation>
    </message>
    <message>
        <source>going cold</source>
        <translation>kühlen ab</translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation>Kühlen ab</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Wochenziele</translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation>Ziele festlegen…</translation>
    </message>
    <message>
        <source>Set a target for each week</source>
        <translation>Ein Ziel für jede Woche festlegen</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>An Sie empfohlen</translation>
    </message>
    <message>
        <source>People someone recommended you talk to</source>
        <translation>Personen, mit denen Sie laut einer Empfehlung sprechen sollten</translation>
    </message>
    <message>
        <source>People you have had a conversation with</source>
        <translation>Personen, mit denen Sie ein Gespräch hatten</translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events that happened</source>
        <translation>Anrufe, Kaffeetreffen, Treffen, Mittagessen und Veranstaltungen, die stattgefunden haben</translation>
    </message>
    <message>
        <source>Referred, at a target company</source>
        <translation>Empfohlen, bei einer Wunschfirma</translation>
    </message>
    <message>
        <source>People referred to you who work at one of your target companies</source>
        <translation>An Sie empfohlene Personen, die bei einer Ihrer Wunschfirmen arbeiten</translation>
    </message>
    <message>
        <source>At the end of your longest trail</source>
        <translation>Am Ende Ihrer längsten Spur</translation>
    </message>
    <message>
        <source>How many introductions away from someone you knew your furthest contact is</source>
        <translation>Wie viele Vermittlungen Ihr entferntester Kontakt von jemandem entfernt ist, den Sie kannten</translation>
    </message>
    <message>
        <source>People you have been in touch with, now past their keep-in-touch maximum</source>
        <translation>Personen, mit denen Sie in Kontakt waren und deren Kontaktabstand nun überschritten ist</translation>
    </message>
    <message numerus="yes">
        <source>the last %Ln week(s), this week on the right</source>
        <translation>
            <numerusform>die letzte %Ln Woche, diese Woche rechts</numerusform>
            <numerusform>die letzten %Ln Wochen, diese Woche rechts</numerusform>
        </translation>
    </message>
    <message>
        <source>no goals set yet</source>
        <translation>noch keine Ziele festgelegt</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>Introduce two people</source>
        <translation>Zwei Menschen bekannt machen</translation>
    </message>
    <message>
        <source>Introducing two people who should know each other is one of the best gifts you can give. Ask each of them first, separately; once both say yes, send the introduction and log it — Rapport notes a give for each and reminds you to check in with both after {days} days.</source>
        <translation>Zwei Menschen bekannt zu machen, die sich kennen sollten, ist eines der besten Geschenke. Fragen Sie zuerst beide einzeln; wenn beide zustimmen, schicken Sie die Vorstellung und erfassen Sie sie – Rapport notiert für beide ein Geben und erinnert Sie, sich nach {days} Tagen bei beiden zu erkundigen.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Erste Person</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Zweite Person</translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation>Bekannt machen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Why they should meet</source>
        <translation>Warum sie sich treffen sollten</translation>
    </message>
    <message>
        <source>e.g. Both of you are rebuilding warehouse planning</source>
        <translation>z. B. Sie bauen beide gerade die Lagerplanung neu auf</translation>
    </message>
    <message>
        <source>Why meet?</source>
        <translation>Warum treffen?</translation>
    </message>
    <message>
        <source>the first person</source>
        <translation>die erste Person</translation>
    </message>
    <message>
        <source>the second person</source>
        <translation>die zweite Person</translation>
    </message>
    <message>
        <source>both people</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>1 · Ask the first</source>
        <translation>1 · Die erste fragen</translation>
    </message>
    <message>
        <source>2 · Ask the second</source>
        <translation>2 · Die zweite fragen</translation>
    </message>
    <message>
        <source>3 · Introduce both</source>
        <translation>3 · Beide bekannt machen</translation>
    </message>
    <message>
        <source>Log introduction</source>
        <translation>Vermittlung erfassen</translation>
    </message>
    <message>
        <source>Log it for both people: a give each, and a check-in with each later</source>
        <translation>Für beide Personen erfassen: je ein Geben und später je eine Nachfrage</translation>
    </message>
    <message>
        <source>1 · Ask {name}</source>
        <translation>1 · Fragen: {name}</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>erste Person</translation>
    </message>
    <message>
        <source>2 · Ask {name}</source>
        <translation>2 · Fragen: {name}</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>zweite Person</translation>
    </message>
    <message>
        <source>No contact matches “{text}”.</source>
        <translation>Kein Kontakt passt zu „{text}“.</translation>
    </message>
    <message>
        <source>Choose the two people to introduce.</source>
        <translation>Wählen Sie die zwei Personen, die Sie bekannt machen möchten.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Wählen Sie zwei verschiedene Personen.</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation>Die Vermittlung konnte nicht erfasst werden; Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>ItemLists</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Als erledigt markieren (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Snooze (Ctrl+Shift+S)</source>
        <translation>Zurückstellen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Ruhen lassen</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Ruhen lassen (Delete)</translation>
    </message>
    <message>
        <source>Prepare for this meeting…</source>
        <translation>Auf dieses Treffen vorbereiten…</translation>
    </message>
    <message>
        <source>Comes when the one before is done or let go</source>
        <translation>Kommt, wenn die vorherige erledigt oder ruhen gelassen ist</translation>
    </message>
    <message>
        <source>Let go of this one</source>
        <translation>Diese ruhen lassen</translation>
    </message>
    <message>
        <source>Let go of the series</source>
        <translation>Die ganze Serie ruhen lassen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Auf ein Treffen vorbereiten…</translation>
    </message>
</context>
<context>
    <name>KindFilterButton</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show only some kinds of follow-up</source>
        <translation>Nur bestimmte Arten von Wiedervorlagen zeigen</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Alle Arten zeigen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Calls, coffees, lunches, meetings and events you have planned</source>
        <translation>Geplante Anrufe, Kaffeetreffen, Mittagessen, Treffen und Veranstaltungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kind(s)</source>
        <translation>
            <numerusform>%Ln Art</numerusform>
            <numerusform>%Ln Arten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>The disk is full, so Rapport could not save. Free some space and try again; what was saved before is safe.</source>
        <translation>Der Datenträger ist voll, daher konnte Rapport nicht speichern. Schaffen Sie Platz und versuchen Sie es erneut; was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Datenordner schreibgeschützt</translation>
    </message>
    <message>
        <source>Rapport cannot write to its data folder (it is read-only). Check the folder&apos;s permissions or the disk.</source>
        <translation>Rapport kann nicht in seinen Datenordner schreiben (er ist schreibgeschützt). Prüfen Sie die Berechtigungen des Ordners oder den Datenträger.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Rapport cannot open its database file. Check that the data folder exists and that you may write to it.</source>
        <translation>Rapport kann seine Datenbankdatei nicht öffnen. Prüfen Sie, ob der Datenordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Rapport is not allowed to use its database file. Check its permissions.</source>
        <translation>Rapport darf seine Datenbankdatei nicht verwenden. Prüfen Sie deren Berechtigungen.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Datenbank belegt</translation>
    </message>
    <message>
        <source>The database is in use by another Rapport (or another program) and stayed locked. Close the other program or try again in a moment.</source>
        <translation>Die Datenbank wird von einem anderen Rapport (oder einem anderen Programm) benutzt und blieb gesperrt. Schließen Sie das andere Programm oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database is locked by another connection. Try again in a moment.</source>
        <translation>Die Datenbank ist durch eine andere Verbindung gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Disk error</source>
        <translation>Datenträgerfehler</translation>
    </message>
    <message>
        <source>The disk reported an error while Rapport was reading or writing. Check the disk; your last saved data is in the backups.</source>
        <translation>Der Datenträger meldete einen Fehler, während Rapport las oder schrieb. Prüfen Sie den Datenträger; Ihre zuletzt gespeicherten Daten sind in den Sicherungen.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup (File → Restore backup…).</source>
        <translation>Die Datenbankdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her (Datei → Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Not a database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>The database file is not a Rapport database. Restore it from a backup.</source>
        <translation>Die Datenbankdatei ist keine Rapport-Datenbank. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>Your disk quota is used up. Free some space and try again.</source>
        <translation>Ihr Speicherkontingent ist aufgebraucht. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Read-only disk</source>
        <translation>Schreibgeschützter Datenträger</translation>
    </message>
    <message>
        <source>The disk is read-only, so Rapport cannot write there.</source>
        <translation>Der Datenträger ist schreibgeschützt, daher kann Rapport dort nicht schreiben.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to write there. Check the folder&apos;s permissions.</source>
        <translation>Rapport darf dort nicht schreiben. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to do that here. Check the permissions.</source>
        <translation>Rapport darf das hier nicht tun. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error.</source>
        <translation>Der Datenträger meldete einen Ein-/Ausgabefehler.</translation>
    </message>
</context>
<context>
    <name>KnownPanel</name>
    <message>
        <source>The interview</source>
        <translation>Das Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Was Sie wissen</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Warum vernetzen</translation>
    </message>
    <message>
        <source>on your target list ★</source>
        <translation>auf Ihrer Wunschliste ★</translation>
    </message>
    <message>
        <source>You also know {names}{more} there</source>
        <translation>Sie kennen dort auch {names}{more}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>They referred</source>
        <translation>Hat empfohlen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) to you</source>
        <translation>
            <numerusform>%Ln Person an Sie</numerusform>
            <numerusform>%Ln Personen an Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} earlier</source>
        <translation>… und {n} frühere</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Zuletzt in Kontakt</translation>
    </message>
    <message>
        <source>Nothing logged yet — this may be your first conversation.</source>
        <translation>Noch nichts erfasst – vielleicht ist es Ihr erstes Gespräch.</translation>
    </message>
    <message>
        <source>You promised</source>
        <translation>Sie haben versprochen</translation>
    </message>
    <message>
        <source>They helped with</source>
        <translation>Hat geholfen bei</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Sie haben gebeten um</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Vernetzt</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Gesprochen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Ally</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Someone to reach out to</source>
        <translation>Jemand, bei dem Sie sich melden möchten</translation>
    </message>
    <message>
        <source>Invitation sent, no answer yet</source>
        <translation>Einladung gesendet, noch keine Antwort</translation>
    </message>
    <message>
        <source>Connected, not yet talked</source>
        <translation>Vernetzt, noch nicht gesprochen</translation>
    </message>
    <message>
        <source>Had a call or a chat</source>
        <translation>Telefonat oder Gespräch gehabt</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Persönlich getroffen</translation>
    </message>
    <message>
        <source>Actively helping you</source>
        <translation>Hilft Ihnen aktiv</translation>
    </message>
    <message>
        <source>No invitation</source>
        <translation>Keine Einladung</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Einladung erhalten</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessant</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>worth applying to; not applied yet</source>
        <translation>eine Bewerbung wert; noch nicht beworben</translation>
    </message>
    <message>
        <source>application sent, waiting to hear</source>
        <translation>Bewerbung verschickt, Antwort steht aus</translation>
    </message>
    <message>
        <source>a first call with a recruiter or HR</source>
        <translation>ein erstes Telefonat mit Recruiting oder Personalabteilung</translation>
    </message>
    <message>
        <source>one or more rounds of interviews</source>
        <translation>eine oder mehrere Gesprächsrunden</translation>
    </message>
    <message>
        <source>an offer is on the table</source>
        <translation>ein Angebot liegt vor</translation>
    </message>
    <message>
        <source>you said yes</source>
        <translation>Sie haben zugesagt</translation>
    </message>
    <message>
        <source>you said no to an offer</source>
        <translation>Sie haben ein Angebot abgelehnt</translation>
    </message>
    <message>
        <source>they said no</source>
        <translation>die Firma hat abgesagt</translation>
    </message>
    <message>
        <source>you stepped back</source>
        <translation>Sie haben sich zurückgezogen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Through a contact</source>
        <translation>Über einen Kontakt</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Jobbörse</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <source>Cold application</source>
        <translation>Initiativbewerbung</translation>
    </message>
    <message>
        <source>Referred me</source>
        <translation>Hat mich empfohlen</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Inside contact</source>
        <translation>Kontakt im Unternehmen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Anschreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Eng</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffeetreffen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sent something</source>
        <translation>Etwas geschickt</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Gave me referrals</source>
        <translation>Hat mir Empfehlungen gegeben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>Ich habe gegeben</translation>
    </message>
    <message>
        <source>I asked</source>
        <translation>Ich habe gebeten</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>Ich habe erhalten</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>imported from LinkedIn</source>
        <translation>aus LinkedIn importiert</translation>
    </message>
    <message>
        <source>imported from a vCard</source>
        <translation>aus einer vCard importiert</translation>
    </message>
    <message>
        <source>imported from Google</source>
        <translation>aus Google importiert</translation>
    </message>
    <message>
        <source>imported from Outlook</source>
        <translation>aus Outlook importiert</translation>
    </message>
    <message>
        <source>scanned from a business card</source>
        <translation>von einer Visitenkarte gescannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Keep-in-touch status: in touch, due (time to reconnect) or overdue (going cold)</source>
        <translation>Kontaktpflege: in Kontakt, fällig (Zeit, sich zu melden) oder überfällig (kühlt ab)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Where they work; ★ marks a target company</source>
        <translation>Wo die Person arbeitet; ★ kennzeichnet eine Wunschfirma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>The circles they belong to</source>
        <translation>Die Kreise, zu denen die Person gehört</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>How far the relationship has come</source>
        <translation>Wie weit die Beziehung gekommen ist</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Last conversation, and whether it is time to reconnect</source>
        <translation>Letztes Gespräch und ob es Zeit ist, sich wieder zu melden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Next open follow-up</source>
        <translation>Nächste offene Wiedervorlage</translation>
    </message>
    <message>
        <source>Give/ask balance: what you gave minus what you asked (Always Be Giving)</source>
        <translation>Bilanz aus Geben und Bitten: was Sie gegeben haben minus das, worum Sie gebeten haben (immer erst geben)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>in Kontakt</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>not in touch yet</source>
        <translation>noch nicht in Kontakt</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Contact referral</source>
        <translation>Empfehlung kontaktieren</translation>
    </message>
    <message>
        <source>Update referrer</source>
        <translation>Empfehlende informieren</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Freundliche Erinnerung</translation>
    </message>
    <message>
        <source>Thank connection</source>
        <translation>Für Vernetzung danken</translation>
    </message>
    <message>
        <source>Review invitation</source>
        <translation>Einladung prüfen</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Monats-Update</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <source>Introduction check-in</source>
        <translation>Nachfrage zur Vermittlung</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Application check-in</source>
        <translation>Nachfrage zur Bewerbung</translation>
    </message>
    <message>
        <source>Interview thank-you</source>
        <translation>Dank nach Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Job news for referrer</source>
        <translation>Neuigkeiten für Empfehlende</translation>
    </message>
    <message>
        <source>Interview prep</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Quiet opportunity</source>
        <translation>Stelle ohne Neuigkeiten</translation>
    </message>
    <message>
        <source>Reminder (mine)</source>
        <translation>Erinnerung (eigene)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events with people in your network.</source>
        <translation>Anrufe, Kaffeetreffen, Treffen, Mittagessen und Veranstaltungen mit Menschen aus Ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>Thank-yous on time</source>
        <translation>Pünktlich gedankt</translation>
    </message>
    <message>
        <source>thank-yous</source>
        <translation>Dankesnachrichten</translation>
    </message>
    <message>
        <source>Thank-you follow-ups done by the day they were due — the same day is best.</source>
        <translation>Dankes-Wiedervorlagen, erledigt bis zum Fälligkeitstag – am selben Tag ist am besten.</translation>
    </message>
    <message>
        <source>Pitch rehearsals</source>
        <translation>Pitch-Übungen</translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Timed runs of one of your pitches.</source>
        <translation>Gestoppte Durchläufe eines Ihrer Pitches.</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Geben</translation>
    </message>
    <message>
        <source>gives</source>
        <translation>Gaben</translation>
    </message>
    <message>
        <source>Introductions, articles or events shared, advice offered — anything you noted as “I gave”.</source>
        <translation>Vermittlungen, geteilte Artikel oder Veranstaltungen, angebotener Rat – alles, was Sie als „Ich habe gegeben“ notiert haben.</translation>
    </message>
    <message>
        <source>Thank-you after a conversation</source>
        <translation>Dank nach einem Gespräch</translation>
    </message>
    <message>
        <source>After a call, coffee, meeting, lunch or event: send a short thank-you the same day.</source>
        <translation>Nach einem Anruf, Kaffeetreffen, Treffen, Mittagessen oder einer Veranstaltung: am selben Tag kurz Danke sagen.</translation>
    </message>
    <message>
        <source>Contact a referral</source>
        <translation>Eine Empfehlung kontaktieren</translation>
    </message>
    <message>
        <source>When someone is referred to you: get in touch within a few days (an unused introduction embarrasses the person who made it).</source>
        <translation>Wenn Ihnen jemand empfohlen wird: innerhalb weniger Tage Kontakt aufnehmen (eine ungenutzte Vorstellung bringt die Person, die sie gemacht hat, in Verlegenheit).</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Den Empfehlenden erzählen, wie es lief</translation>
    </message>
    <message>
        <source>After the first conversation with a referred contact: let the person who referred them know.</source>
        <translation>Nach dem ersten Gespräch mit einem empfohlenen Kontakt: der Person Bescheid geben, die ihn empfohlen hat.</translation>
    </message>
    <message>
        <source>Friendly reminder after sending something</source>
        <translation>Freundliche Erinnerung, nachdem Sie etwas geschickt haben</translation>
    </message>
    <message>
        <source>After you send a target list, résumé or article: one polite reminder if you have not heard back (7–10 days is about right).</source>
        <translation>Nachdem Sie eine Wunschliste, einen Lebenslauf oder einen Artikel geschickt haben: eine höfliche Erinnerung, wenn keine Antwort kommt (7–10 Tage sind etwa richtig).</translation>
    </message>
    <message>
        <source>Check in after an introduction</source>
        <translation>Nach einer Vermittlung nachfragen</translation>
    </message>
    <message>
        <source>A week after you introduce two people: ask each of them how it went — and whether they have met yet.</source>
        <translation>Eine Woche nachdem Sie zwei Menschen bekannt gemacht haben: beide fragen, wie es gelaufen ist – und ob sie sich schon getroffen haben.</translation>
    </message>
    <message>
        <source>Thank a new connection</source>
        <translation>Einer neuen Verbindung danken</translation>
    </message>
    <message>
        <source>When an invitation is accepted: thank them, ask what made them connect, propose a short chat.</source>
        <translation>Wenn eine Einladung angenommen wird: danken, fragen, was zur Vernetzung bewogen hat, ein kurzes Gespräch vorschlagen.</translation>
    </message>
    <message>
        <source>Review a pending invitation</source>
        <translation>Eine offene Einladung prüfen</translation>
    </message>
    <message>
        <source>When an invitation you sent stays unanswered: review it (withdraw it or let it go).</source>
        <translation>Wenn eine von Ihnen gesendete Einladung unbeantwortet bleibt: prüfen (zurückziehen oder ruhen lassen).</translation>
    </message>
    <message>
        <source>Check in after applying</source>
        <translation>Nach der Bewerbung nachfragen</translation>
    </message>
    <message>
        <source>When nothing has moved a week after you applied: a short, friendly note to the recruiter or the hiring manager (or whoever referred you).</source>
        <translation>Wenn sich eine Woche nach der Bewerbung nichts getan hat: eine kurze, freundliche Nachricht an Recruiting oder die einstellende Führungskraft (oder wer Sie empfohlen hat).</translation>
    </message>
    <message>
        <source>Thank each interviewer</source>
        <translation>Jedem Gesprächspartner danken</translation>
    </message>
    <message>
        <source>On the day of an interview: a thank-you to each person who interviewed you.</source>
        <translation>Am Tag eines Vorstellungsgesprächs: ein Dank an jede Person, die das Gespräch mit Ihnen geführt hat.</translation>
    </message>
    <message>
        <source>Tell the referrer how it is going</source>
        <translation>Den Empfehlenden erzählen, wie es läuft</translation>
    </message>
    <message>
        <source>After each stage change of an opportunity someone referred you to: let them know — they opened the door.</source>
        <translation>Nach jedem Phasenwechsel einer Stelle, für die Sie jemand empfohlen hat: Bescheid geben – diese Person hat Ihnen die Tür geöffnet.</translation>
    </message>
    <message>
        <source>Prepare for an interview</source>
        <translation>Auf ein Vorstellungsgespräch vorbereiten</translation>
    </message>
    <message>
        <source>Before an interview: read the prep sheet — the opportunity&apos;s notes, the people, your pitch.</source>
        <translation>Vor einem Vorstellungsgespräch: den Vorbereitungsbogen lesen – die Notizen zur Stelle, die Personen, Ihren Pitch.</translation>
    </message>
    <message>
        <source>Nudge a quiet opportunity</source>
        <translation>Bei einer stillen Stelle nachhaken</translation>
    </message>
    <message>
        <source>When nothing has happened with an open opportunity for a while: follow up, or let it go.</source>
        <translation>Wenn sich bei einer offenen Stelle eine Weile nichts getan hat: nachfassen oder ruhen lassen.</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>Worüber haben Sie gesprochen?</translation>
    </message>
    <message>
        <source>Where, and what did you learn?</source>
        <translation>Wo, und was haben Sie erfahren?</translation>
    </message>
    <message>
        <source>What came out of it?</source>
        <translation>Was ist dabei herausgekommen?</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>Welche Veranstaltung?</translation>
    </message>
    <message>
        <source>Subject or gist</source>
        <translation>Betreff oder Kern</translation>
    </message>
    <message>
        <source>Gist of the message</source>
        <translation>Kern der Nachricht</translation>
    </message>
    <message>
        <source>What you sent, e.g. my target company list</source>
        <translation>Was Sie geschickt haben, z. B. meine Liste der Wunschfirmen</translation>
    </message>
    <message>
        <source>Who did you introduce, and why?</source>
        <translation>Wen haben Sie bekannt gemacht, und warum?</translation>
    </message>
    <message>
        <source>Whom did they suggest?</source>
        <translation>Wen hat die Person vorgeschlagen?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Warm call</source>
        <translation>Empfehlungsanruf</translation>
    </message>
    <message>
        <source>Connection note</source>
        <translation>Vernetzungsnachricht</translation>
    </message>
    <message>
        <source>Thanks for connecting</source>
        <translation>Danke für die Vernetzung</translation>
    </message>
    <message>
        <source>Referral ask</source>
        <translation>Bitte um Empfehlungen</translation>
    </message>
    <message>
        <source>Update the referrer</source>
        <translation>Den Empfehlenden berichten</translation>
    </message>
    <message>
        <source>Introduction — ask first</source>
        <translation>Vermittlung – erst fragen</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Nothing given or asked yet. Introduce them to someone, share an article, offer advice — then note it here.</source>
        <translation>Noch nichts gegeben oder erbeten. Machen Sie die Person mit jemandem bekannt, teilen Sie einen Artikel, bieten Sie Rat an – und notieren Sie es hier.</translation>
    </message>
    <message>
        <source>Give:</source>
        <translation>Geben:</translation>
    </message>
    <message>
        <source>Note the ask anyway</source>
        <translation>Die Bitte trotzdem notieren</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>e.g. Introduced her to Joe at Northwind</source>
        <translation>z. B. Sie mit Joe bei Northwind bekannt gemacht</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&lt;b&gt;{line}&lt;/b&gt; — {verdict}</source>
        <translation>&lt;b&gt;{line}&lt;/b&gt; – {verdict}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick when it is done (delivered, answered)</source>
        <translation>Abhaken, wenn es erledigt ist (geliefert, beantwortet)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>LightWidget</name>
    <message>
        <source>Grey — keep going</source>
        <translation>Grau – weitersprechen</translation>
    </message>
    <message>
        <source>Green — you can finish</source>
        <translation>Grün – Sie können zum Ende kommen</translation>
    </message>
    <message>
        <source>Yellow — wrap up</source>
        <translation>Gelb – zum Schluss kommen</translation>
    </message>
    <message>
        <source>Red — time&apos;s up</source>
        <translation>Rot – die Zeit ist um</translation>
    </message>
    <message>
        <source>Rehearsal light: {state}</source>
        <translation>Übungsampel: {state}</translation>
    </message>
    <message>
        <source>Grey while you speak, green once you can finish, yellow to wrap up, red when time is up</source>
        <translation>Grau beim Sprechen, Grün, sobald Sie zum Ende kommen können, Gelb zum Abschließen, Rot, wenn die Zeit um ist</translation>
    </message>
</context>
<context>
    <name>LinkContactsDialog</name>
    <message>
        <source>Who does this pitch suit?</source>
        <translation>Zu wem passt dieser Pitch?</translation>
    </message>
    <message>
        <source>Search by name or company</source>
        <translation>Nach Name oder Firma suchen</translation>
    </message>
    <message>
        <source>Tick the people you would give this version of your pitch to.</source>
        <translation>Haken Sie die Personen an, denen Sie diese Fassung Ihres Pitches vortragen würden.</translation>
    </message>
    <message>
        <source>No contact matches. Add people on the Contacts page first.</source>
        <translation>Kein Kontakt passt. Fügen Sie zuerst auf der Seite „Kontakte“ Personen hinzu.</translation>
    </message>
    <message>
        <source>Showing the first {n}: type to narrow down.</source>
        <translation>Die ersten {n} werden gezeigt: Tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <source>{n} linked</source>
        <translation>{n} verknüpft</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Who? Type a name</source>
        <translation>Wer? Namen eingeben</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>How you were in touch: a coffee, a call, an email…</source>
        <translation>Wie Sie in Kontakt waren: ein Kaffeetreffen, ein Anruf, eine E-Mail…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>The other person of the introduction</source>
        <translation>Die andere Person der Vermittlung</translation>
    </message>
    <message>
        <source>Introduced to</source>
        <translation>Bekannt gemacht mit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything to remember: what they need, names they gave, promises made</source>
        <translation>Alles, was Sie sich merken sollten: was die Person braucht, genannte Namen, gegebene Versprechen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Erinnern in</translation>
    </message>
    <message>
        <source>Add a follow-up to get back in touch after the days set next</source>
        <translation>Eine Wiedervorlage anlegen, um sich nach den daneben eingestellten Tagen wieder zu melden</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Tage bis zur Erinnerung</translation>
    </message>
    <message>
        <source>How many days from today the follow-up falls due</source>
        <translation>In wie vielen Tagen ab heute die Wiedervorlage fällig ist</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Friendly reminder about what I sent</source>
        <translation>Freundliche Erinnerung an das, was ich geschickt habe</translation>
    </message>
    <message>
        <source>Send a thank-you today, and ask who else they&apos;d recommend you talk to.</source>
        <translation>Bedanken Sie sich noch heute und fragen Sie, mit wem Sie noch sprechen sollten.</translation>
    </message>
    <message>
        <source>If you hear nothing, one friendly reminder after a week to ten days is right.</source>
        <translation>Wenn Sie nichts hören, ist eine freundliche Erinnerung nach sieben bis zehn Tagen genau richtig.</translation>
    </message>
    <message>
        <source>a thank-you, due {day}</source>
        <translation>einen Dank, fällig {day}</translation>
    </message>
    <message>
        <source>a friendly reminder, due {day}</source>
        <translation>eine freundliche Erinnerung, fällig {day}</translation>
    </message>
    <message>
        <source>the introduction on both timelines and a give in both ledgers</source>
        <translation>die Vermittlung in beiden Verläufen und ein Geben in beiden Bilanzen</translation>
    </message>
    <message>
        <source>a check-in with each of them, due {day}</source>
        <translation>eine Nachfrage bei beiden, fällig {day}</translation>
    </message>
    <message>
        <source>the next reconnect moves to {day}</source>
        <translation>nächstes Wiedermelden: {day}</translation>
    </message>
    <message>
        <source>Rapport will add: {items}.</source>
        <translation>Rapport fügt hinzu: {items}.</translation>
    </message>
    <message>
        <source>Choose who it was with: type part of their name and pick them.</source>
        <translation>Wählen Sie, mit wem es war: Geben Sie einen Teil des Namens ein und wählen Sie die Person aus.</translation>
    </message>
    <message>
        <source>No contact matches {text!r} for the introduction.</source>
        <translation>Kein Kontakt passt zu {text!r} für die Vermittlung.</translation>
    </message>
    <message>
        <source>Friendly reminder to {name}</source>
        <translation>Freundliche Erinnerung an {name}</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation>Die Vermittlung konnte nicht erfasst werden; Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — sample data</source>
        <translation>{app} – Beispieldaten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import contacts from LinkedIn, Google, Outlook or vCard files</source>
        <translation>Kontakte aus LinkedIn, Google, Outlook oder vCard-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export contacts as vCard or CSV, or everything as JSON</source>
        <translation>Kontakte als vCard oder CSV exportieren, oder alles als JSON</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder where Rapport keeps your data</source>
        <translation>Den Ordner zeigen, in dem Rapport Ihre Daten aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Rapport</source>
        <translation>Rapport beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Contact…</source>
        <translation>Kontakt &amp;suchen…</translation>
    </message>
    <message>
        <source>Search your contacts</source>
        <translation>Ihre Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact</source>
        <translation>Einen Anruf, ein Kaffeetreffen, eine E-Mail… mit einem Kontakt erfassen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>{page} zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Rule cadences, your data folder and more</source>
        <translation>Rhythmen der Regeln, Ihr Datenordner und mehr</translation>
    </message>
    <message>
        <source>&amp;Prepare for a Meeting…</source>
        <translation>Auf ein Treffen &amp;vorbereiten…</translation>
    </message>
    <message>
        <source>What you know, your questions and your pitch, before you meet someone</source>
        <translation>Was Sie wissen, Ihre Fragen und Ihr Pitch, bevor Sie jemanden treffen</translation>
    </message>
    <message>
        <source>&amp;Introduce Two Contacts…</source>
        <translation>Zwei Kontakte bekannt &amp;machen…</translation>
    </message>
    <message>
        <source>Introduce two people who should know each other — a give for both</source>
        <translation>Zwei Menschen bekannt machen, die sich kennen sollten – ein Geben für beide</translation>
    </message>
    <message>
        <source>&amp;Scripts…</source>
        <translation>&amp;Leitfäden…</translation>
    </message>
    <message>
        <source>Call scripts and email templates: preview, copy, open in your mail program</source>
        <translation>Gesprächsleitfäden und E-Mail-Vorlagen: Vorschau, kopieren, im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Monthly Update…</source>
        <translation>&amp;Monats-Update…</translation>
    </message>
    <message>
        <source>Draft this month&apos;s update to everyone you have talked with</source>
        <translation>Das Update dieses Monats an alle entwerfen, mit denen Sie gesprochen haben</translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation>ICS exportieren…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation>Die offenen Wiedervorlagen als Kalenderdatei speichern (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>A short guide to Rapport (offline)</source>
        <translation>Eine kurze Anleitung zu Rapport (offline)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of Rapport&apos;s log file, to attach it to a problem report</source>
        <translation>Den Ordner der Protokolldatei von Rapport zeigen, um sie einer Fehlermeldung beizufügen</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Ü&amp;ber Rapport</translation>
    </message>
    <message>
        <source>Version, licence and data folder</source>
        <translation>Version, Lizenz und Datenordner</translation>
    </message>
    <message>
        <source>Log  {key}</source>
        <translation>Erfassen  {key}</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact (Ctrl+L)</source>
        <translation>Einen Anruf, ein Kaffeetreffen, eine E-Mail… mit einem Kontakt erfassen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation>Beispieldaten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Could not make the sample data:
{error}</source>
        <translation>Die Beispieldaten konnten nicht erstellt werden:
{error}</translation>
    </message>
    <message>
        <source>Could not start a second Rapport window.</source>
        <translation>Ein zweites Rapport-Fenster konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Opening sample data from {path}</source>
        <translation>Beispieldaten werden aus {path} geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln heute fällig</numerusform>
            <numerusform>%Ln heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: {o} overdue, {t} due today (Ctrl+1)</source>
        <translation>Heute: {o} überfällig, {t} heute fällig (Ctrl+1)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>Pitches</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>MeetingPrepDialog</name>
    <message>
        <source>Meeting prep</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print the prep sheet</source>
        <translation>Den Vorbereitungsbogen drucken</translation>
    </message>
    <message>
        <source>Save the prep sheet as a PDF</source>
        <translation>Den Vorbereitungsbogen als PDF speichern</translation>
    </message>
    <message>
        <source>Log the meeting (after it)</source>
        <translation>Das Treffen erfassen (danach)</translation>
    </message>
    <message>
        <source>Prepare: {name}</source>
        <translation>Vorbereiten: {name}</translation>
    </message>
    <message>
        <source>Prepare: {name}, {role}</source>
        <translation>Vorbereiten: {name}, {role}</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} mit {name}</translation>
    </message>
    <message>
        <source>Logged the {kind}.</source>
        <translation>{kind} erfasst.</translation>
    </message>
    <message>
        <source>Send your thank-you today.</source>
        <translation>Schicken Sie Ihren Dank noch heute.</translation>
    </message>
    <message>
        <source>Save the prep sheet</source>
        <translation>Vorbereitungsbogen speichern</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge into one person</source>
        <translation>Zu einer Person zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{keep}&lt;/b&gt; stays; &lt;b&gt;{other}&lt;/b&gt; moves to the trash once everything is copied over.</source>
        <translation>&lt;b&gt;{keep}&lt;/b&gt; bleibt; &lt;b&gt;{other}&lt;/b&gt; kommt in den Papierkorb, sobald alles übernommen ist.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Den anderen behalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>No conflicting fields: the other&apos;s details fill the gaps.</source>
        <translation>Keine widersprüchlichen Felder: Die Angaben des anderen füllen die Lücken.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entr(y/ies)</source>
        <translation>
            <numerusform>%n Eintrag in der Bilanz</numerusform>
            <numerusform>%n Einträge in der Bilanz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n Empfehlung</numerusform>
            <numerusform>%n Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n Kreis</numerusform>
            <numerusform>%n Kreise</numerusform>
        </translation>
    </message>
    <message>
        <source>Also kept from {other}: {items}.</source>
        <translation>Ebenfalls von {other} übernommen: {items}.</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) takes the merge back.</source>
        <translation>Bearbeiten → Rückgängig (Ctrl+Z) macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MonthlyUpdateDialog</name>
    <message>
        <source>Monthly update</source>
        <translation>Monats-Update</translation>
    </message>
    <message>
        <source>People who thought of something weeks later assume you found a job unless you tell them otherwise. Send a short update every month to everyone you have talked with.</source>
        <translation>Wer Wochen später eine Idee hat, nimmt an, Sie hätten schon eine Stelle – es sei denn, Sie sagen etwas anderes. Schicken Sie jeden Monat allen, mit denen Sie gesprochen haben, ein kurzes Update.</translation>
    </message>
    <message>
        <source>The month the update tells about; its summary is drafted from it</source>
        <translation>Der Monat, von dem das Update erzählt; daraus entsteht der Entwurf der Zusammenfassung</translation>
    </message>
    <message>
        <source>The wording the update email is written with</source>
        <translation>Die Vorlage, mit der die Update-E-Mail formuliert wird</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>What I did this month</source>
        <translation>Was ich diesen Monat getan habe</translation>
    </message>
    <message>
        <source>Drafted from the month&apos;s conversations; edit it before you send the update</source>
        <translation>Aus den Gesprächen des Monats entworfen; passen Sie den Text an, bevor Sie das Update verschicken</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Everyone you have talked with who has an email address: they get the update</source>
        <translation>Alle, mit denen Sie gesprochen haben und deren E-Mail-Adresse Sie kennen; an sie geht das Update</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The email as the first recipient will read it</source>
        <translation>Die E-Mail so, wie der erste Empfänger sie lesen wird</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy the update (greeting “Hi all”) to the clipboard</source>
        <translation>Das Update (Anrede „Hallo zusammen“) in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save .eml drafts…</source>
        <translation>.eml-Entwürfe speichern…</translation>
    </message>
    <message>
        <source>One personalised draft per person, in a folder you choose</source>
        <translation>Ein persönlicher Entwurf pro Person, in einem Ordner Ihrer Wahl</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Opens your mail program with up to {n} people in BCC; click again for the next batch</source>
        <translation>Öffnet Ihr Mailprogramm mit bis zu {n} Personen in BCC; klicken Sie erneut für die nächste Gruppe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the monthly update without sending anything</source>
        <translation>Schließt das Monats-Update, ohne etwas zu versenden</translation>
    </message>
    <message>
        <source>Nobody yet: people appear here once you have talked with them.</source>
        <translation>Noch niemand: Personen erscheinen hier, sobald Sie mit ihnen gesprochen haben.</translation>
    </message>
    <message>
        <source>{n} more without an email address: {names}</source>
        <translation>{n} weitere ohne E-Mail-Adresse: {names}</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Betreff: {s}</translation>
    </message>
    <message>
        <source>Open in mail ({i} of {n})</source>
        <translation>Im Mailprogramm öffnen ({i} von {n})</translation>
    </message>
    <message>
        <source>No mail program answered. Save .eml drafts instead.</source>
        <translation>Kein Mailprogramm hat geantwortet. Speichern Sie stattdessen .eml-Entwürfe.</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Ordner für die Entwürfe</translation>
    </message>
    <message>
        <source>Save drafts</source>
        <translation>Entwürfe speichern</translation>
    </message>
    <message>
        <source>Could not write the drafts:
{e}</source>
        <translation>Die Entwürfe konnten nicht geschrieben werden:
{e}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in {folder}.</source>
        <translation>
            <numerusform>%Ln Entwurf in {folder} gespeichert.</numerusform>
            <numerusform>%Ln Entwürfe in {folder} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiPanel</name>
    <message>
        <source>Add to circle…</source>
        <translation>Zu Kreis hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from circle…</source>
        <translation>Aus Kreis entfernen…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Phase setzen…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Diese beiden zusammenführen…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) selected</source>
        <translation>
            <numerusform>%Ln Kontakt ausgewählt</numerusform>
            <numerusform>%Ln Kontakte ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> und %Ln weiterer</numerusform>
            <numerusform> und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>+1 202 555 0143</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Primary: used first in exports and messages</source>
        <translation>Bevorzugt: wird in Exporten und Nachrichten zuerst verwendet</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stored as {e164}</source>
        <translation>Gespeichert als {e164}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Switch between Today, Contacts, Pitches, Calendar and Insights</source>
        <translation>Zwischen Heute, Kontakte, Pitches, Kalender und Auswertung wechseln</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>e.g. Ada Okafor</source>
        <translation>z. B. Ada Okafor</translation>
    </message>
    <message>
        <source>Where they work now; optional</source>
        <translation>Wo die Person heute arbeitet (optional)</translation>
    </message>
    <message>
        <source>Their mobile number; optional</source>
        <translation>Die Handynummer der Person (optional)</translation>
    </message>
    <message>
        <source>The group of people they belong to, such as former colleagues</source>
        <translation>Der Kreis, zu dem die Person gehört, etwa ehemalige Kollegen</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <source>Optional: who referred them</source>
        <translation>Optional: wer die Person empfohlen hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>New contact {name}</source>
        <translation>Neuer Kontakt {name}</translation>
    </message>
</context>
<context>
    <name>OpportunityProblem</name>
    <message>
        <source>an interview lasts 5 minutes to a day</source>
        <translation>ein Gespräch dauert 5 Minuten bis einen Tag</translation>
    </message>
    <message>
        <source>a round is 1–{most}</source>
        <translation>eine Runde ist 1–{most}</translation>
    </message>
    <message>
        <source>at most {most} interviews</source>
        <translation>höchstens {most} Gespräche</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (https://…)</source>
        <translation>{value!r} ist keine Webadresse (https://…)</translation>
    </message>
    <message>
        <source>which company is it at?</source>
        <translation>bei welcher Firma ist die Stelle?</translation>
    </message>
    <message>
        <source>what is the role, such as “Operations lead”?</source>
        <translation>wie heißt die Stelle, etwa „Betriebsleitung“?</translation>
    </message>
    <message>
        <source>{day} is in the future; a move is dated the day it happened</source>
        <translation>{day} liegt in der Zukunft; ein Schritt trägt das Datum, an dem er geschah</translation>
    </message>
    <message>
        <source>{day} is before {first}, when it got here</source>
        <translation>{day} liegt vor dem {first}, als die Stelle hierher kam</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} liegt zu weit zurück</translation>
    </message>
    <message>
        <source>at most {most} people</source>
        <translation>höchstens {most} Personen</translation>
    </message>
    <message>
        <source>{day} is after the next move ({next})</source>
        <translation>{day} liegt nach dem nächsten Schritt ({next})</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>Prepare for a meeting</source>
        <translation>Auf ein Treffen vorbereiten</translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation>Wen treffen Sie?</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>PictureProblem</name>
    <message>
        <source>iPhone photos (HEIC) need the optional HEIC support: `pip install &apos;rapport[heic]&apos;`.</source>
        <translation>iPhone-Fotos (HEIC) brauchen die optionale HEIC-Unterstützung: `pip install &apos;rapport[heic]&apos;`.</translation>
    </message>
    <message>
        <source>the file is {size} MB; pictures up to 40 MB can be read</source>
        <translation>die Datei ist {size} MB groß; Bilder bis 40 MB können gelesen werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is not a picture Rapport can read (use a JPEG, PNG or HEIC photo or scan)</source>
        <translation>ist kein Bild, das Rapport lesen kann (verwenden Sie ein JPEG-, PNG- oder HEIC-Foto oder einen Scan)</translation>
    </message>
    <message>
        <source>is a HEIC photo. {hint}</source>
        <translation>ist ein HEIC-Foto. {hint}</translation>
    </message>
    <message>
        <source>the HEIC photo could not be decoded ({reason})</source>
        <translation>das HEIC-Foto konnte nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>PitchEditor</name>
    <message>
        <source>Pitch text</source>
        <translation>Text des Pitches</translation>
    </message>
    <message>
        <source>What you say about yourself in thirty seconds; hard words and long sentences are underlined</source>
        <translation>Was Sie in dreißig Sekunden über sich sagen; schwierige Wörter und lange Sätze werden unterstrichen</translation>
    </message>
</context>
<context>
    <name>PitchHeader</name>
    <message>
        <source>Pitch title</source>
        <translation>Titel des Pitches</translation>
    </message>
    <message>
        <source>Title, e.g. Recruiter</source>
        <translation>Titel, z. B. Recruiter</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Who this version is for: a recruiter, a neighbour, an engineer…</source>
        <translation>Für wen diese Fassung ist: eine Recruiterin, ein Nachbar, ein Ingenieur…</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Ziellänge in Sekunden</translation>
    </message>
    <message>
        <source>Target </source>
        <translation>Ziel </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the pitch may take. The lights scale with it.</source>
        <translation>Wie lange der Pitch dauern darf. Die Ampel richtet sich danach.</translation>
    </message>
    <message>
        <source>Speaking pace in words a minute</source>
        <translation>Sprechtempo in Wörtern pro Minute</translation>
    </message>
    <message>
        <source>Pace </source>
        <translation>Tempo </translation>
    </message>
    <message>
        <source> wpm</source>
        <translation> W/Min.</translation>
    </message>
    <message>
        <source>Your speaking pace in words a minute: 150 is a relaxed, clear pace.</source>
        <translation>Ihr Sprechtempo in Wörtern pro Minute: 150 ist ein ruhiges, deutliches Tempo.</translation>
    </message>
    <message>
        <source>When the rehearsal light turns green and yellow</source>
        <translation>Wann die Übungsampel grün und gelb wird</translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits (Ctrl+Shift+L)</source>
        <translation>Diesen Pitch mit den Menschen verknüpfen, zu denen er passt (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lights {g:g} / {y:g} / {r:g} s</source>
        <translation>Ampel {g:g} / {y:g} / {r:g} s</translation>
    </message>
    <message>
        <source>Suits: {names}</source>
        <translation>Passt zu: {names}</translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation>Kontakte verknüpfen…</translation>
    </message>
    <message>
        <source>Suits {names}</source>
        <translation>Passt zu {names}</translation>
    </message>
    <message>
        <source>Suits {a}, {b} +{n}</source>
        <translation>Passt zu {a}, {b} +{n}</translation>
    </message>
</context>
<context>
    <name>PitchListModel</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>{n}× rehearsed</source>
        <translation>{n}× geübt</translation>
    </message>
    <message>
        <source>about {e:.0f} s — {o:.0f} s over the target</source>
        <translation>etwa {e:.0f} s – {o:.0f} s über dem Ziel</translation>
    </message>
    <message>
        <source>about {e:.0f} s</source>
        <translation>etwa {e:.0f} s</translation>
    </message>
</context>
<context>
    <name>PitchPanel</name>
    <message>
        <source>Your pitch</source>
        <translation>Ihr Pitch</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Üben…</translation>
    </message>
    <message>
        <source>Open this pitch in rehearsal mode</source>
        <translation>Diesen Pitch im Übungsmodus öffnen</translation>
    </message>
    <message>
        <source>No pitch written yet</source>
        <translation>Noch kein Pitch geschrieben</translation>
    </message>
    <message>
        <source>Write a 30-second pitch in plain words on the Pitches page (Ctrl+3) and rehearse it.</source>
        <translation>Schreiben Sie auf der Seite „Pitches“ (Ctrl+3) einen 30-Sekunden-Pitch in einfachen Worten und üben Sie ihn.</translation>
    </message>
    <message>
        <source> · for {a}</source>
        <translation> · für {a}</translation>
    </message>
    <message>
        <source>Why this one: {reason}.</source>
        <translation>Warum dieser: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Last rehearsed {when} · %Ln run(s)</source>
        <translation>
            <numerusform>Zuletzt geübt {when} · %Ln Durchlauf</numerusform>
            <numerusform>Zuletzt geübt {when} · %Ln Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rehearsed yet — a few runs make it sound natural.</source>
        <translation>Noch nicht geübt – ein paar Durchläufe lassen ihn natürlich klingen.</translation>
    </message>
</context>
<context>
    <name>PitchProblem</name>
    <message>
        <source>a pitch needs a title, such as “Recruiter” or “Neighbour”</source>
        <translation>ein Pitch braucht einen Titel, etwa „Personalerin“ oder „Nachbar“</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>pace must be {low}–{high} words a minute, got {wpm}</source>
        <translation>das Tempo muss {low}–{high} Wörter pro Minute betragen, nicht {wpm}</translation>
    </message>
    <message>
        <source>at most {most} characters — a spoken pitch is far shorter</source>
        <translation>höchstens {most} Zeichen – ein gesprochener Pitch ist viel kürzer</translation>
    </message>
    <message>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>must be above 0 words a minute, got {wpm}</source>
        <translation>muss über 0 Wörtern pro Minute liegen, nicht {wpm}</translation>
    </message>
    <message>
        <source>must be above 0 seconds, got {seconds}</source>
        <translation>muss über 0 Sekunden liegen, nicht {seconds}</translation>
    </message>
    <message>
        <source>{seconds} s is outside {low}–{high} s</source>
        <translation>{seconds} s liegt außerhalb von {low}–{high} s</translation>
    </message>
    <message>
        <source>{green} s must be after the start</source>
        <translation>{green} s muss nach dem Start liegen</translation>
    </message>
    <message>
        <source>{green} s must come before yellow ({yellow} s)</source>
        <translation>{green} s muss vor Gelb ({yellow} s) kommen</translation>
    </message>
    <message>
        <source>{yellow} s must not come after the target ({target} s)</source>
        <translation>{yellow} s darf nicht nach dem Ziel ({target} s) kommen</translation>
    </message>
</context>
<context>
    <name>PitchSaver</name>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved automatically as you type; Ctrl+S keeps a version</source>
        <translation>Wird beim Tippen automatisch gespeichert; Ctrl+S bewahrt eine Version auf</translation>
    </message>
    <message>
        <source>Not saved — see the log</source>
        <translation>Nicht gespeichert – siehe Protokoll</translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation>die Datenbank ist belegt (ein anderes Programm oder eine Synchronisation schreibt gerade)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Not saved yet: {what} — your text is kept; trying again in {n} s</source>
        <translation>Noch nicht gespeichert: {what} – Ihr Text bleibt erhalten; neuer Versuch in {n} s</translation>
    </message>
    <message>
        <source>Your pitch is saved.</source>
        <translation>Ihr Pitch ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>PitchesPage</name>
    <message>
        <source>Pitches</source>
        <translation>Pitches</translation>
    </message>
    <message>
        <source>Your pitches; choose one to write, rehearse or look back on it</source>
        <translation>Ihre Pitches; wählen Sie einen aus, um ihn zu schreiben, zu üben oder seinen Verlauf anzusehen</translation>
    </message>
    <message>
        <source>No pitch yet. Start typing on the right: your first 30-second pitch is created as you write.</source>
        <translation>Noch kein Pitch. Fangen Sie rechts an zu tippen: Ihr erster 30-Sekunden-Pitch entsteht beim Schreiben.</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Neuer Pitch</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Duplicate, delete, link contacts, print</source>
        <translation>Duplizieren, löschen, Kontakte verknüpfen, drucken</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>My pitch</source>
        <translation>Mein Pitch</translation>
    </message>
    <message>
        <source>Also changed elsewhere — your text is kept; the other version is in Revisions</source>
        <translation>Auch anderswo geändert – Ihr Text bleibt erhalten; die andere Version finden Sie unter „Versionen“</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Version saved</source>
        <translation>Version gespeichert</translation>
    </message>
    <message>
        <source>Pitch {n}</source>
        <translation>Pitch {n}</translation>
    </message>
    <message>
        <source>Pitch deleted — Ctrl+Z brings it back</source>
        <translation>Pitch gelöscht – Ctrl+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Pitch not changed</source>
        <translation>Pitch nicht geändert</translation>
    </message>
    <message>
        <source>Restore pitch version</source>
        <translation>Pitch-Version wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PrepHeader</name>
    <message>
        <source>Prepare for {name}</source>
        <translation>Vorbereitung für {name}</translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation>Beziehung: {tie}</translation>
    </message>
    <message>
        <source>{kind} {day}, {time}{summary}</source>
        <translation>{kind} {day}, {time}{summary}</translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation>, fällig {day}</translation>
    </message>
    <message>
        <source>For: {title}{due}</source>
        <translation>Für: {title}{due}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. This is what the import will do.</source>
        <translation>Noch wurde nichts geändert. So wird der Import aussehen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>What else the file brings</source>
        <translation>Was die Datei außerdem bringt</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Anzuzeigende Zeilen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <source>Already here (merged)</source>
        <translation>Schon vorhanden (zusammengeführt)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Show only the rows that will be added, merged or skipped</source>
        <translation>Nur die Zeilen zeigen, die hinzugefügt, zusammengeführt oder übersprungen werden</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>{path}&lt;br&gt;{format} · {encoding}</source>
        <translation>{path}&lt;br&gt;{format} · {encoding}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) (kept apart)</source>
        <translation>
            <numerusform>%Ln mögliche Dublette (getrennt gehalten)</numerusform>
            <numerusform>%Ln mögliche Dubletten (getrennt gehalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {n} of {total} rows.</source>
        <translation>Die ersten {n} von {total} Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <source>There is nobody to import in this file: every row has a problem (see Details).</source>
        <translation>In dieser Datei gibt es niemanden zu importieren: Jede Zeile hat ein Problem (siehe Details).</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation>Erzählen Sie Rapport von sich</translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Discard your changes to your profile?</source>
        <translation>Ihre Änderungen am Profil verwerfen?</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>z. B. Sam Rivera</translation>
    </message>
    <message>
        <source>Your name as you introduce yourself</source>
        <translation>Ihr Name, so wie Sie sich vorstellen</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzprofil</translation>
    </message>
    <message>
        <source>e.g. Operations manager · warehouses that ship on time</source>
        <translation>z. B. Betriebsleiterin · Lager, die pünktlich liefern</translation>
    </message>
    <message>
        <source>One line saying what you do; it goes under your name on your card</source>
        <translation>Eine Zeile dazu, was Sie tun; sie steht auf Ihrer Karte unter Ihrem Namen</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Ich suche</translation>
    </message>
    <message>
        <source>e.g. an operations manager role at a logistics company</source>
        <translation>z. B. eine Stelle als Betriebsleiterin in der Logistik</translation>
    </message>
    <message>
        <source>What you are looking for, in words a neighbour understands (used in your emails)</source>
        <translation>Was Sie suchen, in Worten, die Ihr Nachbar versteht (wird in Ihren E-Mails verwendet)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The address people should write to</source>
        <translation>Die Adresse, an die man Ihnen schreiben soll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. (202) 555-0147</source>
        <translation>z. B. 030 1234567</translation>
    </message>
    <message>
        <source>As you would write it for people to dial</source>
        <translation>So, wie man die Nummer wählen soll</translation>
    </message>
    <message>
        <source>Your LinkedIn profile address</source>
        <translation>Die Adresse Ihres LinkedIn-Profils</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>e.g. yourname.com</source>
        <translation>z. B. ihrname.de</translation>
    </message>
    <message>
        <source>A personal site or portfolio, if you have one</source>
        <translation>Eine persönliche Website oder ein Portfolio, falls vorhanden</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>e.g. Springfield</source>
        <translation>z. B. Leipzig</translation>
    </message>
    <message>
        <source>Where you live or want to work</source>
        <translation>Wo Sie wohnen oder arbeiten möchten</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>This is you: it goes on your business card, under your emails and into your monthly update. It stays on this computer.</source>
        <translation>Das sind Sie: Es steht auf Ihrer Visitenkarte, unter Ihren E-Mails und in Ihrem Monats-Update. Es bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>How people reach you</source>
        <translation>Wie man Sie erreicht</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>A friendly head-and-shoulders picture (JPEG or PNG)</source>
        <translation>Ein freundliches Brustbild (JPEG oder PNG)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove your photo</source>
        <translation>Ihr Foto entfernen</translation>
    </message>
    <message>
        <source>Choose your photo</source>
        <translation>Ihr Foto auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} is not a picture Rapport can read ({reason})</source>
        <translation>{file} ist kein Bild, das Rapport lesen kann ({reason})</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Everything is saved in one step at the end, so a cancelled import changes nothing.</source>
        <translation>Alles wird am Ende in einem Schritt gespeichert, ein abgebrochener Import ändert also nichts.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves your contacts exactly as they were.</source>
        <translation>„Abbrechen“ stoppt den Import und lässt Ihre Kontakte genau so, wie sie waren.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (Enter adds)</source>
        <translation>Name (Enter fügt hinzu)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this person to the list (Enter)</source>
        <translation>Diese Person zur Liste hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Hinzugefügte Personen</translation>
    </message>
    <message>
        <source>The people you have added in this window, newest first</source>
        <translation>Die Personen, die Sie in diesem Fenster hinzugefügt haben, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Already in your contacts ({n}) — add anyway if it is someone else.</source>
        <translation>Schon in Ihren Kontakten ({n}) – trotzdem hinzufügen, wenn es jemand anderes ist.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Geben Sie zuerst einen Namen ein.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>How natural did it feel?</source>
        <translation>Wie natürlich hat es sich angefühlt?</translation>
    </message>
    <message>
        <source>Rate this run {n} of 5 (key {n})</source>
        <translation>Diesen Durchlauf mit {n} von 5 bewerten (Taste {n})</translation>
    </message>
    <message>
        <source>A note for next time (optional): e.g. “slow down at the numbers”</source>
        <translation>Eine Notiz fürs nächste Mal (optional): z. B. „bei den Zahlen langsamer“</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Durchlauf speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Forget this run (Esc)</source>
        <translation>Diesen Durchlauf vergessen (Esc)</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>No referrals yet. After each conversation, ask “Who else would you recommend I talk to?” and add the names with “Ask for referrals…”.</source>
        <translation>Noch keine Empfehlungen. Fragen Sie nach jedem Gespräch: „Mit wem sollte ich Ihrer Meinung nach noch sprechen?“, und tragen Sie die Namen mit „Um Empfehlungen bitten…“ ein.</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Um Empfehlungen bitten…</translation>
    </message>
    <message>
        <source>Add the people this contact recommends, referred by them</source>
        <translation>Die Personen hinzufügen, die dieser Kontakt empfiehlt, als von ihm empfohlen</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Empfehlungsbaum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation>Doppelklick öffnet eine Person</translation>
    </message>
    <message>
        <source>Referred {next}</source>
        <translation>Hat {next} empfohlen</translation>
    </message>
    <message>
        <source>the person below</source>
        <translation>die Person darunter</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Empfohlen von {name}</translation>
    </message>
    <message>
        <source>chain started with {root}</source>
        <translation>Kette begann mit {root}</translation>
    </message>
    <message>
        <source>referred {direct} directly, {total} in all</source>
        <translation>hat {direct} direkt empfohlen, {total} insgesamt</translation>
    </message>
    <message>
        <source>referred {n}</source>
        <translation>hat {n} empfohlen</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (im Papierkorb)</translation>
    </message>
</context>
<context>
    <name>RehearsalController</name>
    <message>
        <source>Start or stop the rehearsal timer</source>
        <translation>Den Übungstimer starten oder anhalten</translation>
    </message>
    <message>
        <source>Leave rehearsal mode</source>
        <translation>Übungsmodus verlassen</translation>
    </message>
    <message>
        <source>Run cancelled — not saved</source>
        <translation>Durchlauf abgebrochen – nicht gespeichert</translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation>Ihr Pitch</translation>
    </message>
    <message>
        <source>{title} · target {t} s</source>
        <translation>{title} · Ziel {t} s</translation>
    </message>
</context>
<context>
    <name>RehearsalTableModel</name>
    <message>
        <source>{n:.0f} wpm</source>
        <translation>{n:.0f} W/Min.</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>On target: ended between the green light and the target</source>
        <translation>Im Ziel: zwischen grünem Licht und Zielzeit beendet</translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation>{s:.1f} s über dem Ziel</translation>
    </message>
    <message>
        <source>Ended before the green light</source>
        <translation>Vor dem grünen Licht beendet</translation>
    </message>
    <message>
        <source>Rated {n} of 5</source>
        <translation>Bewertet mit {n} von 5</translation>
    </message>
    <message>
        <source>Play the recording of this run</source>
        <translation>Die Aufnahme dieses Durchlaufs abspielen</translation>
    </message>
</context>
<context>
    <name>RehearsalView</name>
    <message>
        <source>Rehearsal</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Space starts and stops the timer; Esc leaves rehearsal mode</source>
        <translation>Leertaste startet und stoppt die Zeitmessung; Esc beendet das Üben</translation>
    </message>
    <message>
        <source>Time spoken so far</source>
        <translation>Bisher gesprochene Zeit</translation>
    </message>
    <message>
        <source>Pitch text</source>
        <translation>Text des Pitches</translation>
    </message>
    <message>
        <source>The pitch to say aloud, in large type</source>
        <translation>Der Pitch zum lauten Vortragen, in großer Schrift</translation>
    </message>
    <message>
        <source>Green {g} · Yellow {y} · Red {r}</source>
        <translation>Grün {g} · Gelb {y} · Rot {r}</translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation>{s:.1f} s über dem Ziel</translation>
    </message>
    <message>
        <source>under the green light — slow down or say more</source>
        <translation>vor dem grünen Licht – langsamer sprechen oder mehr sagen</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>{time} · {words} words · {wpm:.0f} words a minute — {verdict}</source>
        <translation>{time} · {words} Wörter · {wpm:.0f} Wörter pro Minute – {verdict}</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Bereit machen…</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Space drücken zum Starten</translation>
    </message>
    <message>
        <source>Stopped — Space to go again</source>
        <translation>Angehalten – Space für einen neuen Durchlauf</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>During the meeting</source>
        <translation>Während des Treffens</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>What you found out about this person before meeting them; saved as you type</source>
        <translation>Was Sie vor dem Treffen über die Person herausgefunden haben; wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>What you found out before meeting them: their company&apos;s news, their role, a talk they gave, people you both know…</source>
        <translation>Was Sie vor dem Treffen herausgefunden haben: Neuigkeiten der Firma, ihre Rolle, ein Vortrag, gemeinsame Bekannte…</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen können</translation>
    </message>
    <message>
        <source>Asking good questions is a gift in itself: who, what, why, where, when. Tick them off.</source>
        <translation>Gute Fragen zu stellen ist schon ein Geschenk: wer, was, warum, wo, wann. Haken Sie sie ab.</translation>
    </message>
    <message>
        <source>Tick each question once you have asked it; Delete removes one of your own</source>
        <translation>Haken Sie jede Frage ab, sobald Sie sie gestellt haben; Delete entfernt eine Ihrer eigenen</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Ihre eigene Frage</translation>
    </message>
    <message>
        <source>Add a question of your own</source>
        <translation>Eine eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the question typed beside it to the list</source>
        <translation>Die daneben eingegebene Frage zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Diese Frage entfernen</translation>
    </message>
    <message>
        <source>Remove one of your own questions</source>
        <translation>Eine Ihrer eigenen Fragen entfernen</translation>
    </message>
    <message>
        <source>Your own question (Delete removes it)</source>
        <translation>Ihre eigene Frage (Delete entfernt sie)</translation>
    </message>
    <message>
        <source>A “{word}” question</source>
        <translation>Eine „{word}“-Frage</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>automatic, daily</source>
        <translation>automatisch, täglich</translation>
    </message>
    <message>
        <source>saved by you</source>
        <translation>von Ihnen gespeichert</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is kept as a backup.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre aktuellen Daten werden als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The automatic backups, newest first; double-click one to restore it</source>
        <translation>Die automatischen Sicherungen, neueste zuerst; ein Doppelklick stellt eine wieder her</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>No automatic backups yet: Rapport makes one each day you open it.</source>
        <translation>Noch keine automatischen Sicherungen: Rapport erstellt eine an jedem Tag, an dem Sie es öffnen.</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Choose a backup file saved somewhere else and restore it</source>
        <translation>Eine anderswo gespeicherte Sicherungsdatei wählen und wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to the chosen backup; your current data is kept as a backup</source>
        <translation>Zur gewählten Sicherung zurückkehren; Ihre aktuellen Daten werden als Sicherung aufbewahrt</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Eine Sicherung auswählen</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3);;All files (*)</source>
        <translation>Rapport-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Versionen</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Earlier versions of the pitch, newest first, with their length</source>
        <translation>Frühere Versionen des Pitches, neueste zuerst, mit ihrer Länge</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Die ausgewählte Version</translation>
    </message>
    <message>
        <source>The text of the version chosen in the list, compared with the current text</source>
        <translation>Der Text der in der Liste gewählten Version, verglichen mit dem aktuellen Text</translation>
    </message>
    <message>
        <source>No earlier versions yet. Versions are kept as you write (one per pause of five minutes or more), and Ctrl+S keeps one on demand.</source>
        <translation>Noch keine früheren Versionen. Versionen werden beim Schreiben aufbewahrt (eine pro Pause von fünf Minuten oder mehr), und Ctrl+S bewahrt jederzeit eine auf.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the text with this version (undo with Ctrl+Z)</source>
        <translation>Den Text durch diese Version ersetzen (rückgängig mit Ctrl+Z)</translation>
    </message>
    <message>
        <source>Same as the current text.</source>
        <translation>Wie der aktuelle Text.</translation>
    </message>
    <message>
        <source>Restoring this version removes the &lt;s&gt;struck&lt;/s&gt; words and brings back the &lt;u&gt;underlined&lt;/u&gt; ones.</source>
        <translation>Das Wiederherstellen dieser Version entfernt die &lt;s&gt;durchgestrichenen&lt;/s&gt; Wörter und holt die &lt;u&gt;unterstrichenen&lt;/u&gt; zurück.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>After something happens</source>
        <translation>Wenn etwas passiert ist</translation>
    </message>
    <message>
        <source>Rapport does the remembering: each rule adds a follow-up after the event. Choose how long each waits; turn off what you don&apos;t use. Changes move the open follow-ups of that rule.</source>
        <translation>Rapport übernimmt das Erinnern: Jede Regel legt nach dem Ereignis eine Wiedervorlage an. Wählen Sie, wie lange jede wartet; schalten Sie ab, was Sie nicht nutzen. Änderungen verschieben die offenen Wiedervorlagen dieser Regel.</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}: Tage</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Monats-Update</translation>
    </message>
    <message>
        <source>Remind me to send an update to my network on the first</source>
        <translation>Mich erinnern, meinem Netzwerk ein Update zu schicken, am</translation>
    </message>
    <message>
        <source>of each month</source>
        <translation>jedes Monats</translation>
    </message>
    <message>
        <source>Sent to everyone you have talked with (stage “talked” or beyond).</source>
        <translation>Geht an alle, mit denen Sie gesprochen haben (Phase „Gesprochen“ oder weiter).</translation>
    </message>
    <message>
        <source>The first of this weekday in each month</source>
        <translation>Der erste dieses Wochentags in jedem Monat</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Geburtstage</translation>
    </message>
    <message>
        <source>Remind me to wish people a happy birthday</source>
        <translation>Mich erinnern, Menschen zum Geburtstag zu gratulieren</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>Birthday wish: days before the birthday</source>
        <translation>Geburtstagsgruß: Tage vor dem Geburtstag</translation>
    </message>
    <message>
        <source>Every year, for everyone whose birthday you know (More fields, in their details). A wish you have not sent stays a week after the day, then waits for next year.</source>
        <translation>Jedes Jahr, für alle, deren Geburtstag Sie kennen (Weitere Felder, in ihren Details). Ein nicht gesendeter Gruß bleibt eine Woche nach dem Tag stehen und wartet dann aufs nächste Jahr.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Remind me to reconnect with people after</source>
        <translation>Mich erinnern, mich wieder zu melden nach</translation>
    </message>
    <message>
        <source>Default keep-in-touch cadence</source>
        <translation>Standardrhythmus für „In Kontakt bleiben“</translation>
    </message>
    <message>
        <source>Any logged interaction restarts the clock. A person&apos;s own cadence wins, then their circle&apos;s (the shortest, if several), then this default. Reminders are made for people you have talked with or given a cadence; the “maximum” is when the contact turns red (going cold).</source>
        <translation>Jede erfasste Interaktion setzt die Uhr zurück. Der eigene Rhythmus einer Person hat Vorrang, dann der ihres Kreises (der kürzeste, wenn es mehrere sind), dann dieser Standard. Erinnerungen gibt es für Personen, mit denen Sie gesprochen haben oder denen Sie einen Rhythmus gegeben haben; das „Maximum“ ist der Punkt, an dem der Kontakt rot wird (kühlt ab).</translation>
    </message>
    <message>
        <source>Days without contact before a reminder, for people without a cadence of their own</source>
        <translation>Tage ohne Kontakt bis zu einer Erinnerung, für Personen ohne eigenen Rhythmus</translation>
    </message>
    <message>
        <source>Circle cadences</source>
        <translation>Rhythmus der Kreise</translation>
    </message>
    <message>
        <source>How often to reconnect with the people of each circle</source>
        <translation>Wie oft Sie sich bei den Personen jedes Kreises wieder melden</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation>Wieder melden nach</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>1.5 × ideal</source>
        <translation>1,5 × ideal</translation>
    </message>
    <message>
        <source>{circle}: reconnect after</source>
        <translation>{circle}: wieder melden nach</translation>
    </message>
    <message>
        <source>{circle}: at most</source>
        <translation>{circle}: höchstens</translation>
    </message>
    <message>
        <source>Days without contact before a reminder; 0 uses the default</source>
        <translation>Tage ohne Kontakt bis zu einer Erinnerung; 0 nimmt den Standardwert</translation>
    </message>
    <message>
        <source>Days without contact before a person turns cold</source>
        <translation>Tage ohne Kontakt, bis eine Person abkühlt</translation>
    </message>
    <message>
        <source>{circle}: the maximum ({m} days) must be at least the reconnect time ({i} days).</source>
        <translation>{circle}: Das Maximum ({m} Tage) muss mindestens so lang sein wie die Zeit bis zum Wiedermelden ({i} Tage).</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation>Den Durchlauf über Ihr Mikrofon aufnehmen, um ihn anzuhören</translation>
    </message>
    <message>
        <source>Recording stopped: {m}</source>
        <translation>Aufnahme beendet: {m}</translation>
    </message>
    <message>
        <source>Run not saved</source>
        <translation>Durchlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>The database refused it; see the log.</source>
        <translation>Die Datenbank hat ihn abgelehnt; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Run saved: {time}</source>
        <translation>Durchlauf gespeichert: {time}</translation>
    </message>
    <message>
        <source>▶  Play back the recording</source>
        <translation>▶  Aufnahme abspielen</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample data — nothing here is yours</source>
        <translation>Beispieldaten – nichts hiervon gehört Ihnen</translation>
    </message>
    <message>
        <source>These people and follow-ups are made up, to try Rapport out. Your own data is in your other window.</source>
        <translation>Diese Personen und Wiedervorlagen sind erfunden, zum Ausprobieren von Rapport. Ihre eigenen Daten sind in Ihrem anderen Fenster.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a business card</source>
        <translation>Visitenkarte scannen</translation>
    </message>
    <message>
        <source>Scan Business Card</source>
        <translation>Visitenkarte scannen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop reading and type the details yourself (Esc)</source>
        <translation>Das Lesen anhalten und die Angaben selbst eingeben (Esc)</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Erkannter Text</translation>
    </message>
    <message>
        <source>The text found on the card appears here.</source>
        <translation>Der auf der Karte gefundene Text erscheint hier.</translation>
    </message>
    <message>
        <source>Text found on the card</source>
        <translation>Auf der Karte gefundener Text</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Save as a new contact, or add to the person it matches (Ctrl+S)</source>
        <translation>Als neuen Kontakt speichern oder der passenden Person hinzufügen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Text recognition is not available.</source>
        <translation>Texterkennung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation>Karte wird mit {engine} gelesen…</translation>
    </message>
    <message>
        <source>Stopped. Type the details from the picture yourself.</source>
        <translation>Angehalten. Geben Sie die Angaben aus dem Bild selbst ein.</translation>
    </message>
    <message>
        <source>{message} You can still type the details yourself.</source>
        <translation>{message} Sie können die Angaben trotzdem selbst eingeben.</translation>
    </message>
    <message>
        <source>No text was found on this picture. Check that it shows the front of the card, sharp and well lit — or type the details yourself; the picture is kept with the contact.</source>
        <translation>Auf diesem Bild wurde kein Text gefunden. Prüfen Sie, ob es die Vorderseite der Karte scharf und gut beleuchtet zeigt – oder geben Sie die Angaben selbst ein; das Bild wird beim Kontakt aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln line(s) with {engine}. Check each field, then add how you met.</source>
        <translation>
            <numerusform>%Ln Zeile mit {engine} gelesen. Prüfen Sie jedes Feld und ergänzen Sie dann, wie Sie sich kennengelernt haben.</numerusform>
            <numerusform>%Ln Zeilen mit {engine} gelesen. Prüfen Sie jedes Feld und ergänzen Sie dann, wie Sie sich kennengelernt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to {name}, already in your contacts ({reason}); uncheck to save a separate contact</source>
        <translation>Zu {name} hinzufügen, schon in Ihren Kontakten ({reason}); Haken entfernen, um einen eigenen Kontakt zu speichern</translation>
    </message>
    <message>
        <source>Add to Contact</source>
        <translation>Zum Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>The contact could not be saved: {error}</source>
        <translation>Der Kontakt konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Added the card to {name}</source>
        <translation>Karte zu {name} hinzugefügt</translation>
    </message>
    <message>
        <source>Saved {name} from their card</source>
        <translation>{name} aus der Visitenkarte gespeichert</translation>
    </message>
</context>
<context>
    <name>ScriptsDialog</name>
    <message>
        <source>Scripts</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Your calls, emails and notes to reuse; choose one to edit it</source>
        <translation>Ihre Leitfäden für Anrufe, E-Mails und Nachrichten; wählen Sie einen aus, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new script from the one shown</source>
        <translation>Einen neuen Leitfaden auf Basis des angezeigten beginnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this script (Edit → Undo brings it back)</source>
        <translation>Diesen Leitfaden löschen (Bearbeiten → Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>What the script is called in the list</source>
        <translation>Wie der Leitfaden in der Liste heißt</translation>
    </message>
    <message>
        <source>When you use the script, such as a warm call or a thank-you note</source>
        <translation>Wofür Sie den Leitfaden verwenden, etwa für einen Empfehlungsanruf oder ein Dankeschön</translation>
    </message>
    <message>
        <source>(none: a call or a short note)</source>
        <translation>(keine: ein Anruf oder eine kurze Notiz)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>Text des Leitfadens</translation>
    </message>
    <message>
        <source>The words of the script; fields in braces such as {first_name} are filled in for each person</source>
        <translation>Der Text des Leitfadens; Felder in geschweiften Klammern wie {first_name} werden für jede Person ausgefüllt</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Insert a merge field such as {first_name} at the cursor</source>
        <translation>Ein Seriendruckfeld wie {first_name} an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this script (Ctrl+S)</source>
        <translation>Diesen Leitfaden speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Put back the text Rapport shipped for this script</source>
        <translation>Den mit Rapport gelieferten Text dieses Leitfadens zurückholen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview for contact</source>
        <translation>Vorschau für Kontakt</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Use the script anyway</source>
        <translation>Den Leitfaden trotzdem verwenden</translation>
    </message>
    <message>
        <source>The script as the person chosen above would read it</source>
        <translation>Der Leitfaden so, wie ihn die oben gewählte Person lesen würde</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard</source>
        <translation>Den Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Start a new message in your mail program</source>
        <translation>Eine neue Nachricht in Ihrem Mailprogramm beginnen</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>.eml speichern…</translation>
    </message>
    <message>
        <source>Save a draft your mail program opens</source>
        <translation>Einen Entwurf speichern, den Ihr Mailprogramm öffnet</translation>
    </message>
    <message>
        <source>Edit script “{name}”</source>
        <translation>Leitfaden „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Neuer Leitfaden</translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation>Hallo {first_name},

</translation>
    </message>
    <message>
        <source>Delete script “{name}”</source>
        <translation>Leitfaden „{name}“ löschen</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Betreff: {s}</translation>
    </message>
    <message>
        <source>Pick a contact above to fill in their details.</source>
        <translation>Wählen Sie oben einen Kontakt, um seine Angaben einzusetzen.</translation>
    </message>
    <message>
        <source>No value yet for {fields}: fill it in before sending.</source>
        <translation>Noch kein Wert für {fields}: Vor dem Senden ausfüllen.</translation>
    </message>
    <message>
        <source>Your own details come from Edit → My Profile.</source>
        <translation>Ihre eigenen Angaben stammen aus Bearbeiten → Mein Profil.</translation>
    </message>
    <message>
        <source>Not merge fields (left as written): {bad}. Known fields include {known}…</source>
        <translation>Keine Seriendruckfelder (bleiben wie geschrieben): {bad}. Bekannte Felder sind u. a. {known}…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>This message is long; some mail programs cut long links short. Save an .eml draft instead?</source>
        <translation>Diese Nachricht ist lang; manche Mailprogramme kürzen lange Links. Stattdessen einen .eml-Entwurf speichern?</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy or Save .eml instead.</source>
        <translation>Kein Mailprogramm hat geantwortet. Verwenden Sie stattdessen „Kopieren“ oder „.eml speichern“.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Wochenziele</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ShippedText</name>
    <message>
        <source>Ask before introducing (double opt-in)</source>
        <translation>Vor dem Bekanntmachen fragen (Double-Opt-in)</translation>
    </message>
    <message>
        <source>Would you like to meet {other_name}?</source>
        <translation>Möchtest du {other_name} kennenlernen?</translation>
    </message>
    <message>
        <source>Hi {first_name},

I&apos;ve been thinking you would enjoy meeting {other_name}. {why_meet}

Would you be open to an introduction? If you are, I&apos;ll send a short email to you both. If the timing isn&apos;t right, no problem at all — just say so.

{my_name}</source>
        <translation>Hallo {first_name},

ich glaube, du würdest {other_name} gern kennenlernen. {why_meet}

Wärst du offen für eine Vorstellung? Wenn ja, schicke ich euch beiden eine kurze E-Mail. Wenn es gerade nicht passt, ist das überhaupt kein Problem – sag einfach Bescheid.

{my_name}</translation>
    </message>
    <message>
        <source>Introduce two people</source>
        <translation>Zwei Menschen bekannt machen</translation>
    </message>
    <message>
        <source>Introduction: {first_name}, meet {other_name}</source>
        <translation>Vorstellung: {first_name}, das ist {other_name}</translation>
    </message>
    <message>
        <source>Hi {first_name} and {other_name},

As promised, here is the introduction — you both said you&apos;d be glad to meet. {why_meet}

I&apos;ll let you take it from here; I&apos;d love to hear how it goes.

{my_name}</source>
        <translation>Hallo {first_name} und {other_name},

wie versprochen hier die Vorstellung – ihr habt beide gesagt, dass ihr euch gern kennenlernen würdet. {why_meet}

Ich überlasse euch den Rest; ich bin gespannt, wie es läuft.

{my_name}</translation>
    </message>
    <message>
        <source>Warm call — someone referred me</source>
        <translation>Empfehlungsanruf – jemand hat mich empfohlen</translation>
    </message>
    <message>
        <source>Hi {first_name}, this is {my_name}. {referrer} suggested I give you a call — is now a good moment for two minutes?

{referrer} thought you&apos;d be a good person to talk to because you know {company} and the people around it. I&apos;m looking for {my_target}, and I&apos;m not asking you for a job — I&apos;d value twenty minutes of your advice, over coffee or on the phone, whenever suits you in the next week or two.</source>
        <translation>Hallo {first_name}, hier ist {my_name}. {referrer} hat mir geraten, Sie anzurufen – passt es gerade für zwei Minuten?

{referrer} meinte, Sie wären eine gute Ansprechperson, weil Sie {company} und das Umfeld dort kennen. Ich suche {my_target}, und ich bitte Sie nicht um eine Stelle – mir wären zwanzig Minuten Ihres Rats viel wert, bei einem Kaffee oder am Telefon, wann immer es Ihnen in den nächsten ein, zwei Wochen passt.</translation>
    </message>
    <message>
        <source>Thank you after a conversation</source>
        <translation>Dank nach einem Gespräch</translation>
    </message>
    <message>
        <source>Thank you, {first_name}</source>
        <translation>Vielen Dank, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for taking the time to talk with me today — I really enjoyed hearing about your work.

As promised, here is the list of companies I&apos;m targeting; any thoughts on it are welcome:
{target_companies}

A quick reminder of what I&apos;m looking for: {my_target}. If anyone comes to mind who I should talk to, I&apos;d be glad of an introduction.

Thanks again,
{my_contact_block}</source>
        <translation>Hallo {first_name},

vielen Dank, dass Sie sich heute Zeit für das Gespräch genommen haben – es war schön, von Ihrer Arbeit zu hören.

Wie versprochen hier die Liste der Firmen, die ich im Blick habe; über Ihre Gedanken dazu freue ich mich:
{target_companies}

Zur Erinnerung, was ich suche: {my_target}. Wenn Ihnen jemand einfällt, mit dem ich sprechen sollte, freue ich mich sehr über eine Vorstellung.

Nochmals danke,
{my_contact_block}</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Freundliche Erinnerung</translation>
    </message>
    <message>
        <source>Following up: {what_i_sent}</source>
        <translation>Kurze Nachfrage: {what_i_sent}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I hope your week is going well. I&apos;m just checking that {what_i_sent} reached you — no rush at all. If anything on it sparks an idea or a name, I&apos;d love to hear it.

All the best,
{my_name}</source>
        <translation>Hallo {first_name},

ich hoffe, Ihre Woche läuft gut. Ich wollte nur kurz nachfragen, ob {what_i_sent} bei Ihnen angekommen ist – ganz ohne Eile. Falls Ihnen dazu eine Idee oder ein Name einfällt, höre ich gern davon.

Viele Grüße
{my_name}</translation>
    </message>
    <message>
        <source>Connection note — why I&apos;d like to connect</source>
        <translation>Vernetzungsnachricht – warum ich mich vernetzen möchte</translation>
    </message>
    <message>
        <source>Hi {first_name}, {why_connect} I&apos;d be glad to connect and to hear what you&apos;re working on. — {my_name}</source>
        <translation>Hallo {first_name}, {why_connect} Ich würde mich freuen, mich mit Ihnen zu vernetzen und zu hören, woran Sie gerade arbeiten. – {my_name}</translation>
    </message>
    <message>
        <source>Thanks for connecting</source>
        <translation>Danke für die Vernetzung</translation>
    </message>
    <message>
        <source>Thanks for connecting, {first_name}</source>
        <translation>Danke für die Vernetzung, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thanks for connecting! I&apos;m curious what made you reach out (or accept) — and I&apos;d enjoy a short call to hear about your work. Would fifteen minutes one day next week suit you?

{my_contact_block}</source>
        <translation>Hallo {first_name},

danke für die Vernetzung! Mich würde interessieren, was Sie dazu bewogen hat, sich zu melden (oder anzunehmen) – und ich würde gern in einem kurzen Telefonat mehr über Ihre Arbeit erfahren. Hätten Sie nächste Woche an einem Tag fünfzehn Minuten Zeit?

{my_contact_block}</translation>
    </message>
    <message>
        <source>Who else should I talk to?</source>
        <translation>Mit wem sollte ich noch sprechen?</translation>
    </message>
    <message>
        <source>Thank you, this has been really helpful. Who else would you recommend I talk to? Would you be comfortable if I mentioned your name when I get in touch?</source>
        <translation>Vielen Dank, das hat mir wirklich weitergeholfen. Mit wem sollte ich Ihrer Meinung nach noch sprechen? Wäre es für Sie in Ordnung, wenn ich Ihren Namen erwähne, wenn ich mich dort melde?</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Monats-Update</translation>
    </message>
    <message>
        <source>A quick update from {my_name} — {month}</source>
        <translation>Ein kurzes Update von {my_name} – {month}</translation>
    </message>
    <message>
        <source>Hi {first_name},

A short update on my search, since people often think of something weeks later and assume I&apos;ve found a job unless I say otherwise.

What I&apos;ve been doing this month:
{month_summary}

What I&apos;m looking for: {my_target}

Companies I&apos;d love an introduction into:
{target_companies}

Thank you for your help so far — ideas and names are always welcome.

{my_contact_block}</source>
        <translation>Hallo {first_name},

ein kurzes Update zu meiner Suche – denn oft fällt einem Wochen später etwas ein, und man nimmt an, ich hätte längst eine Stelle, wenn ich nichts anderes sage.

Was ich diesen Monat gemacht habe:
{month_summary}

Was ich suche: {my_target}

Firmen, bei denen ich mich über eine Vorstellung sehr freuen würde:
{target_companies}

Danke für Ihre bisherige Unterstützung – Ideen und Namen sind weiterhin herzlich willkommen.

{my_contact_block}</translation>
    </message>
    <message>
        <source>Reconnect after a while</source>
        <translation>Nach längerer Zeit wieder melden</translation>
    </message>
    <message>
        <source>It&apos;s been a while, {first_name}</source>
        <translation>Lange nichts gehört, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

It&apos;s been a while since we last caught up, and I was thinking of you. How are things at {company}? Who have you met lately who impressed you? I&apos;d enjoy a coffee or a call if you have time in the coming weeks.

{my_name}</source>
        <translation>Hallo {first_name},

wir haben uns eine Weile nicht gesprochen, und ich habe an dich gedacht. Wie läuft es bei {company}? Wen hast du in letzter Zeit kennengelernt, der dich beeindruckt hat? Ich würde mich über einen Kaffee oder ein Telefonat freuen, wenn du in den nächsten Wochen Zeit hast.

{my_name}</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Den Empfehlenden erzählen, wie es lief</translation>
    </message>
    <message>
        <source>Thanks for the introduction to {other_name}</source>
        <translation>Danke für die Vorstellung bei {other_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I wanted to let you know I spoke with {other_name} — thank you for the introduction, it was a really useful conversation. I&apos;ll keep you posted on where it leads.

{my_name}</source>
        <translation>Hallo {first_name},

ich wollte dir kurz sagen, dass ich mit {other_name} gesprochen habe – danke für die Vorstellung, es war ein richtig hilfreiches Gespräch. Ich halte dich auf dem Laufenden, wohin es führt.

{my_name}</translation>
    </message>
    <message>
        <source>Hi {first_name} and {other_name},

I think you two should know each other. {first_name}, … {other_name}, … I&apos;ll let you take it from here.

{my_name}</source>
        <translation>Hallo {first_name} und {other_name},

ich finde, ihr zwei solltet euch kennen. {first_name}, … {other_name}, … Ich überlasse euch den Rest.

{my_name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{page} page</source>
        <translation>Seite „{page}“</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Type to filter, e.g. “backup” or “Ctrl+Shift”</source>
        <translation>Zum Filtern tippen, z. B. „Sicherung“ oder „Ctrl+Shift“</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each action and its keys, grouped by menu and page; the field above narrows the list</source>
        <translation>Jede Aktion mit ihren Tasten, nach Menü und Seite gruppiert; das Feld darüber filtert die Liste</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Kein Tastenkürzel passt.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Your contacts are on the Contacts page; the Today page shows what to do next.</source>
        <translation>Ihre Kontakte finden Sie auf der Seite „Kontakte“; die Seite „Heute“ zeigt, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <source>Skipped rows and notes</source>
        <translation>Übersprungene Zeilen und Hinweise</translation>
    </message>
    <message>
        <source>Review Possible Duplicates…</source>
        <translation>Mögliche Dubletten prüfen…</translation>
    </message>
    <message>
        <source>Review possible duplicates</source>
        <translation>Mögliche Duplikate prüfen</translation>
    </message>
    <message>
        <source>People who only share a name with someone were kept apart: decide in Contacts → Duplicates</source>
        <translation>Personen, die nur den Namen mit jemandem teilen, wurden getrennt gehalten: Entscheiden Sie unter Kontakte → Dubletten</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln new contact(s).</source>
        <translation>
            <numerusform>%Ln neuer Kontakt hinzugefügt.</numerusform>
            <numerusform>%Ln neue Kontakte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen.</numerusform>
            <numerusform>%Ln Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} were already in Rapport and were merged ({u} got new details).</source>
        <translation>{n} waren schon in Rapport und wurden zusammengeführt ({u} mit neuen Angaben).</translation>
    </message>
    <message>
        <source>{n} look like someone already here (same name) and were kept apart, since a name alone does not make the same person.</source>
        <translation>{n} sehen aus wie jemand, der schon da ist (gleicher Name), und wurden getrennt gehalten, da ein Name allein noch nicht dieselbe Person ausmacht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What was odd in the file&lt;/b&gt;&lt;br&gt;Each line names its place in the file. Odd values were kept as notes or left out; the people were imported all the same.</source>
        <translation>&lt;b&gt;Was an der Datei seltsam war&lt;/b&gt;&lt;br&gt;Jede Zeile nennt ihre Stelle in der Datei. Seltsame Werte wurden als Notizen aufbewahrt oder weggelassen; die Personen wurden trotzdem importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What needs a look&lt;/b&gt;&lt;br&gt;Odd values were kept as notes on their person; a skipped row had nobody in it. Importing the file again after fixing it merges, never doubles.</source>
        <translation>&lt;b&gt;Was Sie sich ansehen sollten&lt;/b&gt;&lt;br&gt;Seltsame Werte wurden als Notizen bei der jeweiligen Person aufbewahrt; eine übersprungene Zeile enthielt niemanden. Ein erneuter Import der korrigierten Datei führt zusammen, nie doppelt.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync with your server now (File → Sync Now)</source>
        <translation>Jetzt mit Ihrem Server synchronisieren (Datei → Jetzt synchronisieren)</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync contacts and follow-ups with your CardDAV/CalDAV server</source>
        <translation>Kontakte und Wiedervorlagen mit Ihrem CardDAV/CalDAV-Server synchronisieren</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline – %Ln Änderung wartet</numerusform>
            <numerusform>Offline – %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: the server refused the login — check Preferences → Sync</source>
        <translation>Synchronisation: Der Server hat die Anmeldung abgelehnt – prüfen Sie Einstellungen → Synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Synchronisation fehlgeschlagen – %Ln Änderung wartet</numerusform>
            <numerusform>Synchronisation fehlgeschlagen – %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln change(s) waiting</source>
        <translation>
            <numerusform> – %Ln Änderung wartet</numerusform>
            <numerusform> – %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Noch nicht synchronisiert – %Ln Änderung wartet</numerusform>
            <numerusform>Noch nicht synchronisiert – %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisiert {when}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source> — {n} to review in Preferences → Sync</source>
        <translation> – {n} zu prüfen unter Einstellungen → Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <source>this machine has no system keyring (Secret Service, KWallet, Windows Credential Locker or macOS Keychain) to keep the password in; give a command that prints it instead, e.g. --password-command &apos;pass show dav&apos;</source>
        <translation>dieser Rechner hat keinen System-Schlüsselbund (Secret Service, KWallet, Windows-Anmeldeinformationsverwaltung oder macOS-Schlüsselbund), um das Passwort aufzubewahren; geben Sie stattdessen einen Befehl an, der es ausgibt, z. B. --password-command &apos;pass show dav&apos;</translation>
    </message>
    <message>
        <source>the password command could not run: {reason}</source>
        <translation>der Passwort-Befehl konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>the password command exited with {code}</source>
        <translation>der Passwort-Befehl endete mit {code}</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>der Passwort-Befehl hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>the system keyring did not give the password: {reason}</source>
        <translation>der System-Schlüsselbund hat das Passwort nicht herausgegeben: {reason}</translation>
    </message>
    <message>
        <source>the system keyring has no password for {name}; run &apos;rapport sync setup&apos; again</source>
        <translation>der System-Schlüsselbund hat kein Passwort für {name}; richten Sie die Synchronisation erneut ein (&apos;rapport sync setup&apos;)</translation>
    </message>
    <message>
        <source>the server does not allow this ({request})</source>
        <translation>der Server erlaubt das nicht ({request})</translation>
    </message>
    <message>
        <source>the server at {url} refused the login for user &apos;{user}&apos; (check the user name and password)</source>
        <translation>der Server unter {url} hat die Anmeldung für den Benutzer &apos;{user}&apos; abgelehnt (prüfen Sie Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>the server at {url} did not answer as a CardDAV/CalDAV server: {reason}</source>
        <translation>der Server unter {url} hat nicht wie ein CardDAV/CalDAV-Server geantwortet: {reason}</translation>
    </message>
    <message>
        <source>cannot reach the server at {url}: {reason}</source>
        <translation>der Server unter {url} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>the server at {url} answered {status} ({request})</source>
        <translation>der Server unter {url} antwortete {status} ({request})</translation>
    </message>
    <message>
        <source>the server did not create the {kind} collection &apos;{name}&apos; ({status})</source>
        <translation>der Server hat die {kind}-Sammlung &apos;{name}&apos; nicht angelegt ({status})</translation>
    </message>
    <message>
        <source>the server did not send the items ({status})</source>
        <translation>der Server hat die Einträge nicht gesendet ({status})</translation>
    </message>
    <message>
        <source>the server refused to store {item} ({status}): {reply}</source>
        <translation>der Server hat das Speichern von {item} abgelehnt ({status}): {reply}</translation>
    </message>
    <message>
        <source>the server refused to delete {item} ({status})</source>
        <translation>der Server hat das Löschen von {item} abgelehnt ({status})</translation>
    </message>
    <message>
        <source>the server has no address book called &apos;{name}&apos;</source>
        <translation>der Server hat kein Adressbuch namens &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the server has no calendar called &apos;{name}&apos;</source>
        <translation>der Server hat keinen Kalender namens &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync with your server</source>
        <translation>Mit Ihrem Server synchronisieren</translation>
    </message>
    <message>
        <source>Keep your contacts and follow-ups on your phone and in your calendar: Rapport syncs both ways with a CardDAV/CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Your phone syncs with the same server.</source>
        <translation>Haben Sie Ihre Kontakte und Wiedervorlagen auf dem Handy und im Kalender: Rapport synchronisiert in beide Richtungen mit einem CardDAV/CalDAV-Server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Ihr Handy synchronisiert mit demselben Server.</translation>
    </message>
    <message>
        <source>a command that prints the password, e.g. pass show dav</source>
        <translation>ein Befehl, der das Passwort ausgibt, z. B. pass show dav</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwort-Befehl</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;command:</source>
        <translation>Passwort-Be&amp;fehl:</translation>
    </message>
    <message>
        <source>The password is kept in your system keyring, never in Rapport&apos;s files.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von Rapport.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the password in: give a command that prints it (Rapport runs it at each sync and stores only the command).</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Passwort: Geben Sie einen Befehl an, der es ausgibt (Rapport führt ihn bei jeder Synchronisation aus und speichert nur den Befehl).</translation>
    </message>
    <message>
        <source>The account name you sign in to your server with</source>
        <translation>Der Kontoname, mit dem Sie sich bei Ihrem Server anmelden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Check that Rapport can reach the server with this account</source>
        <translation>Prüfen, ob Rapport den Server mit diesem Konto erreicht</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Where your contacts go on the server; type a new name and Rapport creates it</source>
        <translation>Das Adressbuch auf dem Server für Ihre Kontakte; bei einem neuen Namen legt Rapport es an</translation>
    </message>
    <message>
        <source>Where your follow-ups go on the server; type a new name and Rapport creates it</source>
        <translation>Der Kalender auf dem Server für Ihre Wiedervorlagen; bei einem neuen Namen legt Rapport ihn an</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Adressbuch:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <source>Choose one the server has, or type a new name: Rapport creates it.</source>
        <translation>Wählen Sie eins, das der Server hat, oder geben Sie einen neuen Namen ein: Rapport legt es an.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Sync on &amp;start, after a change and every</source>
        <translation>Synchronisieren beim Sta&amp;rt, nach einer Änderung und alle</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Sync on start, after each change and every few minutes</source>
        <translation>Beim Start, nach jeder Änderung und alle paar Minuten synchronisieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen den Synchronisationen</translation>
    </message>
    <message>
        <source>How often Rapport syncs on its own while it is open</source>
        <translation>Wie oft Rapport von selbst synchronisiert, solange es geöffnet ist</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message>
        <source>Nothing to review. When a field was changed here and on the server differently, Rapport keeps yours, adds the server&apos;s to the notes, and lists it here.</source>
        <translation>Nichts zu prüfen. Wenn ein Feld hier und auf dem Server unterschiedlich geändert wurde, behält Rapport Ihre Fassung, fügt die des Servers den Notizen hinzu und listet es hier auf.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Clear the list of conflicts once you have checked them</source>
        <translation>Die Liste der Konflikte leeren, sobald Sie sie geprüft haben</translation>
    </message>
    <message>
        <source>&amp;Forget this account</source>
        <translation>Dieses Konto &amp;vergessen</translation>
    </message>
    <message>
        <source>Stop syncing and remove this account and its password from Rapport</source>
        <translation>Nicht mehr synchronisieren und dieses Konto samt Passwort aus Rapport entfernen</translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation>(im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>No account yet: fill in the server and press Test connection.</source>
        <translation>Noch kein Konto: Tragen Sie den Server ein und klicken Sie auf „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation>Letzte Synchronisation: {when}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>{name}: {field} — kept “{ours}”, the server had “{theirs}”</source>
        <translation>{name}: {field} – „{ours}“ behalten, der Server hatte „{theirs}“</translation>
    </message>
    <message>
        <source>type the password (or a password command)</source>
        <translation>geben Sie das Passwort (oder einen Passwort-Befehl) ein</translation>
    </message>
    <message>
        <source>Fill in the server and the user name.</source>
        <translation>Tragen Sie den Server und den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected: {books} address books, {calendars} calendars.</source>
        <translation>Verbunden: {books} Adressbücher, {calendars} Kalender.</translation>
    </message>
    <message>
        <source>Sync: fill in the server and the user name (or clear both).</source>
        <translation>Synchronisation: Tragen Sie den Server und den Benutzernamen ein (oder leeren Sie beide).</translation>
    </message>
    <message>
        <source>Sync: this computer has no system keyring; give a command that prints the password.</source>
        <translation>Synchronisation: Dieser Computer hat keinen Schlüsselbund; geben Sie einen Befehl an, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <source>Sync: {reason}</source>
        <translation>Synchronisation: {reason}</translation>
    </message>
    <message>
        <source>Forget the sync account</source>
        <translation>Synchronisationskonto vergessen</translation>
    </message>
    <message>
        <source>Stop syncing with {url}? Your contacts and follow-ups stay here and on the server; Rapport forgets the account, its password and what it last synced.</source>
        <translation>Die Synchronisation mit {url} beenden? Ihre Kontakte und Wiedervorlagen bleiben hier und auf dem Server; Rapport vergisst das Konto, sein Passwort und den Stand der letzten Synchronisation.</translation>
    </message>
</context>
<context>
    <name>TargetCompaniesDialog</name>
    <message>
        <source>Target companies</source>
        <translation>Wunschfirmen</translation>
    </message>
    <message>
        <source>Companies you want to work for</source>
        <translation>Firmen, für die Sie arbeiten möchten</translation>
    </message>
    <message>
        <source>Tick a company to put it on your list. At the end of a coffee, offer to send the list and ask for suggestions — then log it as “Sent something”.</source>
        <translation>Haken Sie eine Firma an, um sie auf Ihre Liste zu setzen. Bieten Sie am Ende eines Kaffeetreffens an, die Liste zu schicken, und bitten Sie um Vorschläge – erfassen Sie das dann als „Etwas geschickt“.</translation>
    </message>
    <message>
        <source>Add a target company (Enter)</source>
        <translation>Eine Wunschfirma hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>New target company</source>
        <translation>Neue Wunschfirma</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter target companies</source>
        <translation>Wunschfirmen filtern</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Your companies and how many people you know at each; tick the ones you would love to work for</source>
        <translation>Ihre Firmen und wie viele Leute Sie jeweils dort kennen; haken Sie die an, bei denen Sie gern arbeiten würden</translation>
    </message>
    <message>
        <source>Who you know there</source>
        <translation>Wen Sie dort kennen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Has your list</source>
        <translation>Hat Ihre Liste</translation>
    </message>
    <message>
        <source>Your contacts at the chosen company, their stage and whether they have your list</source>
        <translation>Ihre Kontakte bei der gewählten Firma, ihre Phase und ob sie Ihre Liste haben</translation>
    </message>
    <message>
        <source>Log: sent them the list…</source>
        <translation>Erfassen: Liste geschickt…</translation>
    </message>
    <message>
        <source>Record that you sent your target list to the chosen person</source>
        <translation>Erfassen, dass Sie der ausgewählten Person Ihre Wunschliste geschickt haben</translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation>Kontakt zeigen</translation>
    </message>
    <message>
        <source>Closes this window and opens the chosen person&apos;s details</source>
        <translation>Schließt dieses Fenster und zeigt den Kontakt der gewählten Person</translation>
    </message>
    <message>
        <source>Who has your list</source>
        <translation>Wer Ihre Liste hat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>The people you sent your list to, when and what; double-click one to open their details</source>
        <translation>Die Personen, denen Sie Ihre Liste geschickt haben, wann und was; ein Doppelklick zeigt den Kontakt</translation>
    </message>
    <message>
        <source>Nobody yet. Log a “Sent something” interaction when you send your list.</source>
        <translation>Noch niemand. Erfassen Sie eine Interaktion „Etwas geschickt“, wenn Sie Ihre Liste verschicken.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Nobody you know works here yet. Ask your contacts who does.</source>
        <translation>Noch arbeitet niemand hier, den Sie kennen. Fragen Sie Ihre Kontakte, wer dort arbeitet.</translation>
    </message>
    <message>
        <source>My target company list</source>
        <translation>Meine Liste der Wunschfirmen</translation>
    </message>
</context>
<context>
    <name>Teleprompter</name>
    <message>
        <source>Teleprompter</source>
        <translation>Teleprompter</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>paused — Space to go</source>
        <translation>pausiert – Space zum Fortsetzen</translation>
    </message>
    <message>
        <source>{wpm:.0f} wpm   {time}   {state}</source>
        <translation>{wpm:.0f} W/Min.   {time}   {state}</translation>
    </message>
    <message>
        <source>Space pause · ↑ ↓ pace · ← → jump · Home restart · Esc leave</source>
        <translation>Space Pause · ↑ ↓ Tempo · ← → springen · Home von vorn · Esc verlassen</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Rehearsal lights</source>
        <translation>Übungsampel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Green — you can finish, at</source>
        <translation>Grün – Sie können zum Ende kommen, bei</translation>
    </message>
    <message>
        <source>Yellow — wrap up, at</source>
        <translation>Gelb – zum Schluss kommen, bei</translation>
    </message>
    <message>
        <source>Red — time&apos;s up, at</source>
        <translation>Rot – Zeit ist um, bei</translation>
    </message>
    <message>
        <source>{t} s (the target)</source>
        <translation>{t} s (das Ziel)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Green at 2/3 and yellow at 5/6 of the target</source>
        <translation>Grün bei 2/3 und Gelb bei 5/6 des Ziels</translation>
    </message>
</context>
<context>
    <name>TiesPanel</name>
    <message>
        <source>Strong and weak ties</source>
        <translation>Starke und lose Kontakte</translation>
    </message>
    <message>
        <source>Ties reached</source>
        <translation>Erreichte Kontakte</translation>
    </message>
    <message>
        <source>How many people you know well, a little or not yet you have been in touch with; Enter lists them</source>
        <translation>Wie viele Ihrer engen, losen und neuen Kontakte Sie schon erreicht haben; Enter listet sie auf</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>lose</translation>
    </message>
    <message>
        <source>{r} of {t} reached</source>
        <translation>{r} von {t} erreicht</translation>
    </message>
    <message>
        <source>{label}: {share} reached — at least one interaction logged</source>
        <translation>{label}: {share} erreicht – mindestens eine Interaktion erfasst</translation>
    </message>
    <message>
        <source>Reached: {label}</source>
        <translation>Erreicht: {label}</translation>
    </message>
    <message>
        <source>People you know less well are often the most willing to help. Solid: reached.</source>
        <translation>Menschen, die Sie weniger gut kennen, helfen oft am bereitwilligsten. Kräftig: erreicht.</translation>
    </message>
    <message>
        <source>Mark how well you know each person (close, acquaintance, new) to compare here.</source>
        <translation>Markieren Sie, wie gut Sie jede Person kennen (eng, Bekannte, neu), um hier zu vergleichen.</translation>
    </message>
    <message>
        <source>{n} of your {t} referrals</source>
        <translation>{n} Ihrer {t} Empfehlungen</translation>
    </message>
    <message>
        <source>Referred by weak ties</source>
        <translation>Von losen Kontakten empfohlen</translation>
    </message>
    <message>
        <source>Weak ties gave {link} ({share}).</source>
        <translation>Lose Kontakte gaben {link} ({share}).</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Choose from a list of times (Alt+Down)</source>
        <translation>Aus einer Liste von Uhrzeiten wählen (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a time — 9, 930, 9:30, 14.30, 2pm — or press Alt+Down for a list</source>
        <translation>Geben Sie eine Uhrzeit ein – 9, 930, 9:30, 14.30, 14:00 – oder drücken Sie Alt+Down für eine Liste</translation>
    </message>
    <message>
        <source>not a time — try 9:30 or 2pm</source>
        <translation>keine Uhrzeit – versuchen Sie 9:30 oder 14:00</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message numerus="yes">
        <source>{day}: %Ln item(s)</source>
        <translation>
            <numerusform>{day}: %Ln Eintrag</numerusform>
            <numerusform>{day}: %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message numerus="yes">
        <source>{day}
%Ln item(s)</source>
        <translation>
            <numerusform>{day}
%Ln Eintrag</numerusform>
            <numerusform>{day}
%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>No conversations logged yet. After a call, a coffee or an email, press Ctrl+L to log it.</source>
        <translation>Noch keine Gespräche erfasst. Drücken Sie nach einem Anruf, einem Kaffeetreffen oder einer E-Mail Ctrl+L, um es zu erfassen.</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation>Einen Anruf, ein Kaffeetreffen, eine E-Mail… mit diesem Kontakt erfassen (Ctrl+L)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Mit {name}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TimesPopup</name>
    <message>
        <source>Choose a time</source>
        <translation>Eine Uhrzeit wählen</translation>
    </message>
</context>
<context>
    <name>TimingBar</name>
    <message>
        <source>Length against target</source>
        <translation>Länge im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>About {e:.0f} s of {t:.0f} s</source>
        <translation>Etwa {e:.0f} s von {t:.0f} s</translation>
    </message>
    <message>
        <source> — {o:.0f} s too long</source>
        <translation> – {o:.0f} s zu lang</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Log a call, coffee or email, and get reminded (Ctrl+L)</source>
        <translation>Einen Anruf, ein Kaffeetreffen oder eine E-Mail erfassen und erinnert werden (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Get Started &amp;Checklist</source>
        <translation>&amp;Checkliste „Erste Schritte“</translation>
    </message>
    <message>
        <source>Show the five steps that set up your campaign on Today</source>
        <translation>Die fünf Schritte, die Ihre Kampagne vorbereiten, unter „Heute“ zeigen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>later this week</source>
        <translation>später diese Woche</translation>
    </message>
    <message>
        <source>done this week</source>
        <translation>diese Woche erledigt</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>neue Kontakte</translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done</source>
        <translation>Die ausgewählten Wiedervorlagen als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation>&amp;Ruhen lassen</translation>
    </message>
    <message>
        <source>Dismiss the selected follow-ups</source>
        <translation>Die ausgewählten Wiedervorlagen ruhen lassen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation>Die ausgewählten Wiedervorlagen zurückstellen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the contact of the selected follow-up</source>
        <translation>Den Kontakt der ausgewählten Wiedervorlage zeigen</translation>
    </message>
    <message>
        <source>Snooze all overdue</source>
        <translation>Alle überfälligen zurückstellen</translation>
    </message>
    <message>
        <source>Move every overdue follow-up to a later day (Ctrl+Shift+O)</source>
        <translation>Alle überfälligen Wiedervorlagen auf einen späteren Tag verschieben (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>What to do today and what is overdue; Enter opens the person, Ctrl+D marks it done</source>
        <translation>Was heute ansteht und was überfällig ist; Enter öffnet die Person, Ctrl+D markiert es als erledigt</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Heute · {day}</translation>
    </message>
    <message>
        <source>Nothing due in the next seven days. Follow-ups appear here when you log a conversation, add a referral or send someone something — try “Log interaction…”.</source>
        <translation>In den nächsten sieben Tagen ist nichts fällig. Wiedervorlagen erscheinen hier, wenn Sie ein Gespräch erfassen, eine Empfehlung hinzufügen oder jemandem etwas schicken – versuchen Sie „Interaktion erfassen…“.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Conversations and messages logged since Monday</source>
        <translation>Seit Montag erfasste Gespräche und Nachrichten</translation>
    </message>
    <message>
        <source>Open follow-ups whose day has passed</source>
        <translation>Offene Wiedervorlagen, deren Tag vorbei ist</translation>
    </message>
    <message>
        <source>Open follow-ups due after today and by Sunday</source>
        <translation>Offene Wiedervorlagen, fällig nach heute und bis Sonntag</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Compose the monthly update…</source>
        <translation>Monats-Update verfassen…</translation>
    </message>
    <message>
        <source>Open script…</source>
        <translation>Leitfaden öffnen…</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Auf ein Treffen vorbereiten…</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Erledigt: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) done</source>
        <translation>
            <numerusform>%Ln Wiedervorlage erledigt</numerusform>
            <numerusform>%Ln Wiedervorlagen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation>{what} erfassen</translation>
    </message>
    <message>
        <source>Record that you did it, so your timeline and keep-in-touch stay right</source>
        <translation>Festhalten, dass Sie es getan haben, damit Verlauf und Kontaktpflege stimmen</translation>
    </message>
    <message>
        <source>Compose update…</source>
        <translation>Update verfassen…</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Logged — your timeline is up to date.</source>
        <translation>Erfasst – Ihr Verlauf ist aktuell.</translation>
    </message>
</context>
<context>
    <name>TrailPanel</name>
    <message>
        <source>Referral trail</source>
        <translation>Empfehlungsspur</translation>
    </message>
    <message>
        <source>Referral trail depth</source>
        <translation>Tiefe der Empfehlungsspur</translation>
    </message>
    <message>
        <source>How many people you reached through one, two or more introductions; Enter lists them</source>
        <translation>Wie viele Menschen Sie über eine, zwei oder mehr Empfehlungen erreicht haben; Enter listet sie auf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} people {level} introductions away from someone you knew</source>
        <translation>{n} Personen, {level} Vermittlungen von jemandem entfernt, den Sie kannten</translation>
    </message>
    <message>
        <source>{label} along a referral trail</source>
        <translation>{label} entlang einer Empfehlungsspur</translation>
    </message>
    <message>
        <source>When someone refers you to a person who then refers you on, the trail shows here.</source>
        <translation>Wenn Sie jemand an eine Person empfiehlt, die Sie dann weiterempfiehlt, erscheint die Spur hier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) you knew</source>
        <translation>
            <numerusform>%Ln Person, die Sie kannten</numerusform>
            <numerusform>%Ln Personen, die Sie kannten</numerusform>
        </translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation>Personen, die Ihnen jemanden empfohlen haben</translation>
    </message>
    <message>
        <source>{starters} started trails that reached {n} new people. Each name leads to the next — follow them up within a few days.</source>
        <translation>{starters} haben Spuren begonnen, die {n} neue Menschen erreicht haben. Jeder Name führt zum nächsten – fassen Sie innerhalb weniger Tage nach.</translation>
    </message>
    <message>
        <source>Longest trail: {chain}</source>
        <translation>Längste Spur: {chain}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show Rapport</source>
        <translation>Rapport an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation>Rapport &amp;beenden</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetings</name>
    <message>
        <source>Meetings coming up</source>
        <translation>Anstehende Treffen</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>No meetings planned this week. Log a coffee with a time ahead (Ctrl+L) and prepare for it here.</source>
        <translation>Diese Woche sind keine Treffen geplant. Erfassen Sie ein Kaffeetreffen mit einer Uhrzeit in der Zukunft (Ctrl+L) und bereiten Sie sich hier darauf vor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>What you know, your questions, your pitch — before you go</source>
        <translation>Was Sie wissen, Ihre Fragen, Ihr Pitch – bevor Sie losgehen</translation>
    </message>
</context>
<context>
    <name>WebsitesEditor</name>
    <message>
        <source>Add website</source>
        <translation>Website hinzufügen</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <source>goal {n}</source>
        <translation>Ziel {n}</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last changes on {pages} could not be saved yet.</source>
        <translation>Ihre letzten Änderungen auf {pages} konnten noch nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Rapport keeps trying while the window is open (the disk may be full, or another program may hold the database). Close anyway and lose them, or keep the window open?</source>
        <translation>Rapport versucht es weiter, solange das Fenster offen ist (der Datenträger ist vielleicht voll, oder ein anderes Programm hält die Datenbank). Trotzdem schließen und die Änderungen verlieren oder das Fenster offen lassen?</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Rapport is still running</source>
        <translation>Rapport läuft noch</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of follow-ups. Quit it from this icon&apos;s menu or with File → Quit; Edit → Preferences → General turns this off.</source>
        <translation>Es bleibt im Infobereich, um Sie an Wiedervorlagen zu erinnern. Beenden Sie es über das Menü dieses Symbols oder mit Datei → Beenden; unter Bearbeiten → Einstellungen → Allgemein lässt sich das abschalten.</translation>
    </message>
</context>
<context>
    <name>WriteTab</name>
    <message>
        <source>Who you are, what you do best (one example with a number), what you are looking for — then ask: “Who do you know who…?” Plain words, about 75 for 30 seconds.</source>
        <translation>Wer Sie sind, was Sie am besten können (ein Beispiel mit einer Zahl), was Sie suchen – dann fragen Sie: „Wen kennen Sie, der…?“ Einfache Worte, etwa 75 für 30 Sekunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ {s} s at {wpm} wpm</source>
        <translation>≈ {s} s bei {wpm} W/Min.</translation>
    </message>
    <message>
        <source>of {t} s — {o} s over</source>
        <translation>von {t} s – {o} s drüber</translation>
    </message>
    <message>
        <source>of {t} s</source>
        <translation>von {t} s</translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>_DateRow</name>
    <message>
        <source>e.g. Graduation</source>
        <translation>z. B. Abschluss</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Was das Datum ist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Dieses Datum entfernen</translation>
    </message>
</context>
<context>
    <name>_HandleRow</name>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Signal, Matrix, Mastodon, GitHub… or type another</source>
        <translation>Signal, Matrix, Mastodon, GitHub… oder einen anderen eingeben</translation>
    </message>
    <message>
        <source>@name or address</source>
        <translation>@name oder Adresse</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Handle label</source>
        <translation>Bezeichnung der Kennung</translation>
    </message>
    <message>
        <source>Remove this handle</source>
        <translation>Diese Kennung entfernen</translation>
    </message>
</context>
<context>
    <name>_WebsiteRow</name>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Website label</source>
        <translation>Bezeichnung der Website</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>Diese Website entfernen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rapport&apos;s database is damaged and there is no backup to restore:
{path}

{detail}

The file has not been changed. Keep it safe; it may still be recoverable with SQLite tools.</source>
        <translation>Die Datenbank von Rapport ist beschädigt, und es gibt keine Sicherung zum Wiederherstellen:
{path}

{detail}

Die Datei wurde nicht verändert. Bewahren Sie sie gut auf; mit SQLite-Werkzeugen lässt sie sich vielleicht noch retten.</translation>
    </message>
    <message>
        <source>Rapport&apos;s database is damaged:
{detail}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation>Die Datenbank von Rapport ist beschädigt:
{detail}

Die neueste intakte Sicherung ({when}) wiederherstellen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>The data folder is read-only:
{path}

The window saves what you type as you type, so it does not open on a folder it cannot write. The data can still be read from the command line (rapport --data-dir FOLDER export, search, agenda, backup -o FILE); make the folder writable to work in it.</source>
        <translation>Der Datenordner ist schreibgeschützt:
{path}

Das Fenster speichert beim Tippen, daher öffnet es sich nicht für einen Ordner, in den es nicht schreiben kann. Lesen lassen sich die Daten weiterhin über die Befehlszeile (rapport --data-dir FOLDER export, search, agenda, backup -o FILE); machen Sie den Ordner beschreibbar, um darin zu arbeiten.</translation>
    </message>
    <message>
        <source>Rapport cannot use its data folder:
{error}</source>
        <translation>Rapport kann seinen Datenordner nicht verwenden:
{error}</translation>
    </message>
    <message>
        <source>Rapport cannot start: {problem}</source>
        <translation>Rapport kann nicht starten: {problem}</translation>
    </message>
    <message>
        <source>Rapport is already open with this data folder{who}:
{path}

Switch to that window, or close it before starting Rapport again.</source>
        <translation>Rapport ist mit diesem Datenordner bereits geöffnet{who}:
{path}

Wechseln Sie zu diesem Fenster oder schließen Sie es, bevor Sie Rapport erneut starten.</translation>
    </message>
    <message>
        <source>Rapport cannot open its database:
{path}

{error}</source>
        <translation>Rapport kann seine Datenbank nicht öffnen:
{path}

{error}</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Move meeting to {when}</source>
        <translation>Treffen auf {when} verschieben</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Rapport — unexpected error</source>
        <translation>Rapport – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that Rapport did not expect. Everything you saved is safe.</source>
        <translation>Etwas ist schiefgegangen, womit Rapport nicht gerechnet hat. Alles, was Sie gespeichert haben, ist sicher.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>Die Details wurden in die Protokolldatei geschrieben:
{path}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Which contact is the same person as {name}?</source>
        <translation>Welcher Kontakt ist dieselbe Person wie {name}?</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>Add follow-up: {title}</source>
        <translation>Wiedervorlage hinzufügen: {title}</translation>
    </message>
</context>
<context>
    <name>opportunities</name>
    <message>
        <source>New &amp;Opportunity…</source>
        <translation>Neue &amp;Stelle…</translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to</source>
        <translation>Eine Stelle hinzufügen, die Sie interessiert, auf die Sie sich beworben haben oder für die Sie empfohlen wurden</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
</context>
</TS>
