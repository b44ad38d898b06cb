<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln contact(s)</source>
            <translation>
                <numerusform>Add %Ln contact</numerusform>
                <numerusform>Add %Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln contact(s) to the trash</source>
            <translation>
                <numerusform>Move %Ln contact to the trash</numerusform>
                <numerusform>Move %Ln contacts to the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %Ln contact(s)</source>
            <translation>
                <numerusform>Restore %Ln contact</numerusform>
                <numerusform>Restore %Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln contact(s) to {circle}</source>
            <translation>
                <numerusform>Add %Ln contact to {circle}</numerusform>
                <numerusform>Add %Ln contacts to {circle}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln contact(s) from {circle}</source>
            <translation>
                <numerusform>Remove %Ln contact from {circle}</numerusform>
                <numerusform>Remove %Ln contacts from {circle}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set stage of %Ln contact(s) to {stage}</source>
            <translation>
                <numerusform>Set stage of %Ln contact to {stage}</numerusform>
                <numerusform>Set stage of %Ln contacts to {stage}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s) due</source>
            <translation>
                <numerusform>%Ln follow-up due</numerusform>
                <numerusform>%Ln follow-ups due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s) for today</source>
            <translation>
                <numerusform>%Ln follow-up for today</numerusform>
                <numerusform>%Ln follow-ups for today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln due today</source>
            <translation>
                <numerusform>%Ln due today</numerusform>
                <numerusform>%Ln due today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>and %Ln more</numerusform>
                <numerusform>and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln card</numerusform>
                <numerusform>%Ln cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln opportunit(y/ies) to {stage}</source>
            <translation>
                <numerusform>Move %Ln opportunity to {stage}</numerusform>
                <numerusform>Move %Ln opportunities to {stage}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more opportunit(y/ies)</source>
            <translation>
                <numerusform>… and %Ln more opportunity</numerusform>
                <numerusform>… and %Ln more opportunities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opportunit(y/ies) so far, {p} of them through people.</source>
            <translation>
                <numerusform>%Ln opportunity so far, {p} of them through people.</numerusform>
                <numerusform>%Ln opportunities so far, {p} of them through people.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · last gave %n day(s) ago</source>
            <translation>
                <numerusform> · last gave %n day ago</numerusform>
                <numerusform> · last gave %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · last gave %n month(s) ago</source>
            <translation>
                <numerusform> · last gave %n month ago</numerusform>
                <numerusform> · last gave %n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>every %n month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n year(s)</source>
            <translation>
                <numerusform>every %n year</numerusform>
                <numerusform>every %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n time(s)</source>
            <translation>
                <numerusform>, %n time</numerusform>
                <numerusform>, %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-week streak</source>
            <translation>
                <numerusform>%n-week streak</numerusform>
                <numerusform>%n-week streak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>best: %n week(s)</source>
            <translation>
                <numerusform>best: %n week</numerusform>
                <numerusform>best: %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n coffee(s)</source>
            <translation>
                <numerusform>%n coffee</numerusform>
                <numerusform>%n coffees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lunch(/es)</source>
            <translation>
                <numerusform>%n lunch</numerusform>
                <numerusform>%n lunches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• Talked with %n (person/people) ({kinds})</source>
            <translation>
                <numerusform>• Talked with %n person ({kinds})</numerusform>
                <numerusform>• Talked with %n people ({kinds})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• Followed up %n introduction(s) — thank you to everyone who suggested a name</source>
            <translation>
                <numerusform>• Followed up %n introduction — thank you to everyone who suggested a name</numerusform>
                <numerusform>• Followed up %n introductions — thank you to everyone who suggested a name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• Shared my target list and notes with %n (person/people)</source>
            <translation>
                <numerusform>• Shared my target list and notes with %n person</numerusform>
                <numerusform>• Shared my target list and notes with %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interaction</numerusform>
                <numerusform>%n interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln circle(s)</source>
            <translation>
                <numerusform>%Ln circle</numerusform>
                <numerusform>%Ln circles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln compan(y/ies)</source>
            <translation>
                <numerusform>%Ln company</numerusform>
                <numerusform>%Ln companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>%Ln interaction</numerusform>
                <numerusform>%Ln interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ledger entr(y/ies)</source>
            <translation>
                <numerusform>%Ln ledger entry</numerusform>
                <numerusform>%Ln ledger entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s)</source>
            <translation>
                <numerusform>%Ln follow-up</numerusform>
                <numerusform>%Ln follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pitch(es)</source>
            <translation>
                <numerusform>%Ln pitch</numerusform>
                <numerusform>%Ln pitches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pitch revision(s)</source>
            <translation>
                <numerusform>%Ln pitch revision</numerusform>
                <numerusform>%Ln pitch revisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rehearsal(s)</source>
            <translation>
                <numerusform>%Ln rehearsal</numerusform>
                <numerusform>%Ln rehearsals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln template(s)</source>
            <translation>
                <numerusform>%Ln template</numerusform>
                <numerusform>%Ln templates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln research note(s)</source>
            <translation>
                <numerusform>%Ln research note</numerusform>
                <numerusform>%Ln research notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card image(s)</source>
            <translation>
                <numerusform>%Ln card image</numerusform>
                <numerusform>%Ln card images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln setting(s)</source>
            <translation>
                <numerusform>%Ln setting</numerusform>
                <numerusform>%Ln settings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opportunit(y/ies)</source>
            <translation>
                <numerusform>%Ln opportunity</numerusform>
                <numerusform>%Ln opportunities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document version(s)</source>
            <translation>
                <numerusform>%Ln document version</numerusform>
                <numerusform>%Ln document versions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s) sent</source>
            <translation>
                <numerusform>%Ln document sent</numerusform>
                <numerusform>%Ln documents sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{target} s · %Ln word(s) ≈ {spoken} s at {wpm} wpm</source>
            <translation>
                <numerusform>{target} s · %Ln word ≈ {spoken} s at {wpm} wpm</numerusform>
                <numerusform>{target} s · %Ln words ≈ {spoken} s at {wpm} wpm</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AddFollowUpDialog</name>
        <message numerus="yes">
            <source>day(s)</source>
            <translation>
                <numerusform>day</numerusform>
                <numerusform>days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week(s)</source>
            <translation>
                <numerusform>week</numerusform>
                <numerusform>weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>month(s)</source>
            <translation>
                <numerusform>month</numerusform>
                <numerusform>months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>year(s)</source>
            <translation>
                <numerusform>year</numerusform>
                <numerusform>years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaTreeModel</name>
        <message numerus="yes">
            <source>{title}, %Ln item(s)</source>
            <translation>
                <numerusform>{title}, %Ln item</numerusform>
                <numerusform>{title}, %Ln items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message numerus="yes">
            <source>Swap %n buzzword(s) for everyday words.</source>
            <translation>
                <numerusform>Swap %n buzzword for everyday words.</numerusform>
                <numerusform>Swap %n buzzwords for everyday words.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Spell out %n acronym(s).</source>
            <translation>
                <numerusform>Spell out %n acronym.</numerusform>
                <numerusform>Spell out %n acronyms.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n long sentence(s).</source>
            <translation>
                <numerusform>Split %n long sentence.</numerusform>
                <numerusform>Split %n long sentences.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shorten some of the %n long word(s).</source>
            <translation>
                <numerusform>Shorten some of the %n long word.</numerusform>
                <numerusform>Shorten some of the %n long words.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n filler word(s).</source>
            <translation>
                <numerusform>Cut %n filler word.</numerusform>
                <numerusform>Cut %n filler words.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AskReferralsDialog</name>
        <message numerus="yes">
            <source>Add %Ln person(s)</source>
            <translation>
                <numerusform>Add %Ln person</numerusform>
                <numerusform>Add %Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln referral(s) from {name}</source>
            <translation>
                <numerusform>Add %Ln referral from {name}</numerusform>
                <numerusform>Add %Ln referrals from {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message numerus="yes">
            <source>Replace your current data with this backup (%Ln contact(s))?

Your current data is saved as a backup first, so you can go back.</source>
            <translation>
                <numerusform>Replace your current data with this backup (%Ln contact)?

Your current data is saved as a backup first, so you can go back.</numerusform>
                <numerusform>Replace your current data with this backup (%Ln contacts)?

Your current data is saved as a backup first, so you can go back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message numerus="yes">
            <source>Exported %Ln follow-up(s) and meetings to {path}</source>
            <translation>
                <numerusform>Exported %Ln follow-up and meetings to {path}</numerusform>
                <numerusform>Exported %Ln follow-ups and meetings to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardDesigner</name>
        <message numerus="yes">
            <source>{size} · %Ln card(s) per {paper} sheet, with cut marks</source>
            <translation>
                <numerusform>{size} · %Ln card per {paper} sheet, with cut marks</numerusform>
                <numerusform>{size} · %Ln cards per {paper} sheet, with cut marks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln business card(s) to {path}</source>
            <translation>
                <numerusform>Saved %Ln business card to {path}</numerusform>
                <numerusform>Saved %Ln business cards to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactBulkMenus</name>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to {path}</source>
            <translation>
                <numerusform>Exported %Ln contact to {path}</numerusform>
                <numerusform>Exported %Ln contacts to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message numerus="yes">
            <source>Circle default (%n day(s))</source>
            <translation>
                <numerusform>Circle default (%n day)</numerusform>
                <numerusform>Circle default (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactPageActions</name>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactTrash</name>
        <message numerus="yes">
            <source>Delete %Ln contact(s) for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
            <translation>
                <numerusform>Delete %Ln contact for good, with their interactions, ledger and follow-ups?

This cannot be undone.</numerusform>
                <numerusform>Delete %Ln contacts for good, with their interactions, ledger and follow-ups?

This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s) for good</source>
            <translation>
                <numerusform>Deleted %Ln contact for good</numerusform>
                <numerusform>Deleted %Ln contacts for good</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>Trash: %Ln contact(s). Select one to restore it; emptying the trash deletes them for good.</source>
            <translation>
                <numerusform>Trash: %Ln contact. Select one to restore it; emptying the trash deletes them for good.</numerusform>
                <numerusform>Trash: %Ln contacts. Select one to restore it; emptying the trash deletes them for good.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of your contacts match</source>
            <translation>
                <numerusform>%Ln contact matches</numerusform>
                <numerusform>%Ln of your contacts match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayGridView</name>
        <message numerus="yes">
            <source>{day}: %Ln follow-up(s)</source>
            <translation>
                <numerusform>{day}: %Ln follow-up</numerusform>
                <numerusform>{day}: %Ln follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day}
%Ln follow-up(s)</source>
            <translation>
                <numerusform>{day}
%Ln follow-up</numerusform>
                <numerusform>{day}
%Ln follow-ups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DaysBeforeBox</name>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n day before</numerusform>
                <numerusform>%n days before</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DaysBox</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DoorOpenersPanel</name>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message numerus="yes">
            <source>%Ln likely duplicate(s), the surest first. Merging keeps everything from both.</source>
            <translation>
                <numerusform>%Ln likely duplicate, the surest first. Merging keeps everything from both.</numerusform>
                <numerusform>%Ln likely duplicates, the surest first. Merging keeps everything from both.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpActions</name>
        <message numerus="yes">
            <source>%Ln follow-up(s)</source>
            <translation>
                <numerusform>%Ln follow-up</numerusform>
                <numerusform>%Ln follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Log %Ln interaction(s)</source>
            <translation>
                <numerusform>Log %Ln interaction</numerusform>
                <numerusform>Log %Ln interactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsHistory</name>
        <message numerus="yes">
            <source>goal {t} a week · met {m} of %Ln week(s)</source>
            <translation>
                <numerusform>goal {t} a week · met {m} of %Ln week</numerusform>
                <numerusform>goal {t} a week · met {m} of %Ln weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message numerus="yes">
            <source>%Ln run(s); target {t:g} s</source>
            <translation>
                <numerusform>%Ln run; target {t:g} s</numerusform>
                <numerusform>%Ln runs; target {t:g} s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message numerus="yes">
            <source>the last %Ln week(s), this week on the right</source>
            <translation>
                <numerusform>the last %Ln week, this week on the right</numerusform>
                <numerusform>the last %Ln weeks, this week on the right</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KindFilterButton</name>
        <message numerus="yes">
            <source>%Ln kind(s)</source>
            <translation>
                <numerusform>%Ln kind</numerusform>
                <numerusform>%Ln kinds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KnownPanel</name>
        <message numerus="yes">
            <source>%Ln person(s) to you</source>
            <translation>
                <numerusform>%Ln person to you</numerusform>
                <numerusform>%Ln people to you</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln due today</source>
            <translation>
                <numerusform>%Ln due today</numerusform>
                <numerusform>%Ln due today</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interaction</numerusform>
                <numerusform>%n interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ledger entr(y/ies)</source>
            <translation>
                <numerusform>%n ledger entry</numerusform>
                <numerusform>%n ledger entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n referral</numerusform>
                <numerusform>%n referrals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n email(s)</source>
            <translation>
                <numerusform>%n email</numerusform>
                <numerusform>%n emails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phone(s)</source>
            <translation>
                <numerusform>%n phone</numerusform>
                <numerusform>%n phones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s)</source>
            <translation>
                <numerusform>%n circle</numerusform>
                <numerusform>%n circles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthlyUpdateDialog</name>
        <message numerus="yes">
            <source>Saved %Ln draft(s) in {folder}.</source>
            <translation>
                <numerusform>Saved %Ln draft in {folder}.</numerusform>
                <numerusform>Saved %Ln drafts in {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MultiPanel</name>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>%Ln contact selected</numerusform>
                <numerusform>%Ln contacts selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %Ln more</source>
            <translation>
                <numerusform> and %Ln more</numerusform>
                <numerusform> and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PitchListModel</name>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln word</numerusform>
                <numerusform>%Ln words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PitchPanel</name>
        <message numerus="yes">
            <source>Last rehearsed {when} · %Ln run(s)</source>
            <translation>
                <numerusform>Last rehearsed {when} · %Ln run</numerusform>
                <numerusform>Last rehearsed {when} · %Ln runs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>%Ln possible duplicate(s) (kept apart)</source>
            <translation>
                <numerusform>%Ln possible duplicate (kept apart)</numerusform>
                <numerusform>%Ln possible duplicates (kept apart)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanDialog</name>
        <message numerus="yes">
            <source>Read %Ln line(s) with {engine}. Check each field, then add how you met.</source>
            <translation>
                <numerusform>Read %Ln line with {engine}. Check each field, then add how you met.</numerusform>
                <numerusform>Read %Ln lines with {engine}. Check each field, then add how you met.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <source>Added %Ln new contact(s).</source>
            <translation>
                <numerusform>Added %Ln new contact.</numerusform>
                <numerusform>Added %Ln new contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) skipped.</source>
            <translation>
                <numerusform>%Ln row skipped.</numerusform>
                <numerusform>%Ln rows skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>Offline — %Ln change(s) waiting</source>
            <translation>
                <numerusform>Offline — %Ln change waiting</numerusform>
                <numerusform>Offline — %Ln changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync failed — %Ln change(s) waiting</source>
            <translation>
                <numerusform>Sync failed — %Ln change waiting</numerusform>
                <numerusform>Sync failed — %Ln changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %Ln change(s) waiting</source>
            <translation>
                <numerusform> — %Ln change waiting</numerusform>
                <numerusform> — %Ln changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not synced yet — %Ln change(s) waiting</source>
            <translation>
                <numerusform>Not synced yet — %Ln change waiting</numerusform>
                <numerusform>Not synced yet — %Ln changes waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimeGridView</name>
        <message numerus="yes">
            <source>{day}: %Ln item(s)</source>
            <translation>
                <numerusform>{day}: %Ln item</numerusform>
                <numerusform>{day}: %Ln items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day}
%Ln item(s)</source>
            <translation>
                <numerusform>{day}
%Ln item</numerusform>
                <numerusform>{day}
%Ln items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <source>%Ln follow-up(s) done</source>
            <translation>
                <numerusform>%Ln follow-up done</numerusform>
                <numerusform>%Ln follow-ups done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrailPanel</name>
        <message numerus="yes">
            <source>%Ln step(s)</source>
            <translation>
                <numerusform>%Ln step</numerusform>
                <numerusform>%Ln steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) you knew</source>
            <translation>
                <numerusform>%Ln person you knew</numerusform>
                <numerusform>%Ln people you knew</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WriteTab</name>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln word</numerusform>
                <numerusform>%Ln words</numerusform>
            </translation>
        </message>
    </context>
</TS>
