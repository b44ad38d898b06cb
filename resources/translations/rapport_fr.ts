<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Give: {what}</source>
        <translation>Donner&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Introduce {who}</source>
        <translation>Présenter {who}</translation>
    </message>
    <message>
        <source>two contacts</source>
        <translation>deux contacts</translation>
    </message>
    <message>
        <source>Edit research on {name}</source>
        <translation>Modifier les recherches sur {name}</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation>Noter&#xa0;: {what}</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s)</source>
        <translation>
            <numerusform>Ajouter %Ln contact</numerusform>
            <numerusform>Ajouter %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {what} to the trash</source>
        <translation>Mettre {what} à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash</source>
        <translation>
            <numerusform>Mettre %Ln contact à la corbeille</numerusform>
            <numerusform>Mettre %Ln contacts à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>Restaurer {what}</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contact(s)</source>
        <translation>
            <numerusform>Restaurer %Ln contact</numerusform>
            <numerusform>Restaurer %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {names}</source>
        <translation>Fusionner {names}</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to {circle}</source>
        <translation>
            <numerusform>Ajouter %Ln contact à {circle}</numerusform>
            <numerusform>Ajouter %Ln contacts à {circle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln contact(s) from {circle}</source>
        <translation>
            <numerusform>Retirer %Ln contact de {circle}</numerusform>
            <numerusform>Retirer %Ln contacts de {circle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to {stage}</source>
        <translation>
            <numerusform>Passer %Ln contact à l’étape {stage}</numerusform>
            <numerusform>Passer %Ln contacts à l’étape {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modifier&#xa0;: {what}</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>échange</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Add to the ledger: {what}</source>
        <translation>Ajouter au bilan&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Delete from the ledger: {what}</source>
        <translation>Supprimer du bilan&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Mark done: {what}</source>
        <translation>Marquer comme fait&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Reopen: {what}</source>
        <translation>Rouvrir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Mark {title} {status}</source>
        <translation>Marquer {title}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Add follow-up: {title}</source>
        <translation>Ajouter une relance&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Add {name} to the target list</source>
        <translation>Ajouter {name} à la liste cible</translation>
    </message>
    <message>
        <source>Remove {name} from the target list</source>
        <translation>Retirer {name} de la liste cible</translation>
    </message>
    <message>
        <source>In the trash since {day}</source>
        <translation>Dans la corbeille depuis {day}</translation>
    </message>
    <message>
        <source>Next follow-up: {day}</source>
        <translation>Prochaine relance&#xa0;: {day}</translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation>{company} est sur votre liste cible</translation>
    </message>
    <message>
        <source>Gave {g} · Asked {a} · Received {r}</source>
        <translation>Donné {g} · Demandé {a} · Reçu {r}</translation>
    </message>
    <message>
        <source>goes by “{nickname}”</source>
        <translation>surnommé(e) «&#xa0;{nickname}&#xa0;»</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>(turns {age})</source>
        <translation>({age} ans)</translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation>Prochaine&#xa0;: {day}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column} (no room: widen the list)</source>
        <translation>{column} (pas de place&#xa0;: élargissez la liste)</translation>
    </message>
    <message>
        <source>Fit Columns to Their Content</source>
        <translation>Ajuster les colonnes à leur contenu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochain</translation>
    </message>
    <message>
        <source>± Give/ask balance</source>
        <translation>± Bilan donner/demander</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>{n}d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <source>{n}w</source>
        <translation>{n} sem.</translation>
    </message>
    <message>
        <source>{n}mo</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <source>{n}y</source>
        <translation>{n} a</translation>
    </message>
    <message>
        <source>{n}d late</source>
        <translation>{n} j de retard</translation>
    </message>
    <message>
        <source>in {n}d</source>
        <translation>dans {n} j</translation>
    </message>
    <message>
        <source>No conversation logged yet.</source>
        <translation>Aucun échange noté pour l’instant.</translation>
    </message>
    <message>
        <source>Last contact {when} ({full}).</source>
        <translation>Dernier contact {when} ({full}).</translation>
    </message>
    <message>
        <source>Not in touch yet: log a first conversation and Rapport will remind you to keep it warm.</source>
        <translation>Pas encore en contact&#xa0;: notez une première conversation et Rapport vous rappellera d’entretenir la relation.</translation>
    </message>
    <message>
        <source>In touch. {spoken} Reconnect by {day}.</source>
        <translation>En contact. {spoken} Reprendre contact d’ici {day}.</translation>
    </message>
    <message>
        <source>Time to reconnect. {spoken}</source>
        <translation>Il est temps de reprendre contact. {spoken}</translation>
    </message>
    <message>
        <source>Overdue: going cold. {spoken}</source>
        <translation>En retard&#xa0;: la relation se refroidit. {spoken}</translation>
    </message>
    <message>
        <source>Interview {when}</source>
        <translation>Entretien {when}</translation>
    </message>
    <message>
        <source>{stage} lane</source>
        <translation>Colonne {stage}</translation>
    </message>
    <message>
        <source>Drag a card here</source>
        <translation>Déposez une carte ici</translation>
    </message>
    <message>
        <source>Opportunities board</source>
        <translation>Tableau des opportunités</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>{n} at {stage}</source>
        <translation>{n} à l’étape {stage}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln carte</numerusform>
            <numerusform>%Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Add {role} at {company}</source>
        <translation>Ajouter {role} chez {company}</translation>
    </message>
    <message>
        <source>Edit {role} at {company}</source>
        <translation>Modifier {role} chez {company}</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Déplacer vers {stage}</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln opportunit(y/ies) to {stage}</source>
        <translation>
            <numerusform>Déplacer %Ln opportunité vers {stage}</numerusform>
            <numerusform>Déplacer %Ln opportunités vers {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Planifier un entretien</translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>Delete the interview</source>
        <translation>Supprimer l’entretien</translation>
    </message>
    <message>
        <source>Change the day of a move</source>
        <translation>Changer la date d’un changement d’étape</translation>
    </message>
    <message>
        <source>Record {what} as sent</source>
        <translation>Noter {what} comme envoyé</translation>
    </message>
    <message>
        <source>Add {file}</source>
        <translation>Ajouter {file}</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <source>Referred you to {jobs}{more}</source>
        <translation>Vous a recommandé pour {jobs}{more}</translation>
    </message>
    <message>
        <source>{roles} on {job}</source>
        <translation>{roles} pour {job}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more opportunit(y/ies)</source>
        <translation>
            <numerusform>… et %Ln autre opportunité</numerusform>
            <numerusform>… et %Ln autres opportunités</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an opportunity to open it on the Opportunities page</source>
        <translation>Cliquez sur une opportunité pour l’ouvrir dans la page Opportunités</translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation>Changer la date</translation>
    </message>
    <message>
        <source>The day it happened:</source>
        <translation>Le jour où c’est arrivé&#xa0;:</translation>
    </message>
    <message>
        <source>Opportunity details</source>
        <translation>Détails de l’opportunité</translation>
    </message>
    <message>
        <source>Choose an opportunity to see its people, its history and what you sent — or add one (Ctrl+Shift+J).</source>
        <translation>Choisissez une opportunité pour voir ses personnes, son historique et ce que vous avez envoyé — ou ajoutez-en une (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>No opportunity chosen</source>
        <translation>Aucune opportunité choisie</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Derniers échanges</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} avec {name}</translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation>lien {tie}</translation>
    </message>
    <message>
        <source>{company} (on your target list)</source>
        <translation>{company} (dans votre liste cible)</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Pourquoi entrer en contact</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Also there</source>
        <translation>Également là-bas</translation>
    </message>
    <message>
        <source>You promised</source>
        <translation>Vous avez promis</translation>
    </message>
    <message>
        <source>They helped with</source>
        <translation>Vous a aidé pour</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Vous avez demandé</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Ce que vous savez</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Notes de recherche</translation>
    </message>
    <message>
        <source>last rehearsed {day}</source>
        <translation>dernière répétition le {day}</translation>
    </message>
    <message>
        <source>not rehearsed yet</source>
        <translation>pas encore répété</translation>
    </message>
    <message>
        <source>Your pitch — {title} ({seconds} s)</source>
        <translation>Votre pitch — {title} ({seconds}&#xa0;s)</translation>
    </message>
    <message>
        <source>During the meeting</source>
        <translation>Pendant le rendez-vous</translation>
    </message>
    <message>
        <source>Prepared with Rapport on {day}.</source>
        <translation>Préparé avec Rapport le {day}.</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>impossible d’écrire {path}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Move to another stage (Ctrl+Shift+Right: the next one)</source>
        <translation>Passer à une autre étape (Ctrl+Shift+Right&#xa0;: la suivante)</translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation>Passer à une autre étape</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the role, company, people… (Ctrl+E)</source>
        <translation>Modifier le poste, l’entreprise, les personnes… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this opportunity (Delete)</source>
        <translation>Supprimer cette opportunité (Delete)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your notes on this opportunity, saved as you type; Tab moves on</source>
        <translation>Vos notes sur cette opportunité, enregistrées au fil de la saisie&#xa0;; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>What you know about the role, the team, the questions to ask…</source>
        <translation>Ce que vous savez du poste, de l’équipe, les questions à poser…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Show in Contacts</source>
        <translation>Afficher dans Contacts</translation>
    </message>
    <message>
        <source>List these people on the Contacts page</source>
        <translation>Lister ces personnes dans la page Contacts</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>The interviews for this opportunity; Enter edits the chosen one, Delete removes it</source>
        <translation>Les entretiens pour cette opportunité&#xa0;; Enter modifie celui choisi, Delete le supprime</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Add a round of interviews (Ctrl+I)</source>
        <translation>Ajouter une série d’entretiens (Ctrl+I)</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <source>The prep sheet for the next interview</source>
        <translation>La fiche de préparation du prochain entretien</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Double-click a move to correct its day</source>
        <translation>Double-cliquez sur un changement pour corriger sa date</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Documents envoyés</translation>
    </message>
    <message>
        <source>Double-click to open the file</source>
        <translation>Double-cliquez pour ouvrir le fichier</translation>
    </message>
    <message>
        <source>Record sent…</source>
        <translation>Noter un envoi…</translation>
    </message>
    <message>
        <source>Record a résumé or cover letter you sent</source>
        <translation>Noter un CV ou une lettre de motivation envoyés</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>Your résumés and cover letters, by version</source>
        <translation>Vos CV et lettres de motivation, par version</translation>
    </message>
    <message>
        <source>Follow-ups coming up</source>
        <translation>Relances à venir</translation>
    </message>
    <message>
        <source>{c} is on your target list</source>
        <translation>{c} est sur votre liste cible</translation>
    </message>
    <message>
        <source>{stage} for {days}</source>
        <translation>{stage} depuis {days}</translation>
    </message>
    <message>
        <source>applied {when}</source>
        <translation>candidature {when}</translation>
    </message>
    <message>
        <source>At {stage} since {day}</source>
        <translation>À l’étape {stage} depuis {day}</translation>
    </message>
    <message>
        <source>Job posting ↗</source>
        <translation>Annonce ↗</translation>
    </message>
    <message>
        <source>Salary: {notes}</source>
        <translation>Salaire&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>à la corbeille</translation>
    </message>
    <message>
        <source>Nobody yet. Who referred you, who is hiring, who can tell you about the team? (Edit…)</source>
        <translation>Personne pour l’instant. Qui vous a recommandé, qui recrute, qui peut vous parler de l’équipe&#xa0;? (Modifier…)</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Tour {n}</translation>
    </message>
    <message>
        <source>None yet — schedule one when it is set.</source>
        <translation>Aucun pour l’instant — planifiez-en un dès qu’il est fixé.</translation>
    </message>
    <message>
        <source>The prep sheet for the interview {when}</source>
        <translation>La fiche de préparation de l’entretien {when}</translation>
    </message>
    <message>
        <source>Schedule an interview to prepare for it</source>
        <translation>Planifiez un entretien pour le préparer</translation>
    </message>
    <message>
        <source>{d} so far</source>
        <translation>{d} jusqu’ici</translation>
    </message>
    <message>
        <source> to {name}</source>
        <translation> à {name}</translation>
    </message>
    <message>
        <source>{doc} v{n}{to} · {when}</source>
        <translation>{doc} v{n}{to} · {when}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien de noté pour l’instant.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>… and {n} more on Today and the Calendar</source>
        <translation>… et {n} de plus dans Aujourd’hui et le Calendrier</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>People on {role} at {company}</source>
        <translation>Personnes pour {role} chez {company}</translation>
    </message>
    <message>
        <source>The people who play a part here, with their role; Delete removes one</source>
        <translation>Les personnes impliquées, avec leur rôle&#xa0;; Delete retire celle choisie</translation>
    </message>
    <message>
        <source>Add a person: type a name</source>
        <translation>Ajouter une personne&#xa0;: tapez un nom</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Son rôle</translation>
    </message>
    <message>
        <source>How the person you add is involved, such as referring you or interviewing you</source>
        <translation>Le rôle de la personne que vous ajoutez, par exemple si elle vous a recommandé ou vous fait passer l’entretien</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Adds the person you typed to the list, with the chosen role</source>
        <translation>Ajoute la personne saisie à la liste, avec le rôle choisi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen person (Delete)</source>
        <translation>Retirer la personne choisie (Delete)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Modifier l’opportunité</translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation>p. ex. Responsable des opérations</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>The company that is hiring: choose one of yours or type a new one</source>
        <translation>L’entreprise qui recrute&#xa0;: choisissez-en une parmi les vôtres ou tapez-en une nouvelle</translation>
    </message>
    <message>
        <source>Choose from your companies or type a new one</source>
        <translation>Choisissez parmi vos entreprises ou tapez-en une nouvelle</translation>
    </message>
    <message>
        <source>On my target list</source>
        <translation>Sur ma liste cible</translation>
    </message>
    <message>
        <source>Adds the company to the companies you would love to work for</source>
        <translation>Ajoute l’entreprise à celles où vous aimeriez travailler</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>How you heard of the job: a referral, a recruiter, your own application…</source>
        <translation>Comment vous avez connu le poste&#xa0;: une recommandation, un recruteur, votre candidature spontanée…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>How far the application has come; the date beside it says since when</source>
        <translation>Où en est la candidature&#xa0;; la date à côté indique depuis quand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Posting &amp;link:</source>
        <translation>&amp;Lien de l’annonce&#xa0;:</translation>
    </message>
    <message>
        <source>Where the job is: a city, or remote</source>
        <translation>Où se trouve le poste&#xa0;: une ville, ou en télétravail</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>L&amp;ieu&#xa0;:</translation>
    </message>
    <message>
        <source>The range, what you asked for, the offer…</source>
        <translation>La fourchette, ce que vous avez demandé, l’offre…</translation>
    </message>
    <message>
        <source>Sa&amp;lary notes:</source>
        <translation>Notes sur le s&amp;alaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Pe&amp;rsonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Anything to remember about this opportunity; Tab moves on</source>
        <translation>Tout ce qu’il faut retenir sur cette opportunité&#xa0;; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>An address, or the video link</source>
        <translation>Une adresse ou le lien de la visio</translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation>&amp;Tour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Recruteurs&#xa0;:</translation>
    </message>
    <message>
        <source>What to prepare, who to ask for at the desk…</source>
        <translation>Ce qu’il faut préparer, qui demander à l’accueil…</translation>
    </message>
    <message>
        <source>Rapport reminds you to prepare the day before and to thank each interviewer that day.</source>
        <translation>Rapport vous rappelle de vous préparer la veille et de remercier chaque recruteur le jour même.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a version</source>
        <translation>Ajouter une version</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>De quoi s’agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Résumés and cover letters</source>
        <translation>CV et lettres de motivation</translation>
    </message>
    <message>
        <source>Keep each version you send. Rapport copies the file into your data folder and remembers which version went to whom.</source>
        <translation>Gardez chaque version que vous envoyez. Rapport copie le fichier dans votre dossier de données et retient quelle version est partie à qui.</translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation>Documents et leurs versions</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Nouveau document…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Supprimer la version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Version {n} — {file}</source>
        <translation>Version {n} — {file}</translation>
    </message>
    <message>
        <source>Record a document sent</source>
        <translation>Noter un document envoyé</translation>
    </message>
    <message>
        <source>Which version</source>
        <translation>Quelle version</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Nobody in particular (the application itself)</source>
        <translation>Personne en particulier (la candidature elle-même)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Quelqu’un d’autre…</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Log it on their timeline (Rapport reminds you to follow up a week later)</source>
        <translation>Le noter dans son historique (Rapport vous rappellera de relancer une semaine plus tard)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (la plus récente)</translation>
    </message>
    <message>
        <source>{name}, version {n}{latest}</source>
        <translation>{name}, version {n}{latest}</translation>
    </message>
    <message>
        <source>Add the file you sent first (Add a file…).</source>
        <translation>Ajoutez d’abord le fichier que vous avez envoyé (Ajouter un fichier…).</translation>
    </message>
    <message>
        <source>Who did you send it to? Type a name and pick them.</source>
        <translation>À qui l’avez-vous envoyé&#xa0;? Tapez un nom et choisissez la personne.</translation>
    </message>
    <message>
        <source>Choose who you sent it to.</source>
        <translation>Choisissez à qui vous l’avez envoyé.</translation>
    </message>
    <message>
        <source>Your job search</source>
        <translation>Votre recherche d’emploi</translation>
    </message>
    <message>
        <source>From opportunity to offer, by source</source>
        <translation>De l’opportunité à l’offre, par source</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>Temps passé à chaque étape</translation>
    </message>
    <message>
        <source>How many days an opportunity usually stays at each stage before it moves on</source>
        <translation>Combien de jours une opportunité reste en général à chaque étape avant d’avancer</translation>
    </message>
    <message>
        <source>Who opened the doors</source>
        <translation>Qui vous a ouvert des portes</translation>
    </message>
    <message>
        <source>Their circles</source>
        <translation>Leurs cercles</translation>
    </message>
    <message>
        <source>{source}: {step}</source>
        <translation>{source}&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Interview rate</source>
        <translation>Taux d’entretien</translation>
    </message>
    <message>
        <source>Through people</source>
        <translation>Par des personnes</translation>
    </message>
    <message>
        <source>Not through people</source>
        <translation>Sans passer par des personnes</translation>
    </message>
    <message>
        <source>Add the jobs you hear about and apply to on the Opportunities page (Ctrl+6): this shows which ones people brought you, and how far each kind got.</source>
        <translation>Ajoutez les offres dont vous entendez parler et auxquelles vous postulez dans la page Opportunités (Ctrl+6)&#xa0;: vous verrez lesquelles vous viennent de vos contacts, et jusqu’où chaque type est allé.</translation>
    </message>
    <message>
        <source>Through people, &lt;b&gt;{p}&lt;/b&gt; of your applications reached an interview ({pn} of {pa}); on your own, &lt;b&gt;{c}&lt;/b&gt; ({cn} of {ca}). {advice}</source>
        <translation>Par vos contacts, &lt;b&gt;{p}&lt;/b&gt; de vos candidatures ont mené à un entretien ({pn} sur {pa})&#xa0;; par vous-même, &lt;b&gt;{c}&lt;/b&gt; ({cn} sur {ca}). {advice}</translation>
    </message>
    <message>
        <source>Keep asking: “Who else would you recommend I talk to?”</source>
        <translation>Continuez à demander&#xa0;: «&#xa0;À qui d’autre me conseilleriez-vous de parler&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Ask the people you know who could introduce you at the companies you apply to.</source>
        <translation>Demandez aux personnes que vous connaissez qui pourrait vous présenter dans les entreprises où vous postulez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunit(y/ies) so far, {p} of them through people.</source>
        <translation>
            <numerusform>%Ln opportunité jusqu’ici, dont {p} par vos contacts.</numerusform>
            <numerusform>%Ln opportunités jusqu’ici, dont {p} par vos contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} j</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{stage}: half the stays that ended took {d} days or less ({n} ended); {c} there now</source>
        <translation>{stage}&#xa0;: la moitié des séjours terminés ont duré {d} jours ou moins ({n} terminés)&#xa0;; {c} actuellement</translation>
    </message>
    <message>
        <source>, for {d} days (median)</source>
        <translation>, pendant {d} jours (médiane)</translation>
    </message>
    <message>
        <source>Median days before an opportunity moved on. Point at a bar for the details.</source>
        <translation>Nombre médian de jours avant qu’une opportunité change d’étape. Survolez une barre pour les détails.</translation>
    </message>
    <message>
        <source>Once opportunities move from stage to stage, how long each stage takes shows here.</source>
        <translation>Dès que des opportunités passent d’une étape à l’autre, la durée de chaque étape s’affiche ici.</translation>
    </message>
    <message>
        <source>Name who referred you or told you about a job: the people who open doors show here.</source>
        <translation>Indiquez qui vous a recommandé ou parlé d’une offre&#xa0;: les personnes qui vous ouvrent des portes s’affichent ici.</translation>
    </message>
    <message>
        <source>{n} of your {t} interviews came through someone you know.</source>
        <translation>{n} de vos {t} entretiens sont venus par quelqu’un que vous connaissez.</translation>
    </message>
    <message>
        <source>People who brought you opportunities; interviews will show as they come.</source>
        <translation>Les personnes qui vous ont apporté des opportunités&#xa0;; les entretiens s’afficheront au fur et à mesure.</translation>
    </message>
    <message>
        <source>Through {n}</source>
        <translation>Par {n}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>{c}: brought you opportunities</source>
        <translation>{c}&#xa0;: vous ont apporté des opportunités</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Prepare for the interview</source>
        <translation>Préparer l’entretien</translation>
    </message>
    <message>
        <source>The prep sheet is about the people you will meet. Add them first: the interviewers in the interview (double-click it), or the hiring manager or recruiter with Edit…</source>
        <translation>La fiche de préparation porte sur les personnes que vous allez rencontrer. Ajoutez-les d’abord&#xa0;: les recruteurs dans l’entretien (double-cliquez dessus), ou le responsable du recrutement ou le recruteur avec Modifier…</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} chez {company}</translation>
    </message>
    <message>
        <source>interview {when}</source>
        <translation>entretien {when}</translation>
    </message>
    <message>
        <source>{role} — {company}</source>
        <translation>{role} — {company}</translation>
    </message>
    <message>
        <source>Opportunity counts</source>
        <translation>Nombre d’opportunités</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Cards by stage: drag one to move it (Alt+B)</source>
        <translation>Cartes par étape&#xa0;: faites-en glisser une pour la déplacer (Alt+B)</translation>
    </message>
    <message>
        <source>Tab&amp;le</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Every opportunity in a table you can sort (Alt+L)</source>
        <translation>Toutes les opportunités dans une liste triable (Alt+L)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to (Ctrl+Shift+J)</source>
        <translation>Ajouter une offre qui vous intéresse, à laquelle vous avez postulé ou pour laquelle on vous a recommandé (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation>Filtrer les opportunités</translation>
    </message>
    <message>
        <source>Filter by role, company, place or person</source>
        <translation>Filtrer par poste, entreprise, lieu ou personne</translation>
    </message>
    <message>
        <source>Show only the opportunities at this stage</source>
        <translation>N’afficher que les opportunités à cette étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>En cours seulement</translation>
    </message>
    <message>
        <source>Show only the opportunities from this source</source>
        <translation>N’afficher que les opportunités de cette source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Target companies only</source>
        <translation>Entreprises cibles seulement</translation>
    </message>
    <message>
        <source>Show only the opportunities at companies on your target list</source>
        <translation>N’afficher que les opportunités des entreprises de votre liste cible</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show all opportunities</source>
        <translation>Afficher toutes les opportunités</translation>
    </message>
    <message>
        <source>Show every opportunity again</source>
        <translation>Afficher à nouveau toutes les opportunités</translation>
    </message>
    <message>
        <source>Opportunities table</source>
        <translation>Liste des opportunités</translation>
    </message>
    <message>
        <source>Your job search shows here, stage by stage: a role someone told you about, an application, a referral. Add the first one with New opportunity (Ctrl+Shift+J) — Rapport then reminds you to check in, to thank each interviewer and to tell the people who referred you how it is going.</source>
        <translation>Votre recherche d’emploi s’affiche ici, étape par étape&#xa0;: un poste dont on vous a parlé, une candidature, une recommandation. Ajoutez la première avec Nouvelle opportunité (Ctrl+Shift+J) — Rapport vous rappellera ensuite de prendre des nouvelles, de remercier chaque recruteur et de dire aux personnes qui vous ont recommandé où vous en êtes.</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Aucune opportunité pour l’instant</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Move back a stage</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>Edit the opportunity</source>
        <translation>Modifier l’opportunité</translation>
    </message>
    <message>
        <source>Schedule an interview…</source>
        <translation>Planifier un entretien…</translation>
    </message>
    <message>
        <source>Add a round of interviews</source>
        <translation>Ajouter une série d’entretiens</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the opportunity</source>
        <translation>Supprimer l’opportunité</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} en cours</translation>
    </message>
    <message>
        <source>showing {n}: {label}</source>
        <translation>{n} affichées&#xa0;: {label}</translation>
    </message>
    <message>
        <source>showing {n} of {total}</source>
        <translation>{n} affichées sur {total}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Deleted {what} — Ctrl+Z brings it back</source>
        <translation>{what} supprimé — Ctrl+Z pour le récupérer</translation>
    </message>
    <message>
        <source>Record a document sent…</source>
        <translation>Noter un document envoyé…</translation>
    </message>
    <message>
        <source>Interview, round {n}: {when} ({m} min)</source>
        <translation>Entretien, tour {n}&#xa0;: {when} ({m} min)</translation>
    </message>
    <message>
        <source> — on your target list ★</source>
        <translation> — sur votre liste cible ★</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>{stage} since {day} · {source}</source>
        <translation>{stage} depuis {day} · {source}</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Jusqu’ici</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Vous avez envoyé</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>L’entretien</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>The same engine for your applications: each rule adds a follow-up on the Today page.</source>
        <translation>Le même mécanisme pour vos candidatures&#xa0;: chaque règle ajoute une relance dans la page Aujourd’hui.</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}&#xa0;: jours</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Nouveau pitch</translation>
    </message>
    <message>
        <source>Duplicate pitch</source>
        <translation>Dupliquer le pitch</translation>
    </message>
    <message>
        <source>Delete pitch “{title}”</source>
        <translation>Supprimer le pitch «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit pitch</source>
        <translation>Modifier le pitch</translation>
    </message>
    <message>
        <source>Link contacts to pitch</source>
        <translation>Lier des contacts au pitch</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Supprimer la répétition</translation>
    </message>
    <message>
        <source>Write a new pitch</source>
        <translation>Écrire un nouveau pitch</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy this pitch, e.g. to make a 15 or 60 s version</source>
        <translation>Copier ce pitch, p. ex. pour en faire une version de 15 ou 60 s</translation>
    </message>
    <message>
        <source>Delete this pitch (undo with Ctrl+Z)</source>
        <translation>Supprimer ce pitch (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer</source>
        <translation>Répéter ce pitch avec le chronomètre</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Téléprompteur</translation>
    </message>
    <message>
        <source>Scroll the text full screen at your pace</source>
        <translation>Faire défiler le texte en plein écran à votre rythme</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>Keep this text as a version you can go back to</source>
        <translation>Garder ce texte comme une version à laquelle revenir</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Browse and restore earlier versions</source>
        <translation>Parcourir et restaurer les versions précédentes</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Print or save a pocket card of this pitch</source>
        <translation>Imprimer ou enregistrer une fiche de poche de ce pitch</translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation>Lier des contacts…</translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits</source>
        <translation>Lier ce pitch aux personnes à qui il convient</translation>
    </message>
    <message>
        <source>Delete the pitch (in the list)</source>
        <translation>Supprimer le pitch (dans la liste)</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a whole percentage: write the space and sign as your language does</comment>
        <translation>{value}&#x202f;%</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Line {line}: skipped — {reason}</source>
        <translation>Ligne {line}&#xa0;: ignorée — {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {note}</source>
        <translation>Ligne {line}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>le profil</translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <translation>
            <numerusform>%Ln cercle</numerusform>
            <numerusform>%Ln cercles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln entreprise</numerusform>
            <numerusform>%Ln entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entr(y/ies)</source>
        <translation>
            <numerusform>%Ln entrée du bilan</numerusform>
            <numerusform>%Ln entrées du bilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pitch(es)</source>
        <translation>
            <numerusform>%Ln pitch</numerusform>
            <numerusform>%Ln pitchs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pitch revision(s)</source>
        <translation>
            <numerusform>%Ln version du pitch</numerusform>
            <numerusform>%Ln versions du pitch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rehearsal(s)</source>
        <translation>
            <numerusform>%Ln répétition</numerusform>
            <numerusform>%Ln répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln script</numerusform>
            <numerusform>%Ln scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln research note(s)</source>
        <translation>
            <numerusform>%Ln note de recherche</numerusform>
            <numerusform>%Ln notes de recherche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card image(s)</source>
        <translation>
            <numerusform>%Ln image de carte de visite</numerusform>
            <numerusform>%Ln images de cartes de visite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln setting(s)</source>
        <translation>
            <numerusform>%Ln réglage</numerusform>
            <numerusform>%Ln réglages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunit(y/ies)</source>
        <translation>
            <numerusform>%Ln opportunité</numerusform>
            <numerusform>%Ln opportunités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document version(s)</source>
        <translation>
            <numerusform>%Ln version de document</numerusform>
            <numerusform>%Ln versions de documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) sent</source>
        <translation>
            <numerusform>%Ln document envoyé</numerusform>
            <numerusform>%Ln documents envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is already here.</source>
        <translation>Rien de nouveau&#xa0;: tout le contenu de ce fichier est déjà là.</translation>
    </message>
    <message>
        <source>Also restores {what}.</source>
        <translation>Restaure aussi {what}.</translation>
    </message>
    <message>
        <source>Also restored {what}.</source>
        <translation>Également restauré&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Also adds {what}.</source>
        <translation>Ajoute aussi {what}.</translation>
    </message>
    <message>
        <source>Also added {what}.</source>
        <translation>Également ajouté&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Already here: {what}.</source>
        <translation>Déjà présents&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Recording is not available: the sound module could not be loaded ({error}).</source>
        <translation>L’enregistrement n’est pas disponible&#xa0;: le module audio n’a pas pu être chargé ({error}).</translation>
    </message>
    <message>
        <source>Recording needs a microphone: none was found.</source>
        <translation>L’enregistrement nécessite un micro&#xa0;: aucun n’a été trouvé.</translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation>le micro n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Relance à faire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln relance à faire</numerusform>
            <numerusform>%Ln relances à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) for today</source>
        <translation>
            <numerusform>%Ln relance pour aujourd’hui</numerusform>
            <numerusform>%Ln relances pour aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln pour aujourd’hui</numerusform>
            <numerusform>%Ln pour aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln de plus</numerusform>
            <numerusform>et %Ln de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave {gave} · asked {asked}</source>
        <translation>Donné {gave} · demandé {asked}</translation>
    </message>
    <message>
        <source> · received {n}</source>
        <translation> · reçu {n}</translation>
    </message>
    <message>
        <source> · last gave today</source>
        <translation> · dernier don aujourd’hui</translation>
    </message>
    <message>
        <source> · last gave yesterday</source>
        <translation> · dernier don hier</translation>
    </message>
    <message numerus="yes">
        <source> · last gave %n day(s) ago</source>
        <translation>
            <numerusform> · dernier don il y a %n jour</numerusform>
            <numerusform> · dernier don il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · last gave %n month(s) ago</source>
        <translation>
            <numerusform> · dernier don il y a %n mois</numerusform>
            <numerusform> · dernier don il y a %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source> · never gave yet</source>
        <translation> · aucun don pour l’instant</translation>
    </message>
    <message>
        <source>Then a small favour: “May I send you my list of target companies ({target_companies}) for your suggestions?”</source>
        <translation>Puis un petit service&#xa0;: «&#xa0;Puis-je vous envoyer ma liste d’entreprises cibles ({target_companies}) pour avoir votre avis&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Then a small favour: offer to send your list of target companies — write it first (Contacts → Target Companies).</source>
        <translation>Puis un petit service&#xa0;: proposez d’envoyer votre liste d’entreprises cibles — écrivez-la d’abord (Contacts → Entreprises cibles).</translation>
    </message>
    <message>
        <source>Arrive a few minutes early, and thank them for their time.</source>
        <translation>Arrivez quelques minutes en avance et remerciez pour le temps accordé.</translation>
    </message>
    <message>
        <source>Ask about {first_name}&apos;s work and listen; link it to your own experience.</source>
        <translation>Interrogez {first_name} sur son travail et écoutez&#xa0;; faites le lien avec votre propre expérience.</translation>
    </message>
    <message>
        <source>Give your pitch when they ask — plain words, about 30 seconds.</source>
        <translation>Présentez votre pitch quand on vous le demande — des mots simples, environ 30 secondes.</translation>
    </message>
    <message>
        <source>After about 15 minutes, offer to let them go.</source>
        <translation>Au bout d’environ 15 minutes, proposez de libérer votre interlocuteur.</translation>
    </message>
    <message>
        <source>Ask: “How can I help you?”</source>
        <translation>Demandez&#xa0;: «&#xa0;Comment puis-je vous aider&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Don&apos;t push your résumé — let them ask for it.</source>
        <translation>N’imposez pas votre CV — attendez qu’on vous le demande.</translation>
    </message>
    <message>
        <source>Before you part: “Who else would you recommend I talk to?”</source>
        <translation>Avant de partir&#xa0;: «&#xa0;À qui d’autre me conseilleriez-vous de parler&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>The same day: a short thank-you (and the list, if they said yes).</source>
        <translation>Le jour même&#xa0;: un petit mot de remerciement (et la liste, si la réponse était oui).</translation>
    </message>
    <message>
        <source>Who do you work with most closely at {company}?</source>
        <translation>Avec qui travaillez-vous le plus étroitement chez {company}&#xa0;?</translation>
    </message>
    <message>
        <source>Why did you choose {company} — what keeps you there?</source>
        <translation>Pourquoi avoir choisi {company} — qu’est-ce qui vous y retient&#xa0;?</translation>
    </message>
    <message>
        <source>When does {company} usually take on new people?</source>
        <translation>Quand {company} recrute-t-elle habituellement&#xa0;?</translation>
    </message>
    <message>
        <source>Who do you work with most closely where you work?</source>
        <translation>Avec qui travaillez-vous le plus étroitement&#xa0;?</translation>
    </message>
    <message>
        <source>Why did you choose this line of work — what keeps you there?</source>
        <translation>Pourquoi avoir choisi ce métier — qu’est-ce qui vous y retient&#xa0;?</translation>
    </message>
    <message>
        <source>When does your company usually take on new people?</source>
        <translation>Quand votre entreprise recrute-t-elle habituellement&#xa0;?</translation>
    </message>
    <message>
        <source>What does a typical week look like in your role as {title}?</source>
        <translation>À quoi ressemble une semaine type dans votre poste de {title}&#xa0;?</translation>
    </message>
    <message>
        <source>What does a typical week look like in your work?</source>
        <translation>À quoi ressemble une semaine type dans votre travail&#xa0;?</translation>
    </message>
    <message>
        <source>What is the hardest problem your team is working on right now?</source>
        <translation>Quel est le problème le plus difficile sur lequel travaille votre équipe en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>Where do you see your field heading in the next few years?</source>
        <translation>Comment voyez-vous évoluer votre domaine dans les prochaines années&#xa0;?</translation>
    </message>
    <message>
        <source>Who else would you recommend I talk to?</source>
        <translation>À qui d’autre me conseilleriez-vous de parler&#xa0;?</translation>
    </message>
    <message>
        <source>How do you know {referrer}?</source>
        <translation>Comment connaissez-vous {referrer}&#xa0;?</translation>
    </message>
    <message>
        <source>weekdays (Monday to Friday)</source>
        <translation>les jours ouvrés (du lundi au vendredi)</translation>
    </message>
    <message>
        <source>{days} and {last}</source>
        <translation>{days} et {last}</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les %n semaines</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>tous les %n ans</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats (custom rule)</source>
        <translation>se répète (règle personnalisée)</translation>
    </message>
    <message>
        <source>every weekday (Monday to Friday)</source>
        <translation>chaque jour ouvré (du lundi au vendredi)</translation>
    </message>
    <message>
        <source> on {days}</source>
        <translation> le {days}</translation>
    </message>
    <message>
        <source> on the {nth} {weekday}</source>
        <translation> le {nth} {weekday}</translation>
    </message>
    <message>
        <source> on the last day</source>
        <translation> le dernier jour</translation>
    </message>
    <message>
        <source> on day {n}</source>
        <translation> le {n}</translation>
    </message>
    <message>
        <source> on {day} {month}</source>
        <translation> le {day} {month}</translation>
    </message>
    <message>
        <source>, until {day} {year}</source>
        <translation>, jusqu’au {day} {year}</translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n fois</numerusform>
            <numerusform>, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>, once</source>
        <translation>, une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>%n-week streak</source>
        <translation>
            <numerusform>série de %n semaine</numerusform>
            <numerusform>série de %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week in a row</source>
        <translation>1 semaine d’affilée</translation>
    </message>
    <message>
        <source>met last week</source>
        <translation>atteint la semaine dernière</translation>
    </message>
    <message numerus="yes">
        <source>best: %n week(s)</source>
        <translation>
            <numerusform>record&#xa0;: %n semaine</numerusform>
            <numerusform>record&#xa0;: %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups done on time this week: {on_time} of {done}</source>
        <translation>Relances faites à temps cette semaine&#xa0;: {on_time} sur {done}</translation>
    </message>
    <message>
        <source>No follow-ups done yet this week</source>
        <translation>Aucune relance faite cette semaine pour l’instant</translation>
    </message>
    <message>
        <source> · {share} on time over 12 weeks</source>
        <translation> · {share} à temps sur 12 semaines</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coffee(s)</source>
        <translation>
            <numerusform>%n café</numerusform>
            <numerusform>%n cafés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(/es)</source>
        <translation>
            <numerusform>%n déjeuner</numerusform>
            <numerusform>%n déjeuners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Talked with %n (person/people) ({kinds})</source>
        <translation>
            <numerusform>• J’ai échangé avec %n personne ({kinds})</numerusform>
            <numerusform>• J’ai échangé avec %n personnes ({kinds})</numerusform>
        </translation>
    </message>
    <message>
        <source>• Learned a lot from people at {companies}</source>
        <translation>• J’ai beaucoup appris auprès de personnes de {companies}</translation>
    </message>
    <message numerus="yes">
        <source>• Followed up %n introduction(s) — thank you to everyone who suggested a name</source>
        <translation>
            <numerusform>• J’ai donné suite à %n mise en relation — merci à toutes celles et ceux qui m’ont suggéré un nom</numerusform>
            <numerusform>• J’ai donné suite à %n mises en relation — merci à toutes celles et ceux qui m’ont suggéré un nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Shared my target list and notes with %n (person/people)</source>
        <translation>
            <numerusform>• J’ai partagé ma liste d’entreprises cibles et mes notes avec %n personne</numerusform>
            <numerusform>• J’ai partagé ma liste d’entreprises cibles et mes notes avec %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>• Kept researching companies and preparing conversations</source>
        <translation>• J’ai continué à me renseigner sur des entreprises et à préparer des conversations</translation>
    </message>
    <message>
        <source>Drag it to another time or day to move it; double-click to prepare for it.</source>
        <translation>Faites-le glisser vers une autre heure ou un autre jour pour le déplacer ; double-cliquez pour le préparer.</translation>
    </message>
    <message>
        <source>{title} (done)</source>
        <translation>{title} (faite)</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>{kind} · due {when}</source>
        <translation>{kind} · prévue {when}</translation>
    </message>
    <message>
        <source>Repeats {rule}</source>
        <translation>Se répète {rule}</translation>
    </message>
    <message>
        <source>A later occurrence: it comes when the one before is done or let go.</source>
        <translation>Une occurrence ultérieure : elle vient quand la précédente est faite ou abandonnée.</translation>
    </message>
    <message>
        <source>added {day}</source>
        <translation>ajouté le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>il y a {n} min</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>il y a {n} h</translation>
    </message>
    <message>
        <source>Confirm and close this window</source>
        <translation>Confirmer et fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Save the changes and close this window</source>
        <translation>Enregistrer les modifications et fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Close this window without saving the changes</source>
        <translation>Fermer cette fenêtre sans enregistrer les modifications</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Save the changes and keep this window open</source>
        <translation>Enregistrer les modifications et garder cette fenêtre ouverte</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code: {reason}</source>
        <translation>Pas de code QR : {reason}</translation>
    </message>
    <message>
        <source>Your name is empty: fill in My Profile first.</source>
        <translation>Votre nom est vide : remplissez d’abord Mon profil.</translation>
    </message>
    <message>
        <source>Looking for {role}</source>
        <translation>Je recherche : {role}</translation>
    </message>
    <message>
        <source>Looking for: {role}</source>
        <translation>Je recherche : {role}</translation>
    </message>
    <message>
        <source>{new} new · {merged} already here (merged) · {skipped} skipped</source>
        <translation>{new} nouvelles · {merged} déjà présentes (fusionnées) · {skipped} ignorées</translation>
    </message>
    <message numerus="yes">
        <source>{target} s · %Ln word(s) ≈ {spoken} s at {wpm} wpm</source>
        <translation>
            <numerusform>{target} s · %Ln mot ≈ {spoken} s à {wpm} mots/min</numerusform>
            <numerusform>{target} s · %Ln mots ≈ {spoken} s à {wpm} mots/min</numerusform>
        </translation>
    </message>
    <message>
        <source>for {audience} · {details}</source>
        <translation>pour {audience} · {details}</translation>
    </message>
    <message>
        <source>Lights: green {green} s · yellow {yellow} s · red {red} s</source>
        <translation>Voyants&#xa0;: vert {green} s · jaune {yellow} s · rouge {red} s</translation>
    </message>
    <message>
        <source>Smile, slow down, end with your ask — then: “How can I help you?”</source>
        <translation>Souriez, ralentissez, terminez par votre demande — puis&#xa0;: «&#xa0;Comment puis-je vous aider&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>impossible d’écrire {path}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}</source>
        <translation>Impossible de supprimer {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not change {where}</source>
        <translation>Impossible de modifier {where}</translation>
    </message>
    <message>
        <source>Save card of {name}</source>
        <translation>Enregistrer la carte de {name}</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>the picture could not be decoded ({reason})</source>
        <translation>l’image n’a pas pu être décodée ({reason})</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>l’imprimante ou le fichier n’a pas pu être ouvert en écriture</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation>Lecture de la carte avec {engine}…</translation>
    </message>
    <message>
        <source>Text recognition failed unexpectedly ({error}).</source>
        <translation>La reconnaissance du texte a échoué de façon inattendue ({error}).</translation>
    </message>
    <message>
        <source>Moved from {day}</source>
        <translation>Déplacée du {day}</translation>
    </message>
    <message>
        <source>{what}, overdue, due {day}</source>
        <translation>{what}, en retard, prévue {day}</translation>
    </message>
    <message>
        <source>{what}, done, due {day}</source>
        <translation>{what}, faite, prévue {day}</translation>
    </message>
    <message>
        <source>{what}, due {day}</source>
        <translation>{what}, prévue {day}</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <source>Days at the current stage</source>
        <translation>Jours à l’étape actuelle</translation>
    </message>
    <message>
        <source>The day you applied</source>
        <translation>Le jour de votre candidature</translation>
    </message>
    <message>
        <source>Who is involved, and how</source>
        <translation>Qui est impliqué, et comment</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>ce contact n’existe plus</translation>
    </message>
    <message>
        <source>an introduction needs two different people</source>
        <translation>une mise en relation demande deux personnes différentes</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Your network, your pitch and your follow-ups, in one place — offline, on this computer.&lt;/p&gt;&lt;p&gt;{copyright}.&lt;br&gt;Free software under the {licence} licence: use, copy, change and share it.&lt;/p&gt;&lt;p&gt;Newer versions: &lt;a href=&quot;{releases}&quot;&gt;{releases_text}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{data}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Log file:&lt;/b&gt;&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Python {py} · Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Votre réseau, votre pitch et vos relances, au même endroit — hors ligne, sur cet ordinateur.&lt;/p&gt;&lt;p&gt;{copyright}.&lt;br&gt;Logiciel libre sous licence {licence}&#xa0;: vous pouvez l’utiliser, le copier, le modifier et le partager.&lt;/p&gt;&lt;p&gt;Nouvelles versions&#xa0;: &lt;a href=&quot;{releases}&quot;&gt;{releases_text}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier des données&#xa0;:&lt;/b&gt;&lt;br&gt;{data}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fichier journal&#xa0;:&lt;/b&gt;&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Python {py} · Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Show or hide the licence</source>
        <translation>Afficher ou masquer la licence</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>3-2-1 countdown</source>
        <translation>Compte à rebours 3-2-1</translation>
    </message>
    <message>
        <source>Count down from 3 before the timer starts</source>
        <translation>Compter à rebours depuis 3 avant le départ du chronomètre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation>Enregistrer le passage avec votre micro pour le réécouter</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Téléprompteur</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Retour à l’écriture</translation>
    </message>
    <message>
        <source>Leave rehearsal mode (Esc)</source>
        <translation>Quitter le mode répétition (Esc)</translation>
    </message>
    <message>
        <source>▶  Rehearse</source>
        <translation>▶  Répéter</translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer and lights (Ctrl+R)</source>
        <translation>Répéter ce pitch avec le chronomètre et les voyants (Ctrl+R)</translation>
    </message>
    <message>
        <source>■  Stop  (Space)</source>
        <translation>■  Arrêter  (Space)</translation>
    </message>
    <message>
        <source>Stop the timer and rate the run (Space)</source>
        <translation>Arrêter le chronomètre et noter le passage (Space)</translation>
    </message>
    <message>
        <source>▶  Start  (Space)</source>
        <translation>▶  Démarrer  (Space)</translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation>Démarrer le chronomètre (Space)</translation>
    </message>
</context>
<context>
    <name>AddFollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter une relance</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>e.g. Send Ada the list of target companies</source>
        <translation>p. ex. Envoyer à Ada la liste des entreprises cibles</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>Anyone (leave empty for your whole network)</source>
        <translation>N’importe qui (laisser vide pour tout votre réseau)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Q&amp;ui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>At a time of day</source>
        <translation>À une heure précise</translation>
    </message>
    <message>
        <source>Give the follow-up a time; otherwise it is due all day</source>
        <translation>Donner une heure à la relance&#xa0;; sinon, elle est prévue pour toute la journée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>Qu&amp;and</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Whether the follow-up comes back, and how often</source>
        <translation>Si la relance revient, et à quel rythme</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Chaque jour ouvré (du lundi au vendredi)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter tous les</translation>
    </message>
    <message>
        <source>every</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation>Ces jours de la semaine</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Quel jour du mois</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>How it repeats</source>
        <translation>Mode de répétition</translation>
    </message>
    <message>
        <source>on day {n}</source>
        <translation>le {n} du mois</translation>
    </message>
    <message>
        <source>on the {nth} {weekday}</source>
        <translation>le {nth} {weekday}</translation>
    </message>
    <message>
        <source>on the last {weekday}</source>
        <translation>le dernier {weekday}</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat never happens: {why}</source>
        <translation>Cette répétition n’arrive jamais&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Repeats {how}. First on {first}</source>
        <translation>Se répète {how}. Première fois le {first}</translation>
    </message>
    <message>
        <source>, then {next}</source>
        <translation>, puis {next}</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Indiquez l’objet de la relance.</translation>
    </message>
    <message>
        <source>No contact matches {text!r}; pick one from the list or leave it empty.</source>
        <translation>Aucun contact ne correspond à {text!r}&#xa0;; choisissez-en un dans la liste ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
</context>
<context>
    <name>AfterMeetingBar</name>
    <message>
        <source>After the meeting:</source>
        <translation>Après le rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>What kind of meeting</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>How you met, for the entry that Log it adds to the timeline</source>
        <translation>Comment vous vous êtes vus, pour l’entrée que «&#xa0;Le noter&#xa0;» ajoute à l’historique</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Le noter</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print this prep sheet to take to the meeting</source>
        <translation>Imprimer cette fiche de préparation pour l’emporter au rendez-vous</translation>
    </message>
    <message>
        <source>Save this prep sheet as a PDF file</source>
        <translation>Enregistrer cette fiche de préparation en fichier PDF</translation>
    </message>
    <message>
        <source>Close this window; your notes are already saved</source>
        <translation>Fermer cette fenêtre&#xa0;; vos notes sont déjà enregistrées</translation>
    </message>
    <message>
        <source>It happened — log it now</source>
        <translation>C’est fait — le noter maintenant</translation>
    </message>
    <message>
        <source>Add notes…</source>
        <translation>Ajouter des notes…</translation>
    </message>
    <message>
        <source>Move the planned {kind} to now; the thank-you follows</source>
        <translation>Avancer à maintenant le rendez-vous prévu ({kind})&#xa0;; le remerciement suit</translation>
    </message>
    <message>
        <source>The meeting is on your timeline already: add what you learned</source>
        <translation>Le rendez-vous est déjà dans votre historique&#xa0;: ajoutez ce que vous avez appris</translation>
    </message>
    <message>
        <source>Log the meeting now — Rapport adds the thank-you follow-up (Ctrl+Enter)</source>
        <translation>Noter le rendez-vous maintenant — Rapport ajoute la relance de remerciement (Ctrl+Enter)</translation>
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
        <translation>Rien de prévu. Les relances apparaissent quand vous notez des conversations, ajoutez des recommandations ou envoyez quelque chose à quelqu’un&#xa0;; les rendez-vous, quand vous notez un appel ou un café à venir.</translation>
    </message>
    <message>
        <source>{n} more after {day}: browse them month by month.</source>
        <translation>{n} de plus après le {day}&#xa0;: parcourez-les mois par mois.</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message numerus="yes">
        <source>{title}, %Ln item(s)</source>
        <translation>
            <numerusform>{title}, %Ln élément</numerusform>
            <numerusform>{title}, %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Buzzwords</source>
        <translation>Mots à la mode</translation>
    </message>
    <message>
        <source>Acronyms</source>
        <translation>Sigles</translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation>Phrases longues</translation>
    </message>
    <message>
        <source>Long words</source>
        <translation>Mots longs</translation>
    </message>
    <message>
        <source>Filler words</source>
        <translation>Mots de remplissage</translation>
    </message>
    <message>
        <source>Would your neighbour understand it?</source>
        <translation>Votre voisin le comprendrait-il&#xa0;?</translation>
    </message>
    <message>
        <source>Flesch reading ease: 0–100, higher is easier. Short words and short sentences raise it.
Aim for {aim} or more: plain English that a listener follows the first time.</source>
        <translation>Facilité de lecture de Flesch&#xa0;: de 0 à 100, plus c’est haut, plus c’est facile. Les mots courts et les phrases courtes l’augmentent.
Visez {aim} ou plus&#xa0;: un français simple, que l’on comprend dès la première écoute.</translation>
    </message>
    <message>
        <source>Plain-words issues</source>
        <translation>Problèmes de langage simple</translation>
    </message>
    <message>
        <source>Words and sentences a listener may stumble on; Enter selects the place in the text</source>
        <translation>Les mots et les phrases sur lesquels un auditeur pourrait buter&#xa0;; Enter sélectionne le passage dans le texte</translation>
    </message>
    <message>
        <source>&lt;b&gt;A pitch that works&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Thirty seconds or less: about 75 words.&lt;/li&gt;&lt;li&gt;Who you are and what you do, in words a neighbour uses.&lt;/li&gt;&lt;li&gt;One example with a number: “cut late deliveries by a third”.&lt;/li&gt;&lt;li&gt;What you are looking for next, and where.&lt;/li&gt;&lt;li&gt;End with an ask: “Who do you know who…?”&lt;/li&gt;&lt;li&gt;Upbeat, in your own voice — never bitter about the last job.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Un pitch qui fonctionne&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Trente secondes au plus&#xa0;: environ 75 mots.&lt;/li&gt;&lt;li&gt;Qui vous êtes et ce que vous faites, avec les mots d’un voisin.&lt;/li&gt;&lt;li&gt;Un exemple chiffré&#xa0;: «&#xa0;réduit d’un tiers les retards de livraison&#xa0;».&lt;/li&gt;&lt;li&gt;Ce que vous cherchez ensuite, et où.&lt;/li&gt;&lt;li&gt;Terminez par une demande&#xa0;: «&#xa0;Qui connaissez-vous qui…&#xa0;?&#xa0;»&lt;/li&gt;&lt;li&gt;Positif, avec votre propre voix — jamais amer envers le dernier emploi.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Write your pitch to see whether a neighbour would understand it.</source>
        <translation>Écrivez votre pitch pour voir si un voisin le comprendrait.</translation>
    </message>
    <message>
        <source>Yes — a neighbour would follow this.</source>
        <translation>Oui — un voisin suivrait sans peine.</translation>
    </message>
    <message>
        <source>Almost — one thing to fix.</source>
        <translation>Presque — un point à corriger.</translation>
    </message>
    <message>
        <source>Almost — two things to fix.</source>
        <translation>Presque — deux points à corriger.</translation>
    </message>
    <message>
        <source>Not yet — a neighbour would get lost.</source>
        <translation>Pas encore — un voisin s’y perdrait.</translation>
    </message>
    <message>
        <source>Reading ease {score} is below {aim}: use shorter words and sentences.</source>
        <translation>La lisibilité de {score} est sous {aim}&#xa0;: utilisez des mots et des phrases plus courts.</translation>
    </message>
    <message numerus="yes">
        <source>Swap %n buzzword(s) for everyday words.</source>
        <translation>
            <numerusform>Remplacez %n mot à la mode par des mots de tous les jours.</numerusform>
            <numerusform>Remplacez %n mots à la mode par des mots de tous les jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spell out %n acronym(s).</source>
        <translation>
            <numerusform>Écrivez %n sigle en toutes lettres.</numerusform>
            <numerusform>Écrivez %n sigles en toutes lettres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n long sentence(s).</source>
        <translation>
            <numerusform>Coupez %n phrase longue.</numerusform>
            <numerusform>Coupez %n phrases longues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten some of the %n long word(s).</source>
        <translation>
            <numerusform>Raccourcissez le mot long (%n).</numerusform>
            <numerusform>Raccourcissez certains des %n mots longs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n filler word(s).</source>
        <translation>
            <numerusform>Supprimez %n mot de remplissage.</numerusform>
            <numerusform>Supprimez %n mots de remplissage.</numerusform>
        </translation>
    </message>
    <message>
        <source>End with a question or an ask, such as “Who do you know at…?”</source>
        <translation>Terminez par une question ou une demande, par exemple «&#xa0;Qui connaissez-vous chez…&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>très facile</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>plutôt facile</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>langage simple</translation>
    </message>
    <message>
        <source>plain language</source>
        <translation>langage simple</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>plutôt difficile</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>très difficile</translation>
    </message>
    <message>
        <source>Reading ease &lt;b&gt;{score}&lt;/b&gt; — {band} (aim for {aim}+)</source>
        <translation>Facilité de lecture &lt;b&gt;{score}&lt;/b&gt; — {band} (visez {aim} ou plus)</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>No buzzwords, acronyms, long sentences or fillers.</source>
        <translation>Ni jargon, ni sigles, ni phrases longues, ni mots de remplissage.</translation>
    </message>
</context>
<context>
    <name>AskReferralsDialog</name>
    <message>
        <source>Referrals from {name}</source>
        <translation>Recommandations de {name}</translation>
    </message>
    <message>
        <source>Who else would {name} recommend you talk to?</source>
        <translation>À qui d’autre {name} vous conseillerait-il de parler&#xa0;?</translation>
    </message>
    <message>
        <source>Type each name and press Enter (Tab moves to the next field). Ask whether you may mention {name} when you get in touch — and call each referral within a few days.</source>
        <translation>Tapez chaque nom et appuyez sur Enter (Tab passe au champ suivant). Demandez si vous pouvez mentionner {name} en prenant contact — et appelez chaque personne recommandée dans les jours qui suivent.</translation>
    </message>
    <message>
        <source>Why talk to them?</source>
        <translation>Pourquoi leur parler&#xa0;?</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recommandé par {name}</translation>
    </message>
    <message>
        <source>Log that {name} gave me these referrals</source>
        <translation>Noter que {name} m’a donné ces recommandations</translation>
    </message>
    <message>
        <source>Record in their history that they suggested the people you add here</source>
        <translation>Noter dans son historique les recommandations que vous ajoutez ici</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln person(s)</source>
        <translation>
            <numerusform>Ajouter %Ln personne</numerusform>
            <numerusform>Ajouter %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln referral(s) from {name}</source>
        <translation>
            <numerusform>Ajouter %Ln recommandation de {name}</numerusform>
            <numerusform>Ajouter %Ln recommandations de {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested {names}</source>
        <translation>A suggéré {names}</translation>
    </message>
    <message>
        <source>The referrals could not be saved; see the log file for details.</source>
        <translation>Les recommandations n’ont pas pu être enregistrées&#xa0;; voir le fichier journal pour les détails.</translation>
    </message>
</context>
<context>
    <name>AskWarningBanner</name>
    <message>
        <source>Give before you ask</source>
        <translation>Donnez avant de demander</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give before you ask?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Donner avant de demander&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Ask anyway</source>
        <translation>Demander quand même</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Photo&#xa0;: cliquez pour en choisir une ou la retirer</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{path} is not an image Rapport can read.</source>
        <translation>{path} n’est pas une image que Rapport peut lire.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Save a complete copy of your data to a file</source>
        <translation>Enregistrer une copie complète de vos données dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace your data with a backup (the current data is kept too)</source>
        <translation>Remplacer vos données par une sauvegarde (les données actuelles sont conservées aussi)</translation>
    </message>
    <message>
        <source>Sho&amp;w Backups</source>
        <translation>&amp;Afficher les sauvegardes</translation>
    </message>
    <message>
        <source>Open the folder of the automatic backups in your file manager</source>
        <translation>Ouvrir le dossier des sauvegardes automatiques dans votre gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>last backup {time}</source>
        <translation>sauvegarde {time}</translation>
    </message>
    <message>
        <source>last backup {day}</source>
        <translation>sauvegarde {day}</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Rapport found damage in its database and there is no backup to restore:
{problem}

Keep working carefully and save a copy with File → Back Up Now; SQLite tools may recover it.</source>
        <translation>Rapport a trouvé des dommages dans sa base de données et il n’y a aucune sauvegarde à restaurer&#xa0;:
{problem}

Continuez à travailler prudemment et enregistrez une copie avec Fichier → Sauvegarder maintenant&#xa0;; les outils SQLite pourront peut-être la récupérer.</translation>
    </message>
    <message>
        <source>Rapport found damage in its database:
{problem}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation>Rapport a trouvé des dommages dans sa base de données&#xa0;:
{problem}

Restaurer la dernière sauvegarde saine, du {when}&#xa0;? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Sauvegarde du {when} restaurée.</translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation>Sauvegarder vos données</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3)</source>
        <translation>Sauvegardes Rapport (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>Restaurer la sauvegarde&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Replace your current data with this backup (%Ln contact(s))?

Your current data is saved as a backup first, so you can go back.</source>
        <translation>
            <numerusform>Remplacer vos données actuelles par cette sauvegarde (%Ln contact)&#xa0;?

Vos données actuelles sont d’abord enregistrées dans une sauvegarde&#xa0;: vous pourrez y revenir.</numerusform>
            <numerusform>Remplacer vos données actuelles par cette sauvegarde (%Ln contacts)&#xa0;?

Vos données actuelles sont d’abord enregistrées dans une sauvegarde&#xa0;: vous pourrez y revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {name}. Your previous data is in {kept}.</source>
        <translation>{name} restauré. Vos données précédentes sont dans {kept}.</translation>
    </message>
</context>
<context>
    <name>BackupProblem</name>
    <message>
        <source>could not write the backup {path}: {reason}</source>
        <translation>impossible d’écrire la sauvegarde {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>too many backups in the same second</source>
        <translation>trop de sauvegardes dans la même seconde</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (not an SQLite file)</source>
        <translation>{path} n’est pas une base de données Rapport (pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} ne peut pas être ouvert&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Rapport database</source>
        <translation>{path} est un fichier SQLite mais pas une base de données Rapport</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Rapport ({steps})</source>
        <translation>{path} vient d’une version plus récente de Rapport ({steps})</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Rapport database (no schema version)</source>
        <translation>{path} est un fichier SQLite mais pas une base de données Rapport (aucune version de schéma)</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (its schema skips {steps})</source>
        <translation>{path} n’est pas une base de données Rapport (son schéma saute {steps})</translation>
    </message>
    <message>
        <source>{path} is not a complete Rapport database: it lacks {parts}</source>
        <translation>{path} n’est pas une base de données Rapport complète&#xa0;: il manque {parts}</translation>
    </message>
    <message>
        <source>{path} is damaged or unreadable ({reason})</source>
        <translation>{path} est endommagé ou illisible ({reason})</translation>
    </message>
    <message>
        <source>{path} cannot be brought up to this version of Rapport: {reason}</source>
        <translation>{path} ne peut pas être mis à niveau vers cette version de Rapport&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>impossible d’ouvrir {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>restoring {path} failed: {reason}</source>
        <translation>la restauration de {path} a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
</context>
<context>
    <name>BirthdayEditor</name>
    <message>
        <source>Add birthday</source>
        <translation>Ajouter un anniversaire</translation>
    </message>
    <message>
        <source>Remove the birthday</source>
        <translation>Retirer l’anniversaire</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
</context>
<context>
    <name>BrainstormWizard</name>
    <message>
        <source>List the people you know</source>
        <translation>Lister les personnes que vous connaissez</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>The circle of people to think of now; choose one to jump to it</source>
        <translation>Le cercle auquel penser maintenant&#xa0;; choisissez-en un pour y aller directement</translation>
    </message>
    <message>
        <source>Add a circle of your own…</source>
        <translation>Ajouter votre propre cercle…</translation>
    </message>
    <message>
        <source>Name a new group of people, such as a club or a choir</source>
        <translation>Nommer un nouveau groupe de personnes, comme un club ou une chorale</translation>
    </message>
    <message>
        <source>Don&apos;t disqualify anyone: any of them may know of your next job. Name, then Enter — company and a note are optional (Tab).</source>
        <translation>N’écartez personne&#xa0;: chacun peut connaître votre prochain emploi. Le nom, puis Enter — l’entreprise et une note sont facultatives (Tab).</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>Où rencontré(e)</translation>
    </message>
    <message>
        <source>Everyone already in this circle; a tick marks the people you added just now</source>
        <translation>Toutes les personnes déjà dans ce cercle&#xa0;; une coche marque celles que vous venez d’ajouter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous circle (Alt+Left)</source>
        <translation>Cercle précédent (Alt+Left)</translation>
    </message>
    <message>
        <source>Next circle</source>
        <translation>Cercle suivant</translation>
    </message>
    <message>
        <source>Next circle (Alt+Right)</source>
        <translation>Cercle suivant (Alt+Right)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close the list; everyone you added is already saved</source>
        <translation>Fermer la liste&#xa0;; toutes les personnes ajoutées sont déjà enregistrées</translation>
    </message>
    <message>
        <source>Circle {i} of {n}</source>
        <translation>Cercle {i} sur {n}</translation>
    </message>
    <message>
        <source>Who do you know here?</source>
        <translation>Qui connaissez-vous ici&#xa0;?</translation>
    </message>
    <message>
        <source>Already in this circle ({n}):</source>
        <translation>Déjà dans ce cercle ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody here yet — who comes to mind?</source>
        <translation>Personne pour l’instant — à qui pensez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>{name} could not be saved; see the log file for details.</source>
        <translation>{name} n’a pas pu être enregistré&#xa0;; voir le fichier journal pour les détails.</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nouveau cercle</translation>
    </message>
    <message>
        <source>Name of the circle (e.g. Choir):</source>
        <translation>Nom du cercle (p. ex. Chorale)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BusinessCards</name>
    <message>
        <source>Print &amp;Business Cards…</source>
        <translation>Imprimer des &amp;cartes de visite…</translation>
    </message>
    <message>
        <source>Design and print your own business card, or save it as a PDF</source>
        <translation>Concevoir et imprimer votre propre carte de visite, ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>&amp;Scan Business Card…</source>
        <translation>Scanner une carte de &amp;visite…</translation>
    </message>
    <message>
        <source>Turn a photo or scan of a card you received into a contact</source>
        <translation>Transformer la photo ou le scan d’une carte reçue en contact</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mon pro&amp;fil…</translation>
    </message>
    <message>
        <source>Your name and contact details, for your card and your emails</source>
        <translation>Votre nom et vos coordonnées, pour votre carte et vos e-mails</translation>
    </message>
    <message>
        <source>Tell Rapport about you…</source>
        <translation>Présentez-vous à Rapport…</translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation>Présentez-vous à Rapport</translation>
    </message>
    <message>
        <source>Your name and contact details go on your business card and emails</source>
        <translation>Votre nom et vos coordonnées figurent sur votre carte de visite et vos e-mails</translation>
    </message>
    <message>
        <source>Scan a business card</source>
        <translation>Scanner une carte de visite</translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation>Photos et scans ({patterns})</translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation>Impossible d’utiliser cette image</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous month, week or day (Alt+Left)</source>
        <translation>Mois, semaine ou jour précédent (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next month, week or day (Alt+Right)</source>
        <translation>Mois, semaine ou jour suivant (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Aller à aujourd’hui (Alt+Home)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Show the {v} view ({k})</source>
        <translation>Afficher la vue «&#xa0;{v}&#xa0;» ({k})</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nouvelle relance…</translation>
    </message>
    <message>
        <source>Add a follow-up on the selected day, once or repeating (Ctrl+Alt+F)</source>
        <translation>Ajouter une relance le jour sélectionné, unique ou répétée (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation>Exporter en ICS…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation>Enregistrer les relances en cours dans un fichier de calendrier (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>Agenda · next three months</source>
        <translation>Agenda · trois prochains mois</translation>
    </message>
    <message>
        <source>Week of {span}</source>
        <translation>Semaine du {span}</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Exporter les relances</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) and meetings to {path}</source>
        <translation>
            <numerusform>%Ln relance et les rendez-vous exportés dans {path}</numerusform>
            <numerusform>%Ln relances et les rendez-vous exportés dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Choose a day</source>
        <translation>Choisir un jour</translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <source>Business card designer</source>
        <translation>Création de cartes de visite</translation>
    </message>
    <message>
        <source>Print Business Cards</source>
        <translation>Imprimer des cartes de visite</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The card&apos;s size: the European or the American standard</source>
        <translation>La taille de la carte&#xa0;: format européen ou américain</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The typeface of the card&apos;s text</source>
        <translation>La police du texte de la carte</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattement</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattement</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Accent colour {name}</source>
        <translation>Couleur d’accent {name}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>QR code with my contact details</source>
        <translation>QR code avec mes coordonnées</translation>
    </message>
    <message>
        <source>A phone camera turns it into a new contact (vCard) in one tap.</source>
        <translation>L’appareil photo d’un téléphone le transforme en nouveau contact (vCard) d’un seul geste.</translation>
    </message>
    <message>
        <source>What I&apos;m looking for</source>
        <translation>Ce que je recherche</translation>
    </message>
    <message>
        <source>Print the kind of job you want, from your profile, on the card</source>
        <translation>Imprimer sur la carte le poste que vous recherchez, tiré de votre profil</translation>
    </message>
    <message>
        <source>My photo</source>
        <translation>Ma photo</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>The paper size your printer uses</source>
        <translation>Le format de papier de votre imprimante</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Many cards on one sheet to cut yourself, or one card per page for a print shop</source>
        <translation>Plusieurs cartes sur une planche à découper vous-même, ou une carte par page pour un imprimeur</translation>
    </message>
    <message>
        <source>A sheet to cut, with cut marks</source>
        <translation>Une planche à découper, avec traits de coupe</translation>
    </message>
    <message>
        <source>One card per page (print shop)</source>
        <translation>Une carte par page (imprimeur)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Edit My Profile…</source>
        <translation>Modifier mon profil…</translation>
    </message>
    <message>
        <source>Change the name and details printed on the card</source>
        <translation>Modifier le nom et les coordonnées imprimés sur la carte</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the cards as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer les cartes dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the cards (Ctrl+P)</source>
        <translation>Imprimer les cartes (Ctrl+P)</translation>
    </message>
    <message>
        <source>Add a photo in My Profile first</source>
        <translation>Ajoutez d’abord une photo dans Mon profil</translation>
    </message>
    <message numerus="yes">
        <source>{size} · %Ln card(s) per {paper} sheet, with cut marks</source>
        <translation>
            <numerusform>{size} · %Ln carte par feuille {paper}, avec traits de coupe</numerusform>
            <numerusform>{size} · %Ln cartes par feuille {paper}, avec traits de coupe</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} · one card per page, at its exact size</source>
        <translation>{size} · une carte par page, à sa taille exacte</translation>
    </message>
    <message>
        <source>Save business cards</source>
        <translation>Enregistrer les cartes de visite</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln business card(s) to {path}</source>
        <translation>
            <numerusform>%Ln carte de visite enregistrée dans {path}</numerusform>
            <numerusform>%Ln cartes de visite enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print business cards</source>
        <translation>Imprimer des cartes de visite</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Name at the top, details at the bottom, QR code in the corner.</source>
        <translation>Le nom en haut, les coordonnées en bas, le code QR dans le coin.</translation>
    </message>
    <message>
        <source>Accent band</source>
        <translation>Bandeau de couleur</translation>
    </message>
    <message>
        <source>A band of colour with your initials and the QR code.</source>
        <translation>Un bandeau de couleur avec vos initiales et le code QR.</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Centré</translation>
    </message>
    <message>
        <source>Everything centred and calm; the QR code sits on the right.</source>
        <translation>Tout centré et sobre&#xa0;; le code QR se place à droite.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Brique</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Graphite</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Pitch card</source>
        <translation>Fiche du pitch</translation>
    </message>
    <message>
        <source>Pocket card (5 × 3 in)</source>
        <translation>Fiche de poche (5 × 3 po)</translation>
    </message>
    <message>
        <source>A small index card to keep in a pocket and glance at</source>
        <translation>Une petite fiche à garder en poche et à consulter d’un coup d’œil</translation>
    </message>
    <message>
        <source>Full page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>The pitch in large print on a whole sheet of paper</source>
        <translation>Le pitch en gros caractères sur une feuille entière</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print this pitch card</source>
        <translation>Imprimer cette fiche du pitch</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save this pitch card as a PDF file</source>
        <translation>Enregistrer cette fiche du pitch en fichier PDF</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Save pitch card</source>
        <translation>Enregistrer la fiche du pitch</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
</context>
<context>
    <name>CardPictureView</name>
    <message>
        <source>Card picture</source>
        <translation>Image de la carte</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d’image</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Business card preview</source>
        <translation>Aperçu de la carte de visite</translation>
    </message>
</context>
<context>
    <name>CardReviewForm</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Entreprise ou organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Autre e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Kind of phone {n}</source>
        <translation>Type de téléphone {n}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>www.company.com</source>
        <translation>www.entreprise.fr</translation>
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
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>État / région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. Logistics meetup at the Chamber of Commerce, 12 March</source>
        <translation>p.&#xa0;ex. rencontre logistique à la CCI, 12 mars</translation>
    </message>
    <message>
        <source>Where and when you met: it is the first thing to mention when you follow up</source>
        <translation>Où et quand vous vous êtes rencontrés&#xa0;: c’est la première chose à mentionner quand vous relancez</translation>
    </message>
    <message>
        <source>Where did you meet? One line now makes the follow-up easy — or press Save again to skip.</source>
        <translation>Où vous êtes-vous rencontrés&#xa0;? Une ligne maintenant facilite la relance — ou appuyez à nouveau sur Enregistrer pour passer.</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Comment nous nous sommes rencontrés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything else on the card, or to remember about them</source>
        <translation>Tout ce qui figure d’autre sur la carte, ou à retenir sur la personne</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove from {circle}</source>
        <translation>Retirer de {circle}</translation>
    </message>
</context>
<context>
    <name>CircleChips</name>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Add to a circle</source>
        <translation>Ajouter à un cercle</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>Nouveau cercle…</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nouveau cercle</translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation>Nom du cercle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CirclesPanel</name>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Put people in circles (former co-workers, neighbours, the gym…) to see which open doors.</source>
        <translation>Rangez les gens dans des cercles (anciens collègues, voisins, la salle de sport…) pour voir lesquels ouvrent des portes.</translation>
    </message>
    <message>
        <source>Referrals and leads given by each circle&apos;s members, and your conversations with them.</source>
        <translation>Recommandations et pistes données par les membres de chaque cercle, et vos conversations avec eux.</translation>
    </message>
    <message>
        <source>Your conversations with each circle. Referrals will show here as they come.</source>
        <translation>Vos conversations avec chaque cercle. Les recommandations s’afficheront ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>{c}: talked with</source>
        <translation>{c}&#xa0;: conversations</translation>
    </message>
    <message>
        <source>Referred by {c}</source>
        <translation>Recommandé par {c}</translation>
    </message>
    <message>
        <source>Leads through {c}</source>
        <translation>Pistes via {c}</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
</context>
<context>
    <name>ColdPanel</name>
    <message>
        <source>Going cold</source>
        <translation>Relations qui se refroidissent</translation>
    </message>
    <message>
        <source>Once you log conversations, the people you are losing touch with show here.</source>
        <translation>Dès que vous notez des conversations, les personnes avec qui vous perdez le contact s’affichent ici.</translation>
    </message>
    <message>
        <source>Of the {all} people you have been in touch with, {cold} are going cold and {due} are due a reconnect. A short “how are you?” is enough.</source>
        <translation>Sur les {all} personnes avec qui vous avez été en contact, {cold} se refroidissent et {due} attendent que vous repreniez contact. Un petit «&#xa0;Comment ça va&#xa0;?&#xa0;» suffit.</translation>
    </message>
    <message>
        <source>In touch with</source>
        <translation>En contact avec</translation>
    </message>
    <message>
        <source>Due a reconnect</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>{name} — last in touch {when}</source>
        <translation>{name} — dernier contact {when}</translation>
    </message>
    <message>
        <source>Just went cold — a quick message still saves these</source>
        <translation>Refroidies depuis peu — un petit message suffit encore à les sauver</translation>
    </message>
</context>
<context>
    <name>ContactBulkMenus</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Préparer un rendez-vous…</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Demander des recommandations…</translation>
    </message>
    <message>
        <source>Add to circle</source>
        <translation>Ajouter au cercle</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Définir l’étape</translation>
    </message>
    <message>
        <source>Introduce these two…</source>
        <translation>Présenter ces deux personnes…</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Fusionner ces deux contacts…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>Nouveau cercle…</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nouveau cercle</translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation>Nom du cercle&#xa0;:</translation>
    </message>
    <message>
        <source>Export selection</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <source>Select the contacts to export first.</source>
        <translation>Sélectionnez d’abord les contacts à exporter.</translation>
    </message>
    <message>
        <source>Export selected contacts</source>
        <translation>Exporter les contacts sélectionnés</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to {path}</source>
        <translation>
            <numerusform>%Ln contact exporté dans {path}</numerusform>
            <numerusform>%Ln contacts exportés dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message numerus="yes">
        <source>Circle default (%n day(s))</source>
        <translation>
            <numerusform>Rythme du cercle (%n jour)</numerusform>
            <numerusform>Rythme du cercle (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <source>Imported ({source})</source>
        <translation>Importé ({source})</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> le {day}</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Your contacts. Enter opens the selected one, Delete moves it to the trash.</source>
        <translation>Vos contacts. Enter ouvre le contact sélectionné, Delete le met à la corbeille.</translation>
    </message>
</context>
<context>
    <name>ContactPageActions</name>
    <message>
        <source>Ask for referrals</source>
        <translation>Demander des recommandations</translation>
    </message>
    <message>
        <source>Select the person who gave you the names first.</source>
        <translation>Sélectionnez d’abord la personne qui vous a donné les noms.</translation>
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
    <name>ContactPanel</name>
    <message>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation>Noter un appel, un café, un e-mail… avec ce contact (Ctrl+L)</translation>
    </message>
    <message>
        <source>More actions for this contact</source>
        <translation>Plus d’actions pour ce contact</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Prepare for a meeting with this contact (Ctrl+Alt+P)</source>
        <translation>Préparer un rendez-vous avec ce contact (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Préparer un rendez-vous…</translation>
    </message>
    <message>
        <source>Introduce to someone…</source>
        <translation>Présenter à quelqu’un…</translation>
    </message>
    <message>
        <source>Share an article or event…</source>
        <translation>Partager un article ou un événement…</translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation>Proposer un conseil…</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Demander des recommandations…</translation>
    </message>
    <message>
        <source>Referred me to a job…</source>
        <translation>M’a recommandé pour un poste…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Find duplicates of this contact</source>
        <translation>Trouver les doublons de ce contact</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>In the trash since {day}. Restore it to edit.</source>
        <translation>Dans la corbeille depuis {day}. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation>Historique {n}</translation>
    </message>
    <message>
        <source>Follow-ups {n}</source>
        <translation>Relances {n}</translation>
    </message>
    <message>
        <source>Ledger {n:+d}</source>
        <translation>Bilan {n:+d}</translation>
    </message>
    <message>
        <source>Referrals {n}</source>
        <translation>Recommandations {n}</translation>
    </message>
    <message>
        <source>No title or company yet</source>
        <translation>Pas encore de fonction ni d’entreprise</translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation>{company} est sur votre liste cible</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Time to reconnect</source>
        <translation>Il est temps de reprendre contact</translation>
    </message>
    <message>
        <source>Overdue — going cold</source>
        <translation>En retard — la relation se refroidit</translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation>Pas encore en contact</translation>
    </message>
    <message>
        <source>last talked {when}</source>
        <translation>dernière conversation {when}</translation>
    </message>
    <message>
        <source>no conversation logged yet</source>
        <translation>aucune conversation notée pour l’instant</translation>
    </message>
    <message>
        <source>Referred by &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Recommandé par &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name…</source>
        <translation>Tapez un nom…</translation>
    </message>
</context>
<context>
    <name>ContactProblem</name>
    <message>
        <source>must be a web address starting with https://</source>
        <translation>doit être une adresse web commençant par https://</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l’un de&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>not a day between {first} and {last}</source>
        <translation>pas un jour entre {first} et {last}</translation>
    </message>
    <message>
        <source>must be a number of days between 1 and {most}</source>
        <translation>doit être un nombre de jours entre 1 et {most}</translation>
    </message>
    <message>
        <source>must not be shorter than the ideal cadence</source>
        <translation>ne doit pas être plus court que le rythme idéal</translation>
    </message>
    <message>
        <source>a contact cannot refer themselves</source>
        <translation>un contact ne peut pas se recommander lui-même</translation>
    </message>
    <message>
        <source>the referring contact does not exist</source>
        <translation>le contact qui recommande n’existe pas</translation>
    </message>
    <message>
        <source>this would make a referral loop</source>
        <translation>cela créerait une boucle de recommandations</translation>
    </message>
    <message>
        <source>{value!r} is not a valid email address ({reason})</source>
        <translation>{value!r} n’est pas une adresse e-mail valide ({reason})</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>{value!r} has no digits</source>
        <translation>{value!r} ne contient aucun chiffre</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>one person holds at most {most} {what}</source>
        <translation>une personne a au plus {most} {what}</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>the vCard property {name} is larger than 1 MB</source>
        <translation>la propriété vCard {name} dépasse 1&#xa0;Mo</translation>
    </message>
    <message>
        <source>give at least a name, a company or an email address</source>
        <translation>indiquez au moins un nom, une entreprise ou une adresse e-mail</translation>
    </message>
</context>
<context>
    <name>ContactTrash</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Leave trash</source>
        <translation>Quitter la corbeille</translation>
    </message>
    <message>
        <source>Moved {what} to the trash — Ctrl+Z brings it back</source>
        <translation>{what} mis à la corbeille — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %Ln contact, avec ses échanges, son bilan et ses relances&#xa0;?

Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %Ln contacts, avec leurs échanges, leur bilan et leurs relances&#xa0;?

Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) for good</source>
        <translation>
            <numerusform>%Ln contact supprimé définitivement</numerusform>
            <numerusform>%Ln contacts supprimés définitivement</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete {what} for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation>Supprimer définitivement {what}, avec ses échanges, son bilan et ses relances&#xa0;?

Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts by name, company, title, notes or email</source>
        <translation>Rechercher des contacts par nom, entreprise, fonction, notes ou e-mail</translation>
    </message>
    <message>
        <source>Search name, company, title, notes, email (Ctrl+F)</source>
        <translation>Nom, entreprise, fonction, notes, e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Show the contacts in the trash</source>
        <translation>Afficher les contacts de la corbeille</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Brainstorm, target companies, duplicates</source>
        <translation>Brainstorming, entreprises cibles, doublons</translation>
    </message>
    <message>
        <source>More contact tools</source>
        <translation>Autres outils pour les contacts</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %Ln contact(s). Select one to restore it; emptying the trash deletes them for good.</source>
        <translation>
            <numerusform>Corbeille&#xa0;: %Ln contact. Sélectionnez-le pour le restaurer&#xa0;; vider la corbeille le supprime définitivement.</numerusform>
            <numerusform>Corbeille&#xa0;: %Ln contacts. Sélectionnez-en un pour le restaurer&#xa0;; vider la corbeille les supprime définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your contacts match</source>
        <translation>
            <numerusform>%Ln de vos contacts correspond</numerusform>
            <numerusform>%Ln de vos contacts correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>Nou&amp;veau contact…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>&amp;Brainstorm Your Network…</source>
        <translation>&amp;Brainstorming de votre réseau…</translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation>Lister les personnes que vous connaissez, cercle par cercle</translation>
    </message>
    <message>
        <source>Ask for &amp;Referrals…</source>
        <translation>Demander des &amp;recommandations…</translation>
    </message>
    <message>
        <source>Add people the selected contact recommends</source>
        <translation>Ajouter les personnes que recommande le contact sélectionné</translation>
    </message>
    <message>
        <source>&amp;Target Companies…</source>
        <translation>&amp;Entreprises cibles…</translation>
    </message>
    <message>
        <source>Your target company list, who works there, who has it</source>
        <translation>Votre liste d’entreprises cibles, qui y travaille, qui y a des contacts</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
    <message>
        <source>Find and merge contacts entered twice</source>
        <translation>Trouver et fusionner les contacts saisis deux fois</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (undo with Ctrl+Z)</source>
        <translation>Mettre les contacts sélectionnés à la corbeille (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>Affic&amp;her la corbeille</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <source>Save the selected contacts as a JSON file</source>
        <translation>Enregistrer les contacts sélectionnés dans un fichier JSON</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>, best match first</source>
        <translation>, meilleure correspondance d’abord</translation>
    </message>
    <message>
        <source>The trash is empty. Contacts you delete wait here until you empty it.</source>
        <translation>La corbeille est vide. Les contacts que vous supprimez y attendent jusqu’à ce que vous la vidiez.</translation>
    </message>
    <message>
        <source>No contact matches. Try fewer letters, or clear the filters (Esc).</source>
        <translation>Aucun contact ne correspond. Essayez avec moins de lettres ou effacez les filtres (Esc).</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add someone, brainstorm your network circle by circle (Ctrl+Shift+B), or import your address book (File → Import).</source>
        <translation>Aucun contact pour l’instant. Appuyez sur Ctrl+N pour ajouter quelqu’un, faites le brainstorming de votre réseau cercle par cercle (Ctrl+Shift+B) ou importez votre carnet d’adresses (Fichier → Importer).</translation>
    </message>
    <message>
        <source>Nothing to show here.</source>
        <translation>Rien à afficher ici.</translation>
    </message>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation>Sélectionnez un contact pour voir et modifier ses coordonnées.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one folder: your contacts, follow-ups, pitches and backups. Copy the folder to move Rapport to another computer.</source>
        <translation>Tout reste sur cet ordinateur, dans un seul dossier&#xa0;: vos contacts, relances, pitchs et sauvegardes. Copiez le dossier pour déplacer Rapport sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal&#xa0;:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Afficher le dossier dans votre gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a day — {example}, {iso}, “tomorrow”, “fri”, “+3” — or press Alt+Down for a calendar</source>
        <translation>Tapez un jour — {example}, {iso}, «&#xa0;demain&#xa0;», «&#xa0;ven&#xa0;», «&#xa0;+3&#xa0;» — ou appuyez sur Alt+Down pour un calendrier</translation>
    </message>
    <message>
        <source>not a day — try “{example}” or “tomorrow”</source>
        <translation>ce n’est pas un jour — essayez «&#xa0;{example}&#xa0;» ou «&#xa0;demain&#xa0;»</translation>
    </message>
    <message>
        <source>{day} is too early: {first} or later</source>
        <translation>{day} est trop tôt&#xa0;: le {first} ou après</translation>
    </message>
    <message>
        <source>{day} is too late: {last} or earlier</source>
        <translation>{day} est trop tard&#xa0;: le {last} ou avant</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>{what}: day</source>
        <translation>{what}&#xa0;: jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>{what}: month</source>
        <translation>{what}&#xa0;: mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The year, if you know it</source>
        <translation>L’année, si vous la connaissez</translation>
    </message>
    <message>
        <source>{what}: year (optional)</source>
        <translation>{what}&#xa0;: année (facultative)</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>{what}: day</source>
        <translation>{what}&#xa0;: jour</translation>
    </message>
    <message>
        <source>{what}: time</source>
        <translation>{what}&#xa0;: heure</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>today, now</source>
        <translation>aujourd’hui, auj, maintenant</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>the day after tomorrow, day after tomorrow</source>
        <translation>après-demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>the day before yesterday, day before yesterday</source>
        <translation>avant-hier</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <source>Add a date</source>
        <translation>Ajouter une date</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message numerus="yes">
        <source>{day}: %Ln follow-up(s)</source>
        <translation>
            <numerusform>{day}&#xa0;: %Ln relance</numerusform>
            <numerusform>{day}&#xa0;: %Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}
%Ln follow-up(s)</source>
        <translation>
            <numerusform>{day}
%Ln relance</numerusform>
            <numerusform>{day}
%Ln relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation>Relances du jour sélectionné</translation>
    </message>
    <message>
        <source>What is planned on the day chosen in the calendar; Ctrl+D marks the selected ones done</source>
        <translation>Ce qui est prévu le jour choisi dans le calendrier&#xa0;; Ctrl+D marque les relances sélectionnées comme faites</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>Marquer les relances sélectionnées comme faites (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation>Reporter les relances sélectionnées (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Show the contact of the selected item</source>
        <translation>Afficher le contact de l’élément sélectionné</translation>
    </message>
    <message>
        <source>Nothing on {day}. Drag a follow-up or a meeting here to move it.</source>
        <translation>Rien le {day}. Faites glisser une relance ou un rendez-vous ici pour le déplacer.</translation>
    </message>
</context>
<context>
    <name>DaysBeforeBox</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
</context>
<context>
    <name>DefaultCircle</name>
    <message>
        <source>Former co-workers</source>
        <translation>Anciens collègues</translation>
    </message>
    <message>
        <source>Colleagues and managers from every job, people at clients and suppliers, interns you mentored.</source>
        <translation>Collègues et responsables de chaque emploi, gens de chez les clients et les fournisseurs, stagiaires que vous avez encadrés.</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <source>Close friends and old friends you have lost touch with.</source>
        <translation>Amis proches, et vieux amis que vous avez perdus de vue.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Parents, siblings, in-laws, cousins — distant cousins too.</source>
        <translation>Parents, frères et sœurs, belle-famille, cousins — les cousins éloignés aussi.</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <source>Next door, across the street, the old neighbourhood.</source>
        <translation>La porte d’à côté, en face, l’ancien quartier.</translation>
    </message>
    <message>
        <source>Church &amp; faith community</source>
        <translation>Paroisse et communauté de foi</translation>
    </message>
    <message>
        <source>People you see at services, volunteering or study groups.</source>
        <translation>Les personnes que vous voyez aux offices, au bénévolat ou dans les groupes d’étude.</translation>
    </message>
    <message>
        <source>Clubs &amp; sports</source>
        <translation>Clubs et sports</translation>
    </message>
    <message>
        <source>The gym, a bowling league, a running club, the choir, a book club.</source>
        <translation>La salle de sport, un club de bowling, un club de course, la chorale, un club de lecture.</translation>
    </message>
    <message>
        <source>School &amp; alumni</source>
        <translation>École et anciens élèves</translation>
    </message>
    <message>
        <source>Classmates, teachers, alumni of your school or university.</source>
        <translation>Camarades de classe, professeurs, anciens de votre école ou de votre université.</translation>
    </message>
    <message>
        <source>Professional groups &amp; events</source>
        <translation>Groupes et événements professionnels</translation>
    </message>
    <message>
        <source>Associations, meet-ups, conferences, people you met at a talk.</source>
        <translation>Associations, meet-ups, conférences, personnes rencontrées lors d’une intervention.</translation>
    </message>
    <message>
        <source>People who serve me</source>
        <translation>Les personnes qui me rendent service</translation>
    </message>
    <message>
        <source>Dry cleaner, accountant, lawyer, hairdresser, doctor, dentist, mechanic, real-estate agent.</source>
        <translation>Pressing, comptable, avocat, coiffeur, médecin, dentiste, garagiste, agent immobilier.</translation>
    </message>
    <message>
        <source>Kids&apos; school &amp; activities</source>
        <translation>École et activités des enfants</translation>
    </message>
    <message>
        <source>Other parents, coaches, teachers.</source>
        <translation>Autres parents, entraîneurs, enseignants.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>People you know mostly through LinkedIn or online communities.</source>
        <translation>Les personnes que vous connaissez surtout par LinkedIn ou des communautés en ligne.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation>Sélectionnez un contact pour voir et modifier ses coordonnées.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
</context>
<context>
    <name>DoneBar</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Ouvrir le script</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>DoorOpenersPanel</name>
    <message>
        <source>Who opens doors</source>
        <translation>Qui ouvre des portes</translation>
    </message>
    <message>
        <source>No referrals yet. End each conversation with “Who else would you recommend I talk to?” and add the names with Ask for Referrals (Ctrl+Shift+R): the people who open doors show up here.</source>
        <translation>Pas encore de recommandations. Terminez chaque conversation par «&#xa0;À qui d’autre me conseilleriez-vous de parler&#xa0;?&#xa0;» et ajoutez les noms avec Demander des recommandations (Ctrl+Shift+R)&#xa0;: les personnes qui ouvrent des portes s’affichent ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Your top door-openers</source>
        <translation>Ceux qui vous ouvrent le plus de portes</translation>
    </message>
    <message>
        <source>{n} who referred anyone</source>
        <translation>{n} ayant recommandé quelqu’un</translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation>Les personnes qui vous ont recommandé quelqu’un</translation>
    </message>
    <message>
        <source>{top} — the top fifth of the {everyone} — gave you &lt;b&gt;{share}&lt;/b&gt; of your {total} referrals. Keep them warm: thank them, tell them how it went.</source>
        <translation>{top} — le cinquième le plus actif des {everyone} — vous ont donné &lt;b&gt;{share}&lt;/b&gt; de vos {total} recommandations. Entretenez ces relations&#xa0;: remerciez-les, dites-leur comment ça s’est passé.</translation>
    </message>
    <message>
        <source>Referred by {n}</source>
        <translation>Recommandé par {n}</translation>
    </message>
    <message>
        <source>Met through {n}</source>
        <translation>Rencontré par {n}</translation>
    </message>
    <message>
        <source>Leads through {n}</source>
        <translation>Pistes via {n}</translation>
    </message>
    <message>
        <source>and {n} more…</source>
        <translation>et {n} de plus…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>The subject of the email to {to}</source>
        <translation>L’objet de l’e-mail pour {to}</translation>
    </message>
    <message>
        <source>The email to {to}; change it as you like before sending</source>
        <translation>L’e-mail pour {to}&#xa0;; modifiez-le à votre guise avant de l’envoyer</translation>
    </message>
    <message>
        <source>Copy the email to {to}, to paste it into another program</source>
        <translation>Copier l’e-mail pour {to} afin de le coller dans un autre programme</translation>
    </message>
    <message>
        <source>Open the email to {to} in your mail program, ready to send</source>
        <translation>Ouvrir l’e-mail pour {to} dans votre messagerie, prêt à partir</translation>
    </message>
    <message>
        <source>(no email address — copy the text instead)</source>
        <translation>(pas d’adresse e-mail — copiez plutôt le texte)</translation>
    </message>
    <message>
        <source>Fill in before sending: {fields}</source>
        <translation>À compléter avant l’envoi&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy instead.</source>
        <translation>Aucun logiciel de messagerie n’a répondu. Utilisez plutôt Copier.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contacts en double</translation>
    </message>
    <message>
        <source>Looking for people entered twice…</source>
        <translation>Recherche des personnes saisies deux fois…</translation>
    </message>
    <message>
        <source>Duplicate pairs</source>
        <translation>Paires de doublons</translation>
    </message>
    <message>
        <source>Pairs of contacts that may be the same person: the one to keep, the one to merge into it, and why</source>
        <translation>Paires de contacts qui pourraient être la même personne&#xa0;: celui à garder, celui à fusionner avec lui, et pourquoi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Y fusionner</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected pair into one contact</source>
        <translation>Fusionner la paire sélectionnée en un seul contact</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Stop listing the selected pair as duplicates</source>
        <translation>Ne plus lister la paire sélectionnée comme doublons</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the search for people entered twice</source>
        <translation>Arrêter la recherche des personnes saisies deux fois</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>La recherche a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate(s), the surest first. Merging keeps everything from both.</source>
        <translation>
            <numerusform>%Ln doublon probable, les plus sûrs d’abord. La fusion garde tout des deux fiches.</numerusform>
            <numerusform>%Ln doublons probables, les plus sûrs d’abord. La fusion garde tout des deux fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found. Same email, same LinkedIn profile and similar names at the same company are checked.</source>
        <translation>Aucun doublon trouvé. Sont vérifiés&#xa0;: même e-mail, même profil LinkedIn et noms proches dans la même entreprise.</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation>p. ex. Ada</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>e.g. Okafor</source>
        <translation>p. ex. Okafor</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Afficher comme</translation>
    </message>
    <message>
        <source>Leave empty to use the given and family names</source>
        <translation>Laisser vide pour utiliser le prénom et le nom</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Où la personne travaille</translation>
    </message>
    <message>
        <source>On my list of target companies</source>
        <translation>Sur ma liste d’entreprises cibles</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Entreprise cible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation>p. ex. Responsable des opérations</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Profil LinkedIn</translation>
    </message>
    <message>
        <source>Open the profile in your browser</source>
        <translation>Ouvrir le profil dans votre navigateur</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Weak ties (acquaintances, new people) often help the most</source>
        <translation>Les liens faibles (connaissances, nouvelles rencontres) aident souvent le plus</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Invitation date</source>
        <translation>Date de l’invitation</translation>
    </message>
    <message>
        <source>Who referred them? Type a name</source>
        <translation>Qui l’a recommandé&#xa0;? Tapez un nom</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Show the person who referred them</source>
        <translation>Afficher la personne qui l’a recommandé</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Comment nous nous sommes rencontrés</translation>
    </message>
    <message>
        <source>e.g. Bowling league, Thursday team</source>
        <translation>p. ex. Club de bowling, équipe du jeudi</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Pourquoi entrer en contact</translation>
    </message>
    <message>
        <source>What you&apos;d like to learn from them, or how you could help</source>
        <translation>Ce que vous aimeriez apprendre de cette personne, ou comment vous pourriez l’aider</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Reconnect every</source>
        <translation>Reprendre contact tous les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How often to reconnect. 0 uses the cadence of their circles.</source>
        <translation>À quelle fréquence reprendre contact. 0 utilise le rythme de ses cercles.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything worth remembering: family, interests, what you talked about</source>
        <translation>Tout ce qui mérite d’être retenu&#xa0;: famille, centres d’intérêt, sujets abordés</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Plus de champs</translation>
    </message>
    <message>
        <source>Name parts, nickname, birthday, websites, chat</source>
        <translation>Parties du nom, surnom, anniversaire, sites web, messagerie</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>p. ex. Dr</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>e.g. Marie</source>
        <translation>p. ex. Marie</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>e.g. Jr. or PhD</source>
        <translation>p. ex. Jr ou PhD</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>What friends call them</source>
        <translation>Comment ses amis l’appellent</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>p. ex. Logistique</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation>Messagerie et réseaux sociaux</translation>
    </message>
    <message>
        <source>Hide the fields most contacts do without</source>
        <translation>Masquer les champs dont la plupart des contacts se passent</translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation>Afficher plus de champs</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>déplié</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>replié</translation>
    </message>
</context>
<context>
    <name>EditorSaving</name>
    <message>
        <source>Write the year with four digits, like 1985, or leave it empty.</source>
        <translation>Écrivez l’année avec quatre chiffres, comme 1985, ou laissez vide.</translation>
    </message>
    <message>
        <source>There is no {day} in {year}.</source>
        <translation>Il n’y a pas de {day} en {year}.</translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation>la base de données est occupée (un autre programme ou une synchronisation y écrit)</translation>
    </message>
    <message>
        <source>the disk is full — free some space</source>
        <translation>le disque est plein — libérez de l’espace</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>impossible d’écrire dans le dossier des données</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Your changes are kept; trying again in {n} s.</source>
        <translation>Pas encore enregistré&#xa0;: {what}. Vos modifications sont conservées&#xa0;; nouvel essai dans {n} s.</translation>
    </message>
    <message>
        <source>Saved: the database took your changes.</source>
        <translation>Enregistré&#xa0;: la base de données a pris vos modifications.</translation>
    </message>
    <message>
        <source>{fields} also changed elsewhere (an import, a sync or a command) while you were editing. Your text is kept; Edit → Undo brings back the other version.</source>
        <translation>{fields} a aussi changé ailleurs (un import, une synchronisation ou une commande) pendant que vous modifiiez. Votre texte est conservé&#xa0;; Édition → Annuler ramène l’autre version.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Contacts as vCard 3.0</source>
        <translation>Contacts au format vCard 3.0</translation>
    </message>
    <message>
        <source>For phones and address books (Apple, Google, Outlook, Thunderbird). Read by almost everything.</source>
        <translation>Pour les téléphones et carnets d’adresses (Apple, Google, Outlook, Thunderbird). Lu par presque tout.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0</source>
        <translation>Contacts au format vCard 4.0</translation>
    </message>
    <message>
        <source>The newer vCard standard (Nextcloud, Thunderbird, CardDAV servers).</source>
        <translation>La version plus récente de vCard (Nextcloud, Thunderbird, serveurs CardDAV).</translation>
    </message>
    <message>
        <source>Contacts as CSV</source>
        <translation>Contacts au format CSV</translation>
    </message>
    <message>
        <source>Google Contacts&apos; layout: imports into Google and opens in any spreadsheet.</source>
        <translation>La disposition de Google Contacts&#xa0;: s’importe dans Google et s’ouvre dans n’importe quel tableur.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Everything as JSON</source>
        <translation>Tout au format JSON</translation>
    </message>
    <message>
        <source>All your data — contacts, interactions, follow-ups, pitches, templates — for safekeeping or scripts.</source>
        <translation>Toutes vos données — contacts, échanges, relances, pitchs, modèles — pour les conserver ou pour des scripts.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&lt;b&gt;What would you like to export?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Que voulez-vous exporter&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’export</translation>
    </message>
    <message>
        <source>Contacts in the trash are not included.</source>
        <translation>Les contacts de la corbeille ne sont pas inclus.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisir où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported {n} {noun} to {path}</source>
        <translation>{n} {noun} exportés dans {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>home</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Bipeur</translation>
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
        <translation>Fax personnel</translation>
    </message>
    <message>
        <source>work fax</source>
        <translation>Fax professionnel</translation>
    </message>
    <message>
        <source>other fax</source>
        <translation>Autre fax</translation>
    </message>
    <message>
        <source>work mobile</source>
        <translation>Mobile professionnel</translation>
    </message>
    <message>
        <source>work pager</source>
        <translation>Bipeur professionnel</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistant(e)</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>Radiotéléphone</translation>
    </message>
    <message>
        <source>ISDN</source>
        <translation>RNIS</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>ATS (téléscripteur)</translation>
    </message>
    <message>
        <source>telex</source>
        <translation>Télex</translation>
    </message>
    <message>
        <source>home page</source>
        <translation>Page personnelle</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>screen name</source>
        <translation>Pseudo</translation>
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
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.json *.zip);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;LinkedIn data export (*.zip);;Rapport export (*.json);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.json *.zip);;Fichiers CSV (*.csv);;Fichiers vCard (*.vcf *.vcard);;Export de données LinkedIn (*.zip);;Export Rapport (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Bring in the people you already know. People already in Rapport (same email, same LinkedIn profile, or same name and company) are merged, never doubled.</source>
        <translation>Faites entrer les personnes que vous connaissez déjà. Celles qui sont déjà dans Rapport (même e-mail, même profil LinkedIn, ou même nom et même entreprise) sont fusionnées, jamais en double.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get a file&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn:&lt;/b&gt; Settings &amp;amp; Privacy → Data privacy → Get a copy of your data → Connections. LinkedIn emails you &lt;i&gt;Connections.csv&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Google Contacts:&lt;/b&gt; Export → Google CSV or vCard.&lt;br&gt;&lt;b&gt;Outlook:&lt;/b&gt; File → Open &amp;amp; Export → Import/Export → Export to a file → Comma Separated Values.&lt;br&gt;&lt;b&gt;Phone, Apple Contacts, Thunderbird:&lt;/b&gt; share or export your contacts as a &lt;i&gt;.vcf&lt;/i&gt; file.&lt;br&gt;&lt;b&gt;Rapport:&lt;/b&gt; File → Export… → JSON (&lt;i&gt;.json&lt;/i&gt;) brings everything back: into an empty data folder it restores it all, into one with data it adds what is new.</source>
        <translation>&lt;b&gt;Où obtenir un fichier&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn&#xa0;:&lt;/b&gt; Préférences &amp;amp; confidentialité → Confidentialité des données → Obtenir une copie de vos données → Relations. LinkedIn vous envoie &lt;i&gt;Connections.csv&lt;/i&gt; par e-mail.&lt;br&gt;&lt;b&gt;Google Contacts&#xa0;:&lt;/b&gt; Exporter → CSV Google ou vCard.&lt;br&gt;&lt;b&gt;Outlook&#xa0;:&lt;/b&gt; Fichier → Ouvrir &amp;amp; exporter → Importer/Exporter → Exporter vers un fichier → Valeurs séparées par une virgule.&lt;br&gt;&lt;b&gt;Téléphone, Contacts Apple, Thunderbird&#xa0;:&lt;/b&gt; partagez ou exportez vos contacts dans un fichier &lt;i&gt;.vcf&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Rapport&#xa0;:&lt;/b&gt; Fichier → Exporter… → JSON (&lt;i&gt;.json&lt;/i&gt;) ramène tout&#xa0;: dans un dossier de données vide, il restaure tout&#xa0;; dans un dossier qui contient déjà des données, il ajoute ce qui est nouveau.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Connections.csv, contacts.csv, contacts.vcf or rapport.json</source>
        <translation>Connections.csv, contacts.csv, contacts.vcf ou rapport.json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Parcourir pour choisir un fichier</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Rapport recognises the format from the content; choose one only if it cannot</source>
        <translation>Rapport reconnaît le format d’après le contenu&#xa0;; n’en choisissez un que s’il n’y parvient pas</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisissez un fichier à importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {reason}.</source>
        <translation>&lt;b&gt;Ce fichier ne peut pas être importé.&lt;/b&gt; {reason}.</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>Relations LinkedIn (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Contacts (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Contacts Outlook (CSV)</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Carnet d’adresses Thunderbird (CSV)</translation>
    </message>
    <message>
        <source>Other CSV with name or e-mail columns</source>
        <translation>Autre CSV avec des colonnes nom ou e-mail</translation>
    </message>
    <message>
        <source>Rapport export (JSON)</source>
        <translation>Export Rapport (JSON)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un an</translation>
    </message>
    <message>
        <source>Circle filter</source>
        <translation>Filtre de cercle</translation>
    </message>
    <message>
        <source>Show one circle only</source>
        <translation>N’afficher qu’un cercle</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre d’étape</translation>
    </message>
    <message>
        <source>Show one stage only</source>
        <translation>N’afficher qu’une étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>Invitation status, quiet contacts, time to reconnect, target companies</source>
        <translation>État de l’invitation, contacts silencieux, à recontacter, entreprises cibles</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Not contacted in</source>
        <translation>Sans contact depuis</translation>
    </message>
    <message>
        <source>Time to reconnect (due or overdue)</source>
        <translation>À recontacter (prévu ou en retard)</translation>
    </message>
    <message>
        <source>At target companies</source>
        <translation>Dans les entreprises cibles</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translation>Plus de filtres ({n})</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Tous les cercles</translation>
    </message>
    <message>
        <source>In no circle</source>
        <translation>Dans aucun cercle</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>relance</translation>
    </message>
    <message>
        <source>Done: {what}</source>
        <translation>Fait&#xa0;: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Log %Ln interaction(s)</source>
        <translation>
            <numerusform>Noter %Ln échange</numerusform>
            <numerusform>Noter %Ln échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Snooze {what} to {day}</source>
        <translation>Reporter {what}&#xa0;: {day}</translation>
    </message>
    <message>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <source>Snooze all overdue to {day}</source>
        <translation>Reporter toutes les relances en retard au {day}</translation>
    </message>
    <message>
        <source>Let go: {what}</source>
        <translation>Abandonner&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Stop repeating {what}</source>
        <translation>Ne plus répéter {what}</translation>
    </message>
    <message>
        <source>Reopen {what}</source>
        <translation>Rouvrir {what}</translation>
    </message>
    <message>
        <source>Move {what} to {day}</source>
        <translation>Déplacer {what}&#xa0;: {day}</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Demain</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>Dans &amp;3 jours</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>La &amp;semaine prochaine</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>à partir du {day}</translation>
    </message>
    <message>
        <source>Each from its own due day</source>
        <translation>Chacune à partir de sa propre échéance</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Choisir une date…</translation>
    </message>
    <message>
        <source>Choose the day it comes back</source>
        <translation>Choisir le jour où elle revient</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <source>Snooze ▾</source>
        <translation>Reporter ▾</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>repeats {how}</source>
        <translation>se répète {how}</translation>
    </message>
    <message>
        <source>after the one before</source>
        <translation>après la précédente</translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation>prévue initialement {day}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Send thank-you to {name}</source>
        <translation>Envoyer un remerciement à {name}</translation>
    </message>
    <message>
        <source>Friendly reminder to {name} about {about}</source>
        <translation>Petite relance amicale à {name} au sujet de {about}</translation>
    </message>
    <message>
        <source>Friendly reminder to {name} about what you sent on {day:day}</source>
        <translation>Petite relance amicale à {name} au sujet de ce que vous avez envoyé le {day:day}</translation>
    </message>
    <message>
        <source>Ask {name} how the introduction to {other} went</source>
        <translation>Demander à {name} comment s’est passée la mise en relation avec {other}</translation>
    </message>
    <message>
        <source>Contact {name} (referred by {referrer})</source>
        <translation>Contacter {name} (recommandé par {referrer})</translation>
    </message>
    <message>
        <source>Tell {referrer} how it went with {name}</source>
        <translation>Dire à {referrer} comment ça s’est passé avec {name}</translation>
    </message>
    <message>
        <source>Thank {name} for connecting; ask why and propose a chat</source>
        <translation>Remercier {name} d’avoir accepté&#xa0;; demander pourquoi et proposer un échange</translation>
    </message>
    <message>
        <source>Review pending invitation to {name} (withdraw or let go)</source>
        <translation>Revoir l’invitation en attente à {name} (la retirer ou laisser tomber)</translation>
    </message>
    <message>
        <source>Reconnect with {name}</source>
        <translation>Reprendre contact avec {name}</translation>
    </message>
    <message>
        <source>Monthly update email to your network ({month:month})</source>
        <translation>E-mail du point mensuel à votre réseau ({month:month})</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday</source>
        <translation>Souhaiter un joyeux anniversaire à {name}</translation>
    </message>
    <message>
        <source>{kind:phrase} with {name}</source>
        <translation>{kind:phrase} avec {name}</translation>
    </message>
    <message>
        <source>{kind:phrase} with {name}: {summary}</source>
        <translation>{kind:phrase} avec {name}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Check in about {role} at {company}</source>
        <translation>Prendre des nouvelles pour {role} chez {company}</translation>
    </message>
    <message>
        <source>Check in about {role} at {company} with {name}</source>
        <translation>Prendre des nouvelles auprès de {name} pour {role} chez {company}</translation>
    </message>
    <message>
        <source>Thank {name} for the interview ({role} at {company})</source>
        <translation>Remercier {name} pour l’entretien ({role} chez {company})</translation>
    </message>
    <message>
        <source>Prepare for the {company} interview (round {round}, {day:weekday_day})</source>
        <translation>Préparer l’entretien chez {company} (tour {round}, {day:weekday_day})</translation>
    </message>
    <message>
        <source>Tell {name} how it&apos;s going at {company}: {news:phrase}</source>
        <translation>Dire à {name} où vous en êtes chez {company}&#xa0;: {news:phrase}</translation>
    </message>
    <message>
        <source>Still interested in {role} at {company}? Apply, or let it go</source>
        <translation>Toujours intéressé(e) par {role} chez {company}&#xa0;? Postuler, ou abandonner</translation>
    </message>
    <message>
        <source>No news about {role} at {company} since {day:day}: follow up, or let it go</source>
        <translation>Pas de nouvelles pour {role} chez {company} depuis le {day:day}&#xa0;: relancer, ou abandonner</translation>
    </message>
    <message>
        <source>you applied</source>
        <translation>vous avez postulé</translation>
    </message>
    <message>
        <source>a screening call</source>
        <translation>un appel de présélection</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>des entretiens</translation>
    </message>
    <message>
        <source>an offer</source>
        <translation>une offre</translation>
    </message>
    <message>
        <source>you accepted — thank them</source>
        <translation>vous avez accepté — remerciez-les</translation>
    </message>
    <message>
        <source>you declined the offer</source>
        <translation>vous avez décliné l’offre</translation>
    </message>
    <message>
        <source>it did not work out</source>
        <translation>ça n’a pas abouti</translation>
    </message>
    <message>
        <source>you withdrew</source>
        <translation>vous vous êtes retiré(e)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Contact referral</source>
        <translation>Contacter une recommandation</translation>
    </message>
    <message>
        <source>Update referrer</source>
        <translation>Informer la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Relance amicale</translation>
    </message>
    <message>
        <source>Thank connection</source>
        <translation>Remercier d’avoir accepté</translation>
    </message>
    <message>
        <source>Review invitation</source>
        <translation>Revoir l’invitation</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Point mensuel</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Introduction check-in</source>
        <translation>Suivi de mise en relation</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Application check-in</source>
        <translation>Nouvelles d’une candidature</translation>
    </message>
    <message>
        <source>Interview thank-you</source>
        <translation>Remerciement après entretien</translation>
    </message>
    <message>
        <source>Job news for referrer</source>
        <translation>Nouvelles pour la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>Interview prep</source>
        <translation>Préparation d’entretien</translation>
    </message>
    <message>
        <source>Quiet opportunity</source>
        <translation>Opportunité sans nouvelles</translation>
    </message>
    <message>
        <source>Reminder (mine)</source>
        <translation>Rappel (personnel)</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Contact&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Type&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>First due: {day}</source>
        <translation>Première échéance&#xa0;: {day}</translation>
    </message>
    <message>
        <source>{app} follow-ups</source>
        <translation>Relances {app}</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Nothing to follow up. Rapport adds follow-ups when you log conversations; add your own with “Add follow-up…”.</source>
        <translation>Aucune relance. Rapport en ajoute quand vous notez des conversations&#xa0;; ajoutez les vôtres avec «&#xa0;Ajouter une relance…&#xa0;».</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Ajouter une relance…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marquer la relance sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Let the selected follow-up go</source>
        <translation>Abandonner la relance sélectionnée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>En retard depuis {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>abandonnée</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Stage funnel</source>
        <translation>Entonnoir des étapes</translation>
    </message>
    <message>
        <source>How many relationships reached each stage; Enter lists the people of the chosen one</source>
        <translation>Combien de relations ont atteint chaque étape&#xa0;; Enter affiche les personnes de l’étape choisie</translation>
    </message>
    <message>
        <source>{stage}: {here} at this stage, {reached} at this stage or beyond. {hint}. Click to list everyone who got this far.</source>
        <translation>{stage}&#xa0;: {here} à cette étape, {reached} à cette étape ou au-delà. {hint}. Cliquez pour lister tous ceux qui sont arrivés jusque-là.</translation>
    </message>
    <message>
        <source>Reached “{s}” or beyond</source>
        <translation>Ont atteint «&#xa0;{s}&#xa0;» ou au-delà</translation>
    </message>
    <message>
        <source>How far each relationship got: solid = at this stage now, pale = moved beyond it. In brackets: of those who reached the stage above, how many got here.</source>
        <translation>Jusqu’où chaque relation est allée&#xa0;: plein = à cette étape maintenant, clair = l’a dépassée. Entre parenthèses&#xa0;: parmi ceux qui ont atteint l’étape du dessus, combien sont arrivés ici.</translation>
    </message>
    <message>
        <source>Your contacts will show here by stage, from prospect to ally.</source>
        <translation>Vos contacts s’afficheront ici par étape, du prospect à l’allié.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Rapport&apos;s window</source>
        <translation>La langue de la fenêtre de Rapport</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Rapport uses the language you choose the next time it starts.</source>
        <translation>Rapport utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>When Rapport starts, it tells you once a day what is due today. While it runs, it tells you about each follow-up as it comes due.</source>
        <translation>Au démarrage, Rapport vous indique une fois par jour ce qui est à faire aujourd’hui. Pendant qu’il tourne, il vous prévient de chaque relance quand elle arrive à échéance.</translation>
    </message>
    <message>
        <source>Keep Rapport running in the system tray when its window is closed</source>
        <translation>Garder Rapport dans la zone de notification quand sa fenêtre est fermée</translation>
    </message>
    <message>
        <source>Closing the window does not quit; Quit is in the menu of the tray icon</source>
        <translation>Fermer la fenêtre ne quitte pas Rapport&#xa0;; Quitter se trouve dans le menu de son icône de la zone de notification</translation>
    </message>
    <message>
        <source>Quit it from the tray icon&apos;s menu or with File → Quit (Ctrl+Q).</source>
        <translation>Quittez-le depuis le menu de l’icône ou avec Fichier → Quitter (Ctrl+Q).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Rapport.</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: fermer la fenêtre quitte Rapport.</translation>
    </message>
    <message>
        <source>Start Rapport when I log in</source>
        <translation>Démarrer Rapport à l’ouverture de session</translation>
    </message>
    <message>
        <source>It starts in the tray, with the summary of the day; click the icon to open the window.</source>
        <translation>Il démarre dans la zone de notification, avec le résumé du jour&#xa0;; cliquez sur l’icône pour ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>It opens its window, with the summary of the day in the status bar.</source>
        <translation>Il ouvre sa fenêtre, avec le résumé du jour dans la barre d’état.</translation>
    </message>
    <message>
        <source>Rapport could not change how it starts at login: {error}</source>
        <translation>Rapport n’a pas pu modifier son démarrage à l’ouverture de session&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>GetStarted</name>
    <message>
        <source>Import your LinkedIn connections or address book</source>
        <translation>Importez vos relations LinkedIn ou votre carnet d’adresses</translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation>Listez les personnes que vous connaissez, cercle par cercle</translation>
    </message>
    <message>
        <source>Write your 30-second pitch</source>
        <translation>Écrivez votre pitch de 30 secondes</translation>
    </message>
    <message>
        <source>Rehearse it three times</source>
        <translation>Répétez-le trois fois</translation>
    </message>
    <message>
        <source>Log your first conversation</source>
        <translation>Notez votre première conversation</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>The next step of the checklist</source>
        <translation>L’étape suivante de la liste</translation>
    </message>
    <message>
        <source>Put the checklist away (Help → Get Started Checklist brings it back)</source>
        <translation>Ranger la liste (Aide → Liste des premiers pas la fait revenir)</translation>
    </message>
    <message>
        <source>Hide the checklist</source>
        <translation>Masquer la liste</translation>
    </message>
    <message>
        <source>Most jobs are found through people. Five steps set up your campaign; each one ticks itself when it is done.</source>
        <translation>La plupart des emplois se trouvent grâce aux gens. Cinq étapes mettent en place votre campagne&#xa0;; chacune se coche toute seule une fois faite.</translation>
    </message>
    <message>
        <source>Explore with sample data…</source>
        <translation>Explorer avec des données d’exemple…</translation>
    </message>
    <message>
        <source>Opens a second window on fictional people in a separate folder; your own data is untouched.</source>
        <translation>Ouvre une seconde fenêtre sur des personnes fictives, dans un dossier séparé&#xa0;; vos propres données ne sont pas touchées.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>{n} of {total} done</source>
        <translation>{n} sur {total} faites</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Show the five steps</source>
        <translation>Afficher les cinq étapes</translation>
    </message>
    <message>
        <source>Fold the checklist into one line</source>
        <translation>Replier la liste sur une ligne</translation>
    </message>
</context>
<context>
    <name>GiveButtons</name>
    <message>
        <source>Introduce…</source>
        <translation>Présenter…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation>Proposer un conseil…</translation>
    </message>
    <message>
        <source>Introduce them to someone</source>
        <translation>Lui présenter quelqu’un</translation>
    </message>
    <message>
        <source>Who in your network should they know? Two people, one email.</source>
        <translation>Qui, dans votre réseau, cette personne devrait-elle connaître&#xa0;? Deux personnes, un e-mail.</translation>
    </message>
    <message>
        <source>Share an article or event</source>
        <translation>Partager un article ou un événement</translation>
    </message>
    <message>
        <source>Something useful for their work: a report, a talk, a meet-up.</source>
        <translation>Quelque chose d’utile pour son travail : un rapport, une conférence, une rencontre.</translation>
    </message>
    <message>
        <source>Offer advice</source>
        <translation>Proposer un conseil</translation>
    </message>
    <message>
        <source>Your experience may save them time — offer it, no strings attached.</source>
        <translation>Votre expérience peut lui faire gagner du temps — proposez-la, sans rien attendre en retour.</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Share with {name}</source>
        <translation>Partager avec {name}</translation>
    </message>
    <message>
        <source>Offer advice to {name}</source>
        <translation>Proposer un conseil à {name}</translation>
    </message>
    <message>
        <source>Something useful for their work — a report, a talk, a meet-up. It goes in your ledger as a give.</source>
        <translation>Quelque chose d’utile pour son travail — un rapport, une conférence, une rencontre. Cela entre dans votre bilan comme un don.</translation>
    </message>
    <message>
        <source>Your experience may save them time. Offer it with no strings attached; tick it in the ledger once you have given it.</source>
        <translation>Votre expérience peut lui faire gagner du temps. Proposez-la sans contrepartie&#xa0;; cochez-la dans le bilan une fois donnée.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>e.g. The 2026 warehouse robotics report</source>
        <translation>p. ex. Le rapport 2026 sur la robotique en entrepôt</translation>
    </message>
    <message>
        <source>e.g. A second look at her CV</source>
        <translation>p. ex. Relire son CV</translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation>Lien ou lieu</translation>
    </message>
    <message>
        <source>https://… or where and when the event is</source>
        <translation>https://… ou le lieu et la date de l’événement</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why it made you think of them (optional)</source>
        <translation>Pourquoi cela vous a fait penser à cette personne (facultatif)</translation>
    </message>
    <message>
        <source>Also log it on their timeline (as an email)</source>
        <translation>Le noter aussi dans son historique (comme un e-mail)</translation>
    </message>
    <message>
        <source>Add to ledger</source>
        <translation>Ajouter au bilan</translation>
    </message>
    <message>
        <source>Say what you shared or offered.</source>
        <translation>Indiquez ce que vous avez partagé ou proposé.</translation>
    </message>
    <message>
        <source>This could not be recorded; see the log file for details.</source>
        <translation>Impossible de l’enregistrer&#xa0;; voir le fichier journal pour les détails.</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <source>Give before you ask</source>
        <translation>Donnez avant de demander</translation>
    </message>
    <message>
        <source>Nothing given yet and no conversation: lead with curiosity, and look for a way to help.</source>
        <translation>Rien donné encore et aucune conversation&#xa0;: commencez par la curiosité et cherchez comment aider.</translation>
    </message>
    <message>
        <source>{first} has helped you already — find a way to return the favour.</source>
        <translation>{first} vous a déjà aidé — trouvez comment lui rendre la pareille.</translation>
    </message>
    <message>
        <source>You haven&apos;t given anything yet — look for a way to help before you ask.</source>
        <translation>Vous n’avez encore rien donné — cherchez comment aider avant de demander.</translation>
    </message>
    <message>
        <source>You have asked more than you gave — find a way to help them this time.</source>
        <translation>Vous avez demandé plus que vous n’avez donné — cherchez comment l’aider cette fois.</translation>
    </message>
    <message>
        <source>A good footing. Keep giving: an introduction, an article, your experience.</source>
        <translation>De bonnes bases. Continuez à donner&#xa0;: une mise en relation, un article, votre expérience.</translation>
    </message>
</context>
<context>
    <name>GoalsHistory</name>
    <message>
        <source>Weekly goals history</source>
        <translation>Historique des objectifs hebdomadaires</translation>
    </message>
    <message>
        <source>Week of {day}: {n}</source>
        <translation>Semaine du {day}&#xa0;: {n}</translation>
    </message>
    <message numerus="yes">
        <source>goal {t} a week · met {m} of %Ln week(s)</source>
        <translation>
            <numerusform>objectif {t} par semaine · atteint {m} semaine sur %Ln</numerusform>
            <numerusform>objectif {t} par semaine · atteint {m} semaines sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>not tracked — set a goal in Preferences</source>
        <translation>non suivi — fixez un objectif dans les Préférences</translation>
    </message>
    <message>
        <source>Follow-ups: on time vs late</source>
        <translation>Relances&#xa0;: à temps ou en retard</translation>
    </message>
    <message>
        <source>Week of {day}: {a} on time, {b} late</source>
        <translation>Semaine du {day}&#xa0;: {a} à temps, {b} en retard</translation>
    </message>
    <message>
        <source>{p} on time (solid) · late (pale)</source>
        <translation>{p} à temps (plein) · en retard (clair)</translation>
    </message>
    <message>
        <source>nothing done yet</source>
        <translation>rien de fait pour l’instant</translation>
    </message>
</context>
<context>
    <name>GoalsStrip</name>
    <message>
        <source>This week&apos;s goals</source>
        <translation>Objectifs de la semaine</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your weeks so far, on the Insights page (Ctrl+5)</source>
        <translation>Vos semaines jusqu’ici, dans la page Analyses (Ctrl+5)</translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <source>Choose your weekly targets</source>
        <translation>Choisir vos objectifs hebdomadaires</translation>
    </message>
    <message>
        <source>No weekly goals set. Choose a few targets — conversations, thank-yous, rehearsals, gives — and watch your streaks grow.</source>
        <translation>Aucun objectif hebdomadaire. Choisissez-en quelques-uns — conversations, remerciements, répétitions, dons — et regardez vos séries s’allonger.</translation>
    </message>
    <message>
        <source>{goal}: {done} of {target}</source>
        <translation>{goal}&#xa0;: {done} sur {target}</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} sur {target}</translation>
    </message>
    <message>
        <source>All met — well done!</source>
        <translation>Tous atteints — bravo&#xa0;!</translation>
    </message>
    <message>
        <source>{met} of {n} met so far</source>
        <translation>{met} sur {n} atteints</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Weekly goals</source>
        <translation>Objectifs hebdomadaires</translation>
    </message>
    <message>
        <source>Small, steady habits find jobs. Set a target for each week (Monday to Sunday); Today shows your progress and Insights your streaks. 0 leaves a goal out.</source>
        <translation>Ce sont les petites habitudes régulières qui mènent à un emploi. Fixez un objectif pour chaque semaine (du lundi au dimanche)&#xa0;; Aujourd’hui montre vos progrès et Analyses vos séries. 0 ignore un objectif.</translation>
    </message>
    <message>
        <source>{goal}: target a week</source>
        <translation>{goal}&#xa0;: objectif par semaine</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> par semaine</translation>
    </message>
    <message>
        <source>Rapport also measures one habit without a target: how many follow-ups you complete by the day they are due.</source>
        <translation>Rapport mesure aussi une habitude sans objectif&#xa0;: combien de relances vous terminez au plus tard le jour de leur échéance.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started with Rapport</source>
        <translation>Bien démarrer avec Rapport</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guide de démarrage</translation>
    </message>
    <message>
        <source>How to use Rapport, step by step; links open in your browser</source>
        <translation>Comment utiliser Rapport, pas à pas&#xa0;; les liens s’ouvrent dans votre navigateur</translation>
    </message>
    <message>
        <source>The guide is missing from this installation: {path}</source>
        <translation>Le guide est absent de cette installation&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open this guide in your web browser</source>
        <translation>Ouvrir ce guide dans votre navigateur web</translation>
    </message>
</context>
<context>
    <name>HandlesEditor</name>
    <message>
        <source>Add chat or social</source>
        <translation>Ajouter une messagerie ou un réseau social</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Rehearsal chart</source>
        <translation>Graphique des répétitions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s); target {t:g} s</source>
        <translation>
            <numerusform>%Ln passage&#xa0;; objectif {t:g} s</numerusform>
            <numerusform>%Ln passages&#xa0;; objectif {t:g} s</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Target {t:g} s</source>
        <translation>Objectif {t:g} s</translation>
    </message>
    <message>
        <source>Words a minute (right)</source>
        <translation>Mots par minute (à droite)</translation>
    </message>
    <message>
        <source>Your runs will appear here.</source>
        <translation>Vos passages apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No rehearsals yet. Press Rehearse (Ctrl+R), say your pitch out loud, and each run shows up here.</source>
        <translation>Pas encore de répétition. Appuyez sur Répéter (Ctrl+R), dites votre pitch à voix haute, et chaque passage s’affiche ici.</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Each time you rehearsed this pitch: how long it took, your pace, your rating and notes</source>
        <translation>Chaque répétition de ce pitch&#xa0;: sa durée, votre débit, votre note et vos remarques</translation>
    </message>
    <message>
        <source>▶  Play recording</source>
        <translation>▶  Écouter l’enregistrement</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer le passage</translation>
    </message>
    <message>
        <source>Delete the selected run and its recording (Del; undo with Ctrl+Z)</source>
        <translation>Supprimer le passage sélectionné et son enregistrement (Del&#xa0;; annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Meilleur&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Average&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Moyenne&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Dernier&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace&lt;/b&gt; {w:.0f} wpm</source>
        <translation>&lt;b&gt;Débit&lt;/b&gt; {w:.0f} mots/min</translation>
    </message>
    <message>
        <source>&lt;b&gt;On target&lt;/b&gt; {n} of {total}</source>
        <translation>&lt;b&gt;Dans l’objectif&lt;/b&gt; {n} sur {total}</translation>
    </message>
    <message>
        <source>🔥 {n} in a row</source>
        <translation>🔥 {n} d’affilée</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported {file}: {line}</source>
        <translation>{file} importé&#xa0;: {line}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Add the contacts shown in the preview</source>
        <translation>Ajouter les contacts affichés dans l’aperçu</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Fermer l’assistant</translation>
    </message>
    <message>
        <source>Close the wizard without importing anything</source>
        <translation>Fermer l’assistant sans rien importer</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation>L’import a échoué et rien n’a été modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Annulation… rien ne sera modifié.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>How your network works for you. Click any number to see the people behind it.</source>
        <translation>Comment votre réseau travaille pour vous. Cliquez sur un nombre pour voir les personnes derrière.</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>recommandations</translation>
    </message>
    <message>
        <source>conversations had</source>
        <translation>conversations menées</translation>
    </message>
    <message>
        <source>leads at target companies</source>
        <translation>pistes dans les entreprises cibles</translation>
    </message>
    <message>
        <source>steps on your longest trail</source>
        <translation>étapes sur votre plus longue chaîne</translation>
    </message>
    <message>
        <source>going cold</source>
        <translation>se refroidissent</translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation>Se refroidissent</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Objectifs hebdomadaires</translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation>Fixer des objectifs…</translation>
    </message>
    <message>
        <source>Set a target for each week</source>
        <translation>Fixer un objectif pour chaque semaine</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Personnes recommandées</translation>
    </message>
    <message>
        <source>People someone recommended you talk to</source>
        <translation>Les personnes à qui l’on vous a conseillé de parler</translation>
    </message>
    <message>
        <source>People you have had a conversation with</source>
        <translation>Les personnes avec qui vous avez eu une conversation</translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events that happened</source>
        <translation>Appels, cafés, rendez-vous, déjeuners et événements qui ont eu lieu</translation>
    </message>
    <message>
        <source>Referred, at a target company</source>
        <translation>Recommandés, dans une entreprise cible</translation>
    </message>
    <message>
        <source>People referred to you who work at one of your target companies</source>
        <translation>Les personnes qu’on vous a recommandées et qui travaillent dans l’une de vos entreprises cibles</translation>
    </message>
    <message>
        <source>At the end of your longest trail</source>
        <translation>Au bout de votre plus longue chaîne</translation>
    </message>
    <message>
        <source>How many introductions away from someone you knew your furthest contact is</source>
        <translation>À combien de mises en relation de quelqu’un que vous connaissiez se trouve votre contact le plus éloigné</translation>
    </message>
    <message>
        <source>People you have been in touch with, now past their keep-in-touch maximum</source>
        <translation>Les personnes avec qui vous avez été en contact et qui ont dépassé leur délai maximal sans nouvelles</translation>
    </message>
    <message numerus="yes">
        <source>the last %Ln week(s), this week on the right</source>
        <translation>
            <numerusform>la dernière semaine (%Ln), à droite</numerusform>
            <numerusform>les %Ln dernières semaines, cette semaine à droite</numerusform>
        </translation>
    </message>
    <message>
        <source>no goals set yet</source>
        <translation>aucun objectif fixé pour l’instant</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>Introduce two people</source>
        <translation>Présenter deux personnes</translation>
    </message>
    <message>
        <source>Introducing two people who should know each other is one of the best gifts you can give. Ask each of them first, separately; once both say yes, send the introduction and log it — Rapport notes a give for each and reminds you to check in with both after {days} days.</source>
        <translation>Présenter deux personnes qui devraient se connaître est l’un des plus beaux cadeaux que vous puissiez faire. Demandez d’abord à chacune, séparément&#xa0;; une fois que les deux ont dit oui, envoyez la mise en relation et notez-la — Rapport note un don pour chacune et vous rappelle de prendre des nouvelles des deux après {days} jours.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Première personne</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Deuxième personne</translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Why they should meet</source>
        <translation>Pourquoi elles devraient se rencontrer</translation>
    </message>
    <message>
        <source>e.g. Both of you are rebuilding warehouse planning</source>
        <translation>p. ex. Vous refondez tous les deux la planification d’entrepôt</translation>
    </message>
    <message>
        <source>Why meet?</source>
        <translation>Pourquoi se rencontrer&#xa0;?</translation>
    </message>
    <message>
        <source>the first person</source>
        <translation>la première personne</translation>
    </message>
    <message>
        <source>the second person</source>
        <translation>la deuxième personne</translation>
    </message>
    <message>
        <source>both people</source>
        <translation>les deux personnes</translation>
    </message>
    <message>
        <source>1 · Ask the first</source>
        <translation>1 · Demander à la première</translation>
    </message>
    <message>
        <source>2 · Ask the second</source>
        <translation>2 · Demander à la seconde</translation>
    </message>
    <message>
        <source>3 · Introduce both</source>
        <translation>3 · Présenter les deux</translation>
    </message>
    <message>
        <source>Log introduction</source>
        <translation>Noter la mise en relation</translation>
    </message>
    <message>
        <source>Log it for both people: a give each, and a check-in with each later</source>
        <translation>La noter pour les deux personnes&#xa0;: un don pour chacune, et une prise de nouvelles avec chacune plus tard</translation>
    </message>
    <message>
        <source>1 · Ask {name}</source>
        <translation>1 · Demander à {name}</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>la première</translation>
    </message>
    <message>
        <source>2 · Ask {name}</source>
        <translation>2 · Demander à {name}</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>la seconde</translation>
    </message>
    <message>
        <source>No contact matches “{text}”.</source>
        <translation>Aucun contact ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the two people to introduce.</source>
        <translation>Choisissez les deux personnes à présenter.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation>La mise en relation n’a pas pu être notée&#xa0;; voir le fichier journal pour les détails.</translation>
    </message>
</context>
<context>
    <name>ItemLists</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Marquer comme fait (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze (Ctrl+Shift+S)</source>
        <translation>Reporter (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Abandonner (Delete)</translation>
    </message>
    <message>
        <source>Prepare for this meeting…</source>
        <translation>Préparer ce rendez-vous…</translation>
    </message>
    <message>
        <source>Comes when the one before is done or let go</source>
        <translation>Arrive quand la précédente est faite ou abandonnée</translation>
    </message>
    <message>
        <source>Let go of this one</source>
        <translation>Abandonner celle-ci</translation>
    </message>
    <message>
        <source>Let go of the series</source>
        <translation>Abandonner la série</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Préparer un rendez-vous…</translation>
    </message>
</context>
<context>
    <name>KindFilterButton</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show only some kinds of follow-up</source>
        <translation>N’afficher que certains types de relances</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Afficher tous les types</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Calls, coffees, lunches, meetings and events you have planned</source>
        <translation>Appels, cafés, déjeuners, rendez-vous et événements que vous avez prévus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kind(s)</source>
        <translation>
            <numerusform>%Ln type</numerusform>
            <numerusform>%Ln types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <source>The disk is full, so Rapport could not save. Free some space and try again; what was saved before is safe.</source>
        <translation>Le disque est plein, Rapport n’a donc pas pu enregistrer. Libérez de la place et réessayez&#xa0;; ce qui était enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Dossier de données en lecture seule</translation>
    </message>
    <message>
        <source>Rapport cannot write to its data folder (it is read-only). Check the folder&apos;s permissions or the disk.</source>
        <translation>Rapport ne peut pas écrire dans son dossier de données (il est en lecture seule). Vérifiez les permissions du dossier ou le disque.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Rapport cannot open its database file. Check that the data folder exists and that you may write to it.</source>
        <translation>Rapport ne peut pas ouvrir son fichier de base de données. Vérifiez que le dossier de données existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Rapport is not allowed to use its database file. Check its permissions.</source>
        <translation>Rapport n’a pas le droit d’utiliser son fichier de base de données. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Base de données occupée</translation>
    </message>
    <message>
        <source>The database is in use by another Rapport (or another program) and stayed locked. Close the other program or try again in a moment.</source>
        <translation>La base de données est utilisée par un autre Rapport (ou un autre programme) et est restée verrouillée. Fermez l’autre programme ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is locked by another connection. Try again in a moment.</source>
        <translation>La base de données est verrouillée par une autre connexion. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Disk error</source>
        <translation>Erreur de disque</translation>
    </message>
    <message>
        <source>The disk reported an error while Rapport was reading or writing. Check the disk; your last saved data is in the backups.</source>
        <translation>Le disque a signalé une erreur pendant que Rapport lisait ou écrivait. Vérifiez le disque&#xa0;; vos dernières données enregistrées sont dans les sauvegardes.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup (File → Restore backup…).</source>
        <translation>Le fichier de base de données est endommagé. Restaurez-le depuis une sauvegarde (Fichier → Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <source>Not a database</source>
        <translation>Pas une base de données</translation>
    </message>
    <message>
        <source>The database file is not a Rapport database. Restore it from a backup.</source>
        <translation>Le fichier n’est pas une base de données Rapport. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <source>Your disk quota is used up. Free some space and try again.</source>
        <translation>Votre quota de disque est épuisé. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Read-only disk</source>
        <translation>Disque en lecture seule</translation>
    </message>
    <message>
        <source>The disk is read-only, so Rapport cannot write there.</source>
        <translation>Le disque est en lecture seule, Rapport ne peut donc pas y écrire.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to write there. Check the folder&apos;s permissions.</source>
        <translation>Rapport n’a pas le droit d’écrire à cet endroit. Vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to do that here. Check the permissions.</source>
        <translation>Rapport n’a pas le droit de faire cela ici. Vérifiez les permissions.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error.</source>
        <translation>Le disque a signalé une erreur d’entrée/sortie.</translation>
    </message>
</context>
<context>
    <name>KnownPanel</name>
    <message>
        <source>The interview</source>
        <translation>L’entretien</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Ce que vous savez</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Pourquoi entrer en contact</translation>
    </message>
    <message>
        <source>on your target list ★</source>
        <translation>sur votre liste cible ★</translation>
    </message>
    <message>
        <source>You also know {names}{more} there</source>
        <translation>Vous connaissez aussi {names}{more} là-bas</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>They referred</source>
        <translation>Vous a recommandé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) to you</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} earlier</source>
        <translation>… et {n} plus anciens</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Nothing logged yet — this may be your first conversation.</source>
        <translation>Rien de noté pour l’instant — c’est peut-être votre première conversation.</translation>
    </message>
    <message>
        <source>You promised</source>
        <translation>Vous avez promis</translation>
    </message>
    <message>
        <source>They helped with</source>
        <translation>Vous a aidé pour</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Vous avez demandé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Contact referral</source>
        <translation>Contacter une recommandation</translation>
    </message>
    <message>
        <source>Update referrer</source>
        <translation>Informer la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Relance amicale</translation>
    </message>
    <message>
        <source>Thank connection</source>
        <translation>Remercier d’avoir accepté</translation>
    </message>
    <message>
        <source>Review invitation</source>
        <translation>Revoir l’invitation</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Point mensuel</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Introduction check-in</source>
        <translation>Suivi de mise en relation</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Application check-in</source>
        <translation>Nouvelles d’une candidature</translation>
    </message>
    <message>
        <source>Interview thank-you</source>
        <translation>Remerciement après entretien</translation>
    </message>
    <message>
        <source>Job news for referrer</source>
        <translation>Nouvelles pour la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>Interview prep</source>
        <translation>Préparation d’entretien</translation>
    </message>
    <message>
        <source>Quiet opportunity</source>
        <translation>Opportunité sans nouvelles</translation>
    </message>
    <message>
        <source>Reminder (mine)</source>
        <translation>Rappel (personnel)</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature envoyée</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>worth applying to; not applied yet</source>
        <translation>à postuler&#xa0;; pas encore de candidature</translation>
    </message>
    <message>
        <source>application sent, waiting to hear</source>
        <translation>candidature envoyée, en attente de réponse</translation>
    </message>
    <message>
        <source>a first call with a recruiter or HR</source>
        <translation>un premier appel avec un recruteur ou les RH</translation>
    </message>
    <message>
        <source>one or more rounds of interviews</source>
        <translation>un ou plusieurs tours d’entretiens</translation>
    </message>
    <message>
        <source>an offer is on the table</source>
        <translation>une offre est sur la table</translation>
    </message>
    <message>
        <source>you said yes</source>
        <translation>vous avez dit oui</translation>
    </message>
    <message>
        <source>you said no to an offer</source>
        <translation>vous avez refusé une offre</translation>
    </message>
    <message>
        <source>they said no</source>
        <translation>ils ont dit non</translation>
    </message>
    <message>
        <source>you stepped back</source>
        <translation>vous vous êtes retiré(e)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Through a contact</source>
        <translation>Par un contact</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Site d’emploi</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Cold application</source>
        <translation>Candidature spontanée</translation>
    </message>
    <message>
        <source>Referred me</source>
        <translation>M’a recommandé</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Inside contact</source>
        <translation>Contact en interne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Lettre de motivation</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Échangé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontré</translation>
    </message>
    <message>
        <source>Ally</source>
        <translation>Allié</translation>
    </message>
    <message>
        <source>Someone to reach out to</source>
        <translation>Quelqu’un à contacter</translation>
    </message>
    <message>
        <source>Invitation sent, no answer yet</source>
        <translation>Invitation envoyée, pas encore de réponse</translation>
    </message>
    <message>
        <source>Connected, not yet talked</source>
        <translation>Connecté, pas encore échangé</translation>
    </message>
    <message>
        <source>Had a call or a chat</source>
        <translation>Un appel ou une discussion a eu lieu</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Rencontré en personne</translation>
    </message>
    <message>
        <source>Actively helping you</source>
        <translation>Vous aide activement</translation>
    </message>
    <message>
        <source>No invitation</source>
        <translation>Aucune invitation</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Invitation reçue</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sent something</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Gave me referrals</source>
        <translation>M’a donné des recommandations</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>J’ai donné</translation>
    </message>
    <message>
        <source>I asked</source>
        <translation>J’ai demandé</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>J’ai reçu</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajouté à la main</translation>
    </message>
    <message>
        <source>imported from LinkedIn</source>
        <translation>importé de LinkedIn</translation>
    </message>
    <message>
        <source>imported from a vCard</source>
        <translation>importé d’une vCard</translation>
    </message>
    <message>
        <source>imported from Google</source>
        <translation>importé de Google</translation>
    </message>
    <message>
        <source>imported from Outlook</source>
        <translation>importé d’Outlook</translation>
    </message>
    <message>
        <source>scanned from a business card</source>
        <translation>scanné d’une carte de visite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Nom tel qu’affiché</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Keep-in-touch status: in touch, due (time to reconnect) or overdue (going cold)</source>
        <translation>État du contact&#xa0;: en contact, à recontacter (il est temps de reprendre contact) ou en retard (le lien se refroidit)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Where they work; ★ marks a target company</source>
        <translation>Où la personne travaille&#xa0;; ★ signale une entreprise cible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction occupée</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>The circles they belong to</source>
        <translation>Les cercles dont la personne fait partie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How far the relationship has come</source>
        <translation>Jusqu’où la relation est allée</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Last conversation, and whether it is time to reconnect</source>
        <translation>Dernière conversation, et s’il est temps de reprendre contact</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <source>Next open follow-up</source>
        <translation>Prochaine relance ouverte</translation>
    </message>
    <message>
        <source>Give/ask balance: what you gave minus what you asked (Always Be Giving)</source>
        <translation>Équilibre donner/demander&#xa0;: ce que vous avez donné moins ce que vous avez demandé (toujours donner d’abord)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>en contact</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à recontacter</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>not in touch yet</source>
        <translation>pas encore en contact</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events with people in your network.</source>
        <translation>Appels, cafés, rendez-vous, déjeuners et événements avec des personnes de votre réseau.</translation>
    </message>
    <message>
        <source>Thank-yous on time</source>
        <translation>Remerciements à temps</translation>
    </message>
    <message>
        <source>thank-yous</source>
        <translation>remerciements</translation>
    </message>
    <message>
        <source>Thank-you follow-ups done by the day they were due — the same day is best.</source>
        <translation>Relances de remerciement faites au plus tard le jour prévu — le jour même, c’est le mieux.</translation>
    </message>
    <message>
        <source>Pitch rehearsals</source>
        <translation>Répétitions du pitch</translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>Timed runs of one of your pitches.</source>
        <translation>Passages chronométrés de l’un de vos pitchs.</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Dons</translation>
    </message>
    <message>
        <source>gives</source>
        <translation>dons</translation>
    </message>
    <message>
        <source>Introductions, articles or events shared, advice offered — anything you noted as “I gave”.</source>
        <translation>Mises en relation, articles ou événements partagés, conseils proposés — tout ce que vous avez noté comme «&#xa0;J’ai donné&#xa0;».</translation>
    </message>
    <message>
        <source>Thank-you after a conversation</source>
        <translation>Remercier après une conversation</translation>
    </message>
    <message>
        <source>After a call, coffee, meeting, lunch or event: send a short thank-you the same day.</source>
        <translation>Après un appel, un café, un rendez-vous, un déjeuner ou un événement&#xa0;: envoyez un court remerciement le jour même.</translation>
    </message>
    <message>
        <source>Contact a referral</source>
        <translation>Contacter une recommandation</translation>
    </message>
    <message>
        <source>When someone is referred to you: get in touch within a few days (an unused introduction embarrasses the person who made it).</source>
        <translation>Quand quelqu’un vous est recommandé&#xa0;: prenez contact sous quelques jours (une mise en relation restée sans suite embarrasse la personne qui l’a faite).</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Dire à la personne qui m’a recommandé comment ça s’est passé</translation>
    </message>
    <message>
        <source>After the first conversation with a referred contact: let the person who referred them know.</source>
        <translation>Après la première conversation avec un contact recommandé&#xa0;: prévenez la personne qui vous l’a recommandé.</translation>
    </message>
    <message>
        <source>Friendly reminder after sending something</source>
        <translation>Relance amicale après un envoi</translation>
    </message>
    <message>
        <source>After you send a target list, résumé or article: one polite reminder if you have not heard back (7–10 days is about right).</source>
        <translation>Après l’envoi d’une liste cible, d’un CV ou d’un article&#xa0;: une relance polie si vous n’avez pas de nouvelles (7 à 10 jours, c’est bien).</translation>
    </message>
    <message>
        <source>Check in after an introduction</source>
        <translation>Prendre des nouvelles après une mise en relation</translation>
    </message>
    <message>
        <source>A week after you introduce two people: ask each of them how it went — and whether they have met yet.</source>
        <translation>Une semaine après avoir présenté deux personnes&#xa0;: demandez à chacune comment ça s’est passé — et si elles se sont déjà rencontrées.</translation>
    </message>
    <message>
        <source>Thank a new connection</source>
        <translation>Remercier un nouveau contact</translation>
    </message>
    <message>
        <source>When an invitation is accepted: thank them, ask what made them connect, propose a short chat.</source>
        <translation>Quand une invitation est acceptée&#xa0;: remerciez, demandez ce qui a motivé la connexion, proposez un court échange.</translation>
    </message>
    <message>
        <source>Review a pending invitation</source>
        <translation>Revoir une invitation en attente</translation>
    </message>
    <message>
        <source>When an invitation you sent stays unanswered: review it (withdraw it or let it go).</source>
        <translation>Quand une invitation envoyée reste sans réponse&#xa0;: revoyez-la (retirez-la ou abandonnez).</translation>
    </message>
    <message>
        <source>Check in after applying</source>
        <translation>Prendre des nouvelles après une candidature</translation>
    </message>
    <message>
        <source>When nothing has moved a week after you applied: a short, friendly note to the recruiter or the hiring manager (or whoever referred you).</source>
        <translation>Quand rien n’a bougé une semaine après votre candidature&#xa0;: un mot bref et aimable au recruteur ou au responsable du recrutement (ou à la personne qui vous a recommandé).</translation>
    </message>
    <message>
        <source>Thank each interviewer</source>
        <translation>Remercier chaque recruteur</translation>
    </message>
    <message>
        <source>On the day of an interview: a thank-you to each person who interviewed you.</source>
        <translation>Le jour d’un entretien&#xa0;: un remerciement à chaque personne qui vous a reçu.</translation>
    </message>
    <message>
        <source>Tell the referrer how it is going</source>
        <translation>Dire à la personne qui vous a recommandé où vous en êtes</translation>
    </message>
    <message>
        <source>After each stage change of an opportunity someone referred you to: let them know — they opened the door.</source>
        <translation>Après chaque changement d’étape d’une opportunité pour laquelle on vous a recommandé&#xa0;: prévenez la personne — elle vous a ouvert la porte.</translation>
    </message>
    <message>
        <source>Prepare for an interview</source>
        <translation>Préparer un entretien</translation>
    </message>
    <message>
        <source>Before an interview: read the prep sheet — the opportunity&apos;s notes, the people, your pitch.</source>
        <translation>Avant un entretien&#xa0;: relisez la fiche de préparation — les notes de l’opportunité, les personnes, votre pitch.</translation>
    </message>
    <message>
        <source>Nudge a quiet opportunity</source>
        <translation>Relancer une opportunité sans nouvelles</translation>
    </message>
    <message>
        <source>When nothing has happened with an open opportunity for a while: follow up, or let it go.</source>
        <translation>Quand il ne s’est rien passé depuis un moment sur une opportunité ouverte&#xa0;: relancez, ou abandonnez.</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>De quoi avez-vous parlé&#xa0;?</translation>
    </message>
    <message>
        <source>Where, and what did you learn?</source>
        <translation>Où, et qu’avez-vous appris&#xa0;?</translation>
    </message>
    <message>
        <source>What came out of it?</source>
        <translation>Qu’en est-il ressorti&#xa0;?</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>Quel événement&#xa0;?</translation>
    </message>
    <message>
        <source>Subject or gist</source>
        <translation>Objet ou idée principale</translation>
    </message>
    <message>
        <source>Gist of the message</source>
        <translation>L’idée du message</translation>
    </message>
    <message>
        <source>What you sent, e.g. my target company list</source>
        <translation>Ce que vous avez envoyé, p. ex. ma liste d’entreprises cibles</translation>
    </message>
    <message>
        <source>Who did you introduce, and why?</source>
        <translation>Qui avez-vous présenté, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Whom did they suggest?</source>
        <translation>Qui vous a-t-on suggéré&#xa0;?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Warm call</source>
        <translation>Appel chaleureux</translation>
    </message>
    <message>
        <source>Connection note</source>
        <translation>Mot d’invitation</translation>
    </message>
    <message>
        <source>Thanks for connecting</source>
        <translation>Merci d’avoir accepté</translation>
    </message>
    <message>
        <source>Referral ask</source>
        <translation>Demande de recommandation</translation>
    </message>
    <message>
        <source>Update the referrer</source>
        <translation>Informer la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>Introduction — ask first</source>
        <translation>Mise en relation — demander d’abord</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Nothing given or asked yet. Introduce them to someone, share an article, offer advice — then note it here.</source>
        <translation>Rien donné ni demandé pour l’instant. Présentez cette personne à quelqu’un, partagez un article, proposez un conseil — puis notez-le ici.</translation>
    </message>
    <message>
        <source>Give:</source>
        <translation>Donner&#xa0;:</translation>
    </message>
    <message>
        <source>Note the ask anyway</source>
        <translation>Noter la demande quand même</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>e.g. Introduced her to Joe at Northwind</source>
        <translation>p. ex. Je l’ai présentée à Joe chez Northwind</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&lt;b&gt;{line}&lt;/b&gt; — {verdict}</source>
        <translation>&lt;b&gt;{line}&lt;/b&gt; — {verdict}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick when it is done (delivered, answered)</source>
        <translation>Cochez quand c’est fait (livré, répondu)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>LightWidget</name>
    <message>
        <source>Grey — keep going</source>
        <translation>Gris — continuez</translation>
    </message>
    <message>
        <source>Green — you can finish</source>
        <translation>Vert — vous pouvez conclure</translation>
    </message>
    <message>
        <source>Yellow — wrap up</source>
        <translation>Jaune — concluez</translation>
    </message>
    <message>
        <source>Red — time&apos;s up</source>
        <translation>Rouge — le temps est écoulé</translation>
    </message>
    <message>
        <source>Rehearsal light: {state}</source>
        <translation>Voyant de répétition&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Grey while you speak, green once you can finish, yellow to wrap up, red when time is up</source>
        <translation>Gris pendant que vous parlez, vert dès que vous pouvez conclure, jaune pour conclure, rouge quand le temps est écoulé</translation>
    </message>
</context>
<context>
    <name>LinkContactsDialog</name>
    <message>
        <source>Who does this pitch suit?</source>
        <translation>À qui ce pitch convient-il&#xa0;?</translation>
    </message>
    <message>
        <source>Search by name or company</source>
        <translation>Rechercher par nom ou entreprise</translation>
    </message>
    <message>
        <source>Tick the people you would give this version of your pitch to.</source>
        <translation>Cochez les personnes à qui vous feriez cette version de votre pitch.</translation>
    </message>
    <message>
        <source>No contact matches. Add people on the Contacts page first.</source>
        <translation>Aucun contact ne correspond. Ajoutez d’abord des personnes dans la page Contacts.</translation>
    </message>
    <message>
        <source>Showing the first {n}: type to narrow down.</source>
        <translation>Affichage des {n} premiers&#xa0;: tapez pour affiner.</translation>
    </message>
    <message>
        <source>{n} linked</source>
        <translation>{n} liés</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Who? Type a name</source>
        <translation>Qui&#xa0;? Tapez un nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>How you were in touch: a coffee, a call, an email…</source>
        <translation>Comment vous avez échangé&#xa0;: un café, un appel, un e-mail…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>The other person of the introduction</source>
        <translation>L’autre personne de la mise en relation</translation>
    </message>
    <message>
        <source>Introduced to</source>
        <translation>Présenté à</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything to remember: what they need, names they gave, promises made</source>
        <translation>Tout ce qu’il faut retenir&#xa0;: ses besoins, les noms donnés, les promesses faites</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Me le rappeler dans</translation>
    </message>
    <message>
        <source>Add a follow-up to get back in touch after the days set next</source>
        <translation>Ajouter une relance pour reprendre contact après le nombre de jours indiqué à côté</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Jours avant le rappel</translation>
    </message>
    <message>
        <source>How many days from today the follow-up falls due</source>
        <translation>Dans combien de jours, à partir d’aujourd’hui, la relance est prévue</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Texte du rappel</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Friendly reminder about what I sent</source>
        <translation>Petite relance amicale sur ce que j’ai envoyé</translation>
    </message>
    <message>
        <source>Send a thank-you today, and ask who else they&apos;d recommend you talk to.</source>
        <translation>Envoyez un remerciement aujourd’hui, et demandez à qui d’autre on vous conseillerait de parler.</translation>
    </message>
    <message>
        <source>If you hear nothing, one friendly reminder after a week to ten days is right.</source>
        <translation>Sans nouvelles, une seule relance amicale au bout d’une semaine à dix jours, c’est ce qu’il faut.</translation>
    </message>
    <message>
        <source>a thank-you, due {day}</source>
        <translation>un remerciement, prévu {day}</translation>
    </message>
    <message>
        <source>a friendly reminder, due {day}</source>
        <translation>une relance amicale, prévue {day}</translation>
    </message>
    <message>
        <source>the introduction on both timelines and a give in both ledgers</source>
        <translation>la mise en relation dans les deux historiques et un don dans les deux bilans</translation>
    </message>
    <message>
        <source>a check-in with each of them, due {day}</source>
        <translation>une prise de nouvelles avec chacun, prévue {day}</translation>
    </message>
    <message>
        <source>the next reconnect moves to {day}</source>
        <translation>la prochaine reprise de contact passe à {day}</translation>
    </message>
    <message>
        <source>Rapport will add: {items}.</source>
        <translation>Rapport ajoutera&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Choose who it was with: type part of their name and pick them.</source>
        <translation>Choisissez avec qui&#xa0;: tapez une partie de son nom et choisissez la personne.</translation>
    </message>
    <message>
        <source>No contact matches {text!r} for the introduction.</source>
        <translation>Aucun contact ne correspond à {text!r} pour la mise en relation.</translation>
    </message>
    <message>
        <source>Friendly reminder to {name}</source>
        <translation>Relance amicale à {name}</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation>La mise en relation n’a pas pu être notée&#xa0;; voir le fichier journal pour les détails.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — sample data</source>
        <translation>{app} — données d’exemple</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import contacts from LinkedIn, Google, Outlook or vCard files</source>
        <translation>Importer des contacts depuis LinkedIn, Google, Outlook ou des fichiers vCard</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export contacts as vCard or CSV, or everything as JSON</source>
        <translation>Exporter les contacts en vCard ou CSV, ou tout en JSON</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>Show the folder where Rapport keeps your data</source>
        <translation>Afficher le dossier où Rapport garde vos données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Rapport</source>
        <translation>Quitter Rapport</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Contact…</source>
        <translation>Rechercher un &amp;contact…</translation>
    </message>
    <message>
        <source>Search your contacts</source>
        <translation>Rechercher dans vos contacts</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact</source>
        <translation>Noter un appel, un café, un e-mail… avec un contact</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>Afficher {page}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Rule cadences, your data folder and more</source>
        <translation>Rythmes des règles, dossier des données et plus</translation>
    </message>
    <message>
        <source>&amp;Prepare for a Meeting…</source>
        <translation>&amp;Préparer un rendez-vous…</translation>
    </message>
    <message>
        <source>What you know, your questions and your pitch, before you meet someone</source>
        <translation>Ce que vous savez, vos questions et votre pitch, avant de rencontrer quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Introduce Two Contacts…</source>
        <translation>Pré&amp;senter deux contacts…</translation>
    </message>
    <message>
        <source>Introduce two people who should know each other — a give for both</source>
        <translation>Présenter deux personnes qui devraient se connaître — un don pour les deux</translation>
    </message>
    <message>
        <source>&amp;Scripts…</source>
        <translation>&amp;Scripts…</translation>
    </message>
    <message>
        <source>Call scripts and email templates: preview, copy, open in your mail program</source>
        <translation>Scripts d’appel et modèles d’e-mail&#xa0;: aperçu, copie, ouverture dans votre messagerie</translation>
    </message>
    <message>
        <source>&amp;Monthly Update…</source>
        <translation>Point &amp;mensuel…</translation>
    </message>
    <message>
        <source>Draft this month&apos;s update to everyone you have talked with</source>
        <translation>Rédiger le point de ce mois pour tous ceux avec qui vous avez parlé</translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation>Exporter en ICS…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation>Enregistrer les relances en cours dans un fichier de calendrier (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Guide de démarrage</translation>
    </message>
    <message>
        <source>A short guide to Rapport (offline)</source>
        <translation>Un petit guide de Rapport (hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Show the folder of Rapport&apos;s log file, to attach it to a problem report</source>
        <translation>Afficher le dossier du fichier journal de Rapport, pour le joindre à un signalement de problème</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>À pr&amp;opos de Rapport</translation>
    </message>
    <message>
        <source>Version, licence and data folder</source>
        <translation>Version, licence et dossier des données</translation>
    </message>
    <message>
        <source>Log  {key}</source>
        <translation>Noter  {key}</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact (Ctrl+L)</source>
        <translation>Noter un appel, un café, un e-mail… avec un contact (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation>Préparation des données d’exemple…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Could not make the sample data:
{error}</source>
        <translation>Impossible de créer les données d’exemple&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Could not start a second Rapport window.</source>
        <translation>Impossible d’ouvrir une seconde fenêtre Rapport.</translation>
    </message>
    <message>
        <source>Opening sample data from {path}</source>
        <translation>Ouverture des données d’exemple depuis {path}</translation>
    </message>
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
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln pour aujourd’hui</numerusform>
            <numerusform>%Ln pour aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: {o} overdue, {t} due today (Ctrl+1)</source>
        <translation>Aujourd’hui&#xa0;: {o} en retard, {t} pour aujourd’hui (Ctrl+1)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>Pitchs</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>MeetingPrepDialog</name>
    <message>
        <source>Meeting prep</source>
        <translation>Préparation du rendez-vous</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Le noter</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print the prep sheet</source>
        <translation>Imprimer la fiche de préparation</translation>
    </message>
    <message>
        <source>Save the prep sheet as a PDF</source>
        <translation>Enregistrer la fiche de préparation en PDF</translation>
    </message>
    <message>
        <source>Log the meeting (after it)</source>
        <translation>Noter le rendez-vous (après coup)</translation>
    </message>
    <message>
        <source>Prepare: {name}</source>
        <translation>Préparer&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Prepare: {name}, {role}</source>
        <translation>Préparer&#xa0;: {name}, {role}</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} avec {name}</translation>
    </message>
    <message>
        <source>Logged the {kind}.</source>
        <translation>Noté&#xa0;: {kind}.</translation>
    </message>
    <message>
        <source>Send your thank-you today.</source>
        <translation>Envoyez votre remerciement aujourd’hui.</translation>
    </message>
    <message>
        <source>Save the prep sheet</source>
        <translation>Enregistrer la fiche de préparation</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Merge into one person</source>
        <translation>Fusionner en une seule personne</translation>
    </message>
    <message>
        <source>&lt;b&gt;{keep}&lt;/b&gt; stays; &lt;b&gt;{other}&lt;/b&gt; moves to the trash once everything is copied over.</source>
        <translation>&lt;b&gt;{keep}&lt;/b&gt; reste&#xa0;; &lt;b&gt;{other}&lt;/b&gt; va à la corbeille une fois tout recopié.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Garder l’autre</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>No conflicting fields: the other&apos;s details fill the gaps.</source>
        <translation>Aucun champ en conflit&#xa0;: les coordonnées de l’autre comblent les vides.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entr(y/ies)</source>
        <translation>
            <numerusform>%n entrée du bilan</numerusform>
            <numerusform>%n entrées du bilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n adresse e-mail</numerusform>
            <numerusform>%n adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n téléphone</numerusform>
            <numerusform>%n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n cercle</numerusform>
            <numerusform>%n cercles</numerusform>
        </translation>
    </message>
    <message>
        <source>Also kept from {other}: {items}.</source>
        <translation>Également repris de {other}&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) takes the merge back.</source>
        <translation>Édition → Annuler (Ctrl+Z) annule la fusion.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>MonthlyUpdateDialog</name>
    <message>
        <source>Monthly update</source>
        <translation>Point mensuel</translation>
    </message>
    <message>
        <source>People who thought of something weeks later assume you found a job unless you tell them otherwise. Send a short update every month to everyone you have talked with.</source>
        <translation>Ceux qui ont pensé à quelque chose des semaines plus tard croient que vous avez trouvé un emploi si vous ne leur dites pas le contraire. Envoyez chaque mois un court point à tous ceux avec qui vous avez parlé.</translation>
    </message>
    <message>
        <source>The month the update tells about; its summary is drafted from it</source>
        <translation>Le mois dont parle le point mensuel&#xa0;; le résumé est rédigé à partir de ce mois</translation>
    </message>
    <message>
        <source>The wording the update email is written with</source>
        <translation>Le modèle avec lequel l’e-mail est rédigé</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <source>What I did this month</source>
        <translation>Ce que j’ai fait ce mois-ci</translation>
    </message>
    <message>
        <source>Drafted from the month&apos;s conversations; edit it before you send the update</source>
        <translation>Rédigé à partir des échanges du mois&#xa0;; modifiez-le avant d’envoyer le point mensuel</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Everyone you have talked with who has an email address: they get the update</source>
        <translation>Les personnes avec qui vous avez échangé et dont vous avez l’adresse e-mail&#xa0;: elles recevront le point mensuel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The email as the first recipient will read it</source>
        <translation>L’e-mail tel que le premier destinataire le lira</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copy the update (greeting “Hi all”) to the clipboard</source>
        <translation>Copier le point (formule «&#xa0;Bonjour à tous&#xa0;») dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save .eml drafts…</source>
        <translation>Enregistrer des brouillons .eml…</translation>
    </message>
    <message>
        <source>One personalised draft per person, in a folder you choose</source>
        <translation>Un brouillon personnalisé par personne, dans un dossier de votre choix</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Opens your mail program with up to {n} people in BCC; click again for the next batch</source>
        <translation>Ouvre votre messagerie avec jusqu’à {n} personnes en Cci&#xa0;; cliquez à nouveau pour le lot suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the monthly update without sending anything</source>
        <translation>Ferme le point mensuel sans rien envoyer</translation>
    </message>
    <message>
        <source>Nobody yet: people appear here once you have talked with them.</source>
        <translation>Personne pour l’instant&#xa0;: les gens apparaissent ici dès que vous leur avez parlé.</translation>
    </message>
    <message>
        <source>{n} more without an email address: {names}</source>
        <translation>{n} de plus sans adresse e-mail&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Objet&#xa0;: {s}</translation>
    </message>
    <message>
        <source>Open in mail ({i} of {n})</source>
        <translation>Ouvrir dans la messagerie ({i} sur {n})</translation>
    </message>
    <message>
        <source>No mail program answered. Save .eml drafts instead.</source>
        <translation>Aucun logiciel de messagerie n’a répondu. Enregistrez plutôt des brouillons .eml.</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <source>Save drafts</source>
        <translation>Enregistrer les brouillons</translation>
    </message>
    <message>
        <source>Could not write the drafts:
{e}</source>
        <translation>Impossible d’écrire les brouillons&#xa0;:
{e}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in {folder}.</source>
        <translation>
            <numerusform>%Ln brouillon enregistré dans {folder}.</numerusform>
            <numerusform>%Ln brouillons enregistrés dans {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiPanel</name>
    <message>
        <source>Add to circle…</source>
        <translation>Ajouter au cercle…</translation>
    </message>
    <message>
        <source>Remove from circle…</source>
        <translation>Retirer du cercle…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Définir l’étape…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Fusionner ces deux contacts…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) selected</source>
        <translation>
            <numerusform>%Ln contact sélectionné</numerusform>
            <numerusform>%Ln contacts sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> et %Ln de plus</numerusform>
            <numerusform> et %Ln de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>Add email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>+1 202 555 0143</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Primary: used first in exports and messages</source>
        <translation>Principal&#xa0;: utilisé en premier dans les exports et les messages</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stored as {e164}</source>
        <translation>Enregistré sous la forme {e164}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Switch between Today, Contacts, Pitches, Calendar and Insights</source>
        <translation>Naviguer entre Aujourd’hui, Contacts, Pitchs, Calendrier et Analyses</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>e.g. Ada Okafor</source>
        <translation>p. ex. Ada Okafor</translation>
    </message>
    <message>
        <source>Where they work now; optional</source>
        <translation>Où la personne travaille actuellement&#xa0;; facultatif</translation>
    </message>
    <message>
        <source>Their mobile number; optional</source>
        <translation>Son numéro de portable&#xa0;; facultatif</translation>
    </message>
    <message>
        <source>The group of people they belong to, such as former colleagues</source>
        <translation>Le cercle auquel la personne appartient, par exemple vos anciens collègues</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Aucun cercle</translation>
    </message>
    <message>
        <source>Optional: who referred them</source>
        <translation>Facultatif&#xa0;: qui l’a recommandé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>New contact {name}</source>
        <translation>Nouveau contact {name}</translation>
    </message>
</context>
<context>
    <name>OpportunityProblem</name>
    <message>
        <source>an interview lasts 5 minutes to a day</source>
        <translation>un entretien dure de 5 minutes à une journée</translation>
    </message>
    <message>
        <source>a round is 1–{most}</source>
        <translation>un tour va de 1 à {most}</translation>
    </message>
    <message>
        <source>at most {most} interviews</source>
        <translation>au plus {most} entretiens</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>au plus {limit} caractères</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (https://…)</source>
        <translation>{value!r} n’est pas une adresse web (https://…)</translation>
    </message>
    <message>
        <source>which company is it at?</source>
        <translation>dans quelle entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>what is the role, such as “Operations lead”?</source>
        <translation>quel est le poste, par exemple «&#xa0;Responsable des opérations&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>{day} is in the future; a move is dated the day it happened</source>
        <translation>{day} est dans le futur&#xa0;; une étape est datée du jour où elle a eu lieu</translation>
    </message>
    <message>
        <source>{day} is before {first}, when it got here</source>
        <translation>{day} est avant le {first}, date de son arrivée à cette étape</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} est trop ancien</translation>
    </message>
    <message>
        <source>at most {most} people</source>
        <translation>au plus {most} personnes</translation>
    </message>
    <message>
        <source>{day} is after the next move ({next})</source>
        <translation>{day} est après l’étape suivante ({next})</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>Prepare for a meeting</source>
        <translation>Préparer un rendez-vous</translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation>Qui rencontrez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Reporter jusqu’au</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>PictureProblem</name>
    <message>
        <source>iPhone photos (HEIC) need the optional HEIC support: `pip install &apos;rapport[heic]&apos;`.</source>
        <translation>les photos d’iPhone (HEIC) demandent la prise en charge HEIC facultative&#xa0;: `pip install &apos;rapport[heic]&apos;`.</translation>
    </message>
    <message>
        <source>the file is {size} MB; pictures up to 40 MB can be read</source>
        <translation>le fichier fait {size}&#xa0;Mo&#xa0;; les images jusqu’à 40&#xa0;Mo peuvent être lues</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>is not a picture Rapport can read (use a JPEG, PNG or HEIC photo or scan)</source>
        <translation>n’est pas une image que Rapport sait lire (utilisez une photo ou un scan JPEG, PNG ou HEIC)</translation>
    </message>
    <message>
        <source>is a HEIC photo. {hint}</source>
        <translation>est une photo HEIC&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>the HEIC photo could not be decoded ({reason})</source>
        <translation>la photo HEIC n’a pas pu être décodée ({reason})</translation>
    </message>
</context>
<context>
    <name>PitchEditor</name>
    <message>
        <source>Pitch text</source>
        <translation>Texte du pitch</translation>
    </message>
    <message>
        <source>What you say about yourself in thirty seconds; hard words and long sentences are underlined</source>
        <translation>Ce que vous dites de vous en trente secondes&#xa0;; les mots difficiles et les phrases longues sont soulignés</translation>
    </message>
</context>
<context>
    <name>PitchHeader</name>
    <message>
        <source>Pitch title</source>
        <translation>Titre du pitch</translation>
    </message>
    <message>
        <source>Title, e.g. Recruiter</source>
        <translation>Titre, p. ex. Recruteur</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Who this version is for: a recruiter, a neighbour, an engineer…</source>
        <translation>À qui s’adresse cette version&#xa0;: un recruteur, un voisin, un ingénieur…</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Durée visée en secondes</translation>
    </message>
    <message>
        <source>Target </source>
        <translation>Durée </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the pitch may take. The lights scale with it.</source>
        <translation>Le temps que le pitch peut prendre. Les voyants s’y adaptent.</translation>
    </message>
    <message>
        <source>Speaking pace in words a minute</source>
        <translation>Débit de parole en mots par minute</translation>
    </message>
    <message>
        <source>Pace </source>
        <translation>Débit </translation>
    </message>
    <message>
        <source> wpm</source>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>Your speaking pace in words a minute: 150 is a relaxed, clear pace.</source>
        <translation>Votre débit de parole en mots par minute&#xa0;: 150 est un rythme posé et clair.</translation>
    </message>
    <message>
        <source>When the rehearsal light turns green and yellow</source>
        <translation>Quand le voyant de répétition passe au vert et au jaune</translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits (Ctrl+Shift+L)</source>
        <translation>Lier ce pitch aux personnes à qui il convient (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lights {g:g} / {y:g} / {r:g} s</source>
        <translation>Voyants {g:g} / {y:g} / {r:g} s</translation>
    </message>
    <message>
        <source>Suits: {names}</source>
        <translation>Convient à&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation>Lier des contacts…</translation>
    </message>
    <message>
        <source>Suits {names}</source>
        <translation>Convient à {names}</translation>
    </message>
    <message>
        <source>Suits {a}, {b} +{n}</source>
        <translation>Convient à {a}, {b} +{n}</translation>
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
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>{n}× rehearsed</source>
        <translation>répété {n}×</translation>
    </message>
    <message>
        <source>about {e:.0f} s — {o:.0f} s over the target</source>
        <translation>environ {e:.0f} s — {o:.0f} s au-delà de l’objectif</translation>
    </message>
    <message>
        <source>about {e:.0f} s</source>
        <translation>environ {e:.0f} s</translation>
    </message>
</context>
<context>
    <name>PitchPanel</name>
    <message>
        <source>Your pitch</source>
        <translation>Votre pitch</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Répéter…</translation>
    </message>
    <message>
        <source>Open this pitch in rehearsal mode</source>
        <translation>Ouvrir ce pitch en mode répétition</translation>
    </message>
    <message>
        <source>No pitch written yet</source>
        <translation>Aucun pitch écrit pour l’instant</translation>
    </message>
    <message>
        <source>Write a 30-second pitch in plain words on the Pitches page (Ctrl+3) and rehearse it.</source>
        <translation>Écrivez un pitch de 30 secondes avec des mots simples dans la page Pitchs (Ctrl+3) et répétez-le.</translation>
    </message>
    <message>
        <source> · for {a}</source>
        <translation> · pour {a}</translation>
    </message>
    <message>
        <source>Why this one: {reason}.</source>
        <translation>Pourquoi celui-ci&#xa0;: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Last rehearsed {when} · %Ln run(s)</source>
        <translation>
            <numerusform>Dernière répétition {when} · %Ln passage</numerusform>
            <numerusform>Dernière répétition {when} · %Ln passages</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rehearsed yet — a few runs make it sound natural.</source>
        <translation>Pas encore répété — quelques passages le rendent naturel.</translation>
    </message>
</context>
<context>
    <name>PitchProblem</name>
    <message>
        <source>a pitch needs a title, such as “Recruiter” or “Neighbour”</source>
        <translation>un pitch a besoin d’un titre, par exemple «&#xa0;Recruteur&#xa0;» ou «&#xa0;Voisin&#xa0;»</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>au plus {most} caractères</translation>
    </message>
    <message>
        <source>pace must be {low}–{high} words a minute, got {wpm}</source>
        <translation>le débit doit être de {low} à {high} mots par minute, pas {wpm}</translation>
    </message>
    <message>
        <source>at most {most} characters — a spoken pitch is far shorter</source>
        <translation>au plus {most} caractères — un pitch parlé est bien plus court</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>must be above 0 words a minute, got {wpm}</source>
        <translation>doit dépasser 0 mot par minute, pas {wpm}</translation>
    </message>
    <message>
        <source>must be above 0 seconds, got {seconds}</source>
        <translation>doit dépasser 0 seconde, pas {seconds}</translation>
    </message>
    <message>
        <source>{seconds} s is outside {low}–{high} s</source>
        <translation>{seconds} s est en dehors de {low}–{high} s</translation>
    </message>
    <message>
        <source>{green} s must be after the start</source>
        <translation>{green} s doit venir après le début</translation>
    </message>
    <message>
        <source>{green} s must come before yellow ({yellow} s)</source>
        <translation>{green} s doit venir avant le jaune ({yellow} s)</translation>
    </message>
    <message>
        <source>{yellow} s must not come after the target ({target} s)</source>
        <translation>{yellow} s ne doit pas venir après l’objectif ({target} s)</translation>
    </message>
</context>
<context>
    <name>PitchSaver</name>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved automatically as you type; Ctrl+S keeps a version</source>
        <translation>Enregistré automatiquement pendant la saisie&#xa0;; Ctrl+S garde une version</translation>
    </message>
    <message>
        <source>Not saved — see the log</source>
        <translation>Non enregistré — voir le journal</translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation>la base de données est occupée (un autre programme ou une synchronisation y écrit)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Not saved yet: {what} — your text is kept; trying again in {n} s</source>
        <translation>Pas encore enregistré&#xa0;: {what} — votre texte est conservé&#xa0;; nouvel essai dans {n} s</translation>
    </message>
    <message>
        <source>Your pitch is saved.</source>
        <translation>Votre pitch est enregistré.</translation>
    </message>
</context>
<context>
    <name>PitchesPage</name>
    <message>
        <source>Pitches</source>
        <translation>Pitchs</translation>
    </message>
    <message>
        <source>Your pitches; choose one to write, rehearse or look back on it</source>
        <translation>Vos pitchs&#xa0;; choisissez-en un pour l’écrire, le répéter ou revoir son historique</translation>
    </message>
    <message>
        <source>No pitch yet. Start typing on the right: your first 30-second pitch is created as you write.</source>
        <translation>Aucun pitch pour l’instant. Commencez à taper à droite&#xa0;: votre premier pitch de 30 secondes se crée à mesure que vous écrivez.</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Nouveau pitch</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Duplicate, delete, link contacts, print</source>
        <translation>Dupliquer, supprimer, lier des contacts, imprimer</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Écrire</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>My pitch</source>
        <translation>Mon pitch</translation>
    </message>
    <message>
        <source>Also changed elsewhere — your text is kept; the other version is in Revisions</source>
        <translation>Modifié aussi ailleurs — votre texte est conservé&#xa0;; l’autre version est dans Versions</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Version saved</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>Pitch {n}</source>
        <translation>Pitch {n}</translation>
    </message>
    <message>
        <source>Pitch deleted — Ctrl+Z brings it back</source>
        <translation>Pitch supprimé — Ctrl+Z pour le récupérer</translation>
    </message>
    <message>
        <source>Pitch not changed</source>
        <translation>Pitch inchangé</translation>
    </message>
    <message>
        <source>Restore pitch version</source>
        <translation>Restaurer une version du pitch</translation>
    </message>
</context>
<context>
    <name>PrepHeader</name>
    <message>
        <source>Prepare for {name}</source>
        <translation>Préparer le rendez-vous avec {name}</translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation>Lien&#xa0;: {tie}</translation>
    </message>
    <message>
        <source>{kind} {day}, {time}{summary}</source>
        <translation>{kind} {day}, {time}{summary}</translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation>, prévue {day}</translation>
    </message>
    <message>
        <source>For: {title}{due}</source>
        <translation>Pour&#xa0;: {title}{due}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. This is what the import will do.</source>
        <translation>Rien n’a encore été modifié. Voici ce que fera l’import.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Format détecté</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>What else the file brings</source>
        <translation>Ce que le fichier apporte en plus</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Lignes à afficher</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Already here (merged)</source>
        <translation>Déjà présentes (fusionnées)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Show only the rows that will be added, merged or skipped</source>
        <translation>N’afficher que les lignes qui seront ajoutées, fusionnées ou ignorées</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>{path}&lt;br&gt;{format} · {encoding}</source>
        <translation>{path}&lt;br&gt;{format} · {encoding}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) (kept apart)</source>
        <translation>
            <numerusform>%Ln doublon possible (gardé séparé)</numerusform>
            <numerusform>%Ln doublons possibles (gardés séparés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {n} of {total} rows.</source>
        <translation>Affichage des {n} premières lignes sur {total}.</translation>
    </message>
    <message>
        <source>There is nobody to import in this file: every row has a problem (see Details).</source>
        <translation>Personne à importer dans ce fichier&#xa0;: chaque ligne a un problème (voir Détails).</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Impossible de lire le fichier&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation>Présentez-vous à Rapport</translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Discard your changes to your profile?</source>
        <translation>Abandonner les modifications de votre profil&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>p. ex. Camille Martin</translation>
    </message>
    <message>
        <source>Your name as you introduce yourself</source>
        <translation>Votre nom, tel que vous vous présentez</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>e.g. Operations manager · warehouses that ship on time</source>
        <translation>p. ex. Responsable des opérations · des entrepôts qui livrent à l’heure</translation>
    </message>
    <message>
        <source>One line saying what you do; it goes under your name on your card</source>
        <translation>Une ligne qui dit ce que vous faites&#xa0;; elle figure sous votre nom sur votre carte</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>e.g. an operations manager role at a logistics company</source>
        <translation>p. ex. un poste de responsable des opérations dans une entreprise de logistique</translation>
    </message>
    <message>
        <source>What you are looking for, in words a neighbour understands (used in your emails)</source>
        <translation>Ce que vous cherchez, en mots qu’un voisin comprend (repris dans vos e-mails)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The address people should write to</source>
        <translation>L’adresse à laquelle on doit vous écrire</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>e.g. (202) 555-0147</source>
        <translation>p. ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>As you would write it for people to dial</source>
        <translation>Tel que vous l’écririez pour qu’on le compose</translation>
    </message>
    <message>
        <source>Your LinkedIn profile address</source>
        <translation>L’adresse de votre profil LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>e.g. yourname.com</source>
        <translation>p. ex. votrenom.fr</translation>
    </message>
    <message>
        <source>A personal site or portfolio, if you have one</source>
        <translation>Un site personnel ou un portfolio, si vous en avez un</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>e.g. Springfield</source>
        <translation>p. ex. Lyon</translation>
    </message>
    <message>
        <source>Where you live or want to work</source>
        <translation>Où vous vivez ou voulez travailler</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>This is you: it goes on your business card, under your emails and into your monthly update. It stays on this computer.</source>
        <translation>C’est vous&#xa0;: cela figure sur votre carte de visite, sous vos e-mails et dans votre point mensuel. Cela reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>How people reach you</source>
        <translation>Comment vous joindre</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>A friendly head-and-shoulders picture (JPEG or PNG)</source>
        <translation>Une photo souriante, de la tête aux épaules (JPEG ou PNG)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove your photo</source>
        <translation>Retirer votre photo</translation>
    </message>
    <message>
        <source>Choose your photo</source>
        <translation>Choisir votre photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} is not a picture Rapport can read ({reason})</source>
        <translation>{file} n’est pas une image que Rapport peut lire ({reason})</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Everything is saved in one step at the end, so a cancelled import changes nothing.</source>
        <translation>Tout est enregistré en une seule fois à la fin&#xa0;: un import annulé ne change rien.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves your contacts exactly as they were.</source>
        <translation>Annuler arrête l’import et laisse vos contacts exactement comme ils étaient.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (Enter adds)</source>
        <translation>Nom (Enter ajoute)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this person to the list (Enter)</source>
        <translation>Ajouter cette personne à la liste (Enter)</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Personnes ajoutées</translation>
    </message>
    <message>
        <source>The people you have added in this window, newest first</source>
        <translation>Les personnes ajoutées dans cette fenêtre, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Already in your contacts ({n}) — add anyway if it is someone else.</source>
        <translation>Déjà dans vos contacts ({n}) — ajoutez quand même s’il s’agit de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Tapez d’abord un nom.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>Comment ça s’est passé&#xa0;?</translation>
    </message>
    <message>
        <source>How natural did it feel?</source>
        <translation>Était-ce naturel&#xa0;?</translation>
    </message>
    <message>
        <source>Rate this run {n} of 5 (key {n})</source>
        <translation>Noter ce passage {n} sur 5 (touche {n})</translation>
    </message>
    <message>
        <source>A note for next time (optional): e.g. “slow down at the numbers”</source>
        <translation>Une note pour la prochaine fois (facultatif)&#xa0;: p. ex. «&#xa0;ralentir sur les chiffres&#xa0;»</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Enregistrer le passage</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Forget this run (Esc)</source>
        <translation>Oublier ce passage (Esc)</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>tous les ans</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>No referrals yet. After each conversation, ask “Who else would you recommend I talk to?” and add the names with “Ask for referrals…”.</source>
        <translation>Pas encore de recommandations. Après chaque conversation, demandez «&#xa0;À qui d’autre me conseilleriez-vous de parler&#xa0;?&#xa0;» et ajoutez les noms avec «&#xa0;Demander des recommandations…&#xa0;».</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Demander des recommandations…</translation>
    </message>
    <message>
        <source>Add the people this contact recommends, referred by them</source>
        <translation>Ajouter les personnes que ce contact recommande, comme recommandées par lui</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Arbre des recommandations</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation>Double-cliquez sur une personne pour l’ouvrir</translation>
    </message>
    <message>
        <source>Referred {next}</source>
        <translation>A recommandé {next}</translation>
    </message>
    <message>
        <source>the person below</source>
        <translation>la personne en dessous</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recommandé par {name}</translation>
    </message>
    <message>
        <source>chain started with {root}</source>
        <translation>chaîne commencée avec {root}</translation>
    </message>
    <message>
        <source>referred {direct} directly, {total} in all</source>
        <translation>a recommandé {direct} directement, {total} en tout</translation>
    </message>
    <message>
        <source>referred {n}</source>
        <translation>a recommandé {n}</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>RehearsalController</name>
    <message>
        <source>Start or stop the rehearsal timer</source>
        <translation>Démarrer ou arrêter le chronomètre de répétition</translation>
    </message>
    <message>
        <source>Leave rehearsal mode</source>
        <translation>Quitter le mode répétition</translation>
    </message>
    <message>
        <source>Run cancelled — not saved</source>
        <translation>Passage annulé — non enregistré</translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation>Votre pitch</translation>
    </message>
    <message>
        <source>{title} · target {t} s</source>
        <translation>{title} · objectif {t} s</translation>
    </message>
</context>
<context>
    <name>RehearsalTableModel</name>
    <message>
        <source>{n:.0f} wpm</source>
        <translation>{n:.0f} mots/min</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Écouter</translation>
    </message>
    <message>
        <source>On target: ended between the green light and the target</source>
        <translation>Dans l’objectif&#xa0;: terminé entre le voyant vert et l’objectif</translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation>{s:.1f} s au-delà de l’objectif</translation>
    </message>
    <message>
        <source>Ended before the green light</source>
        <translation>Terminé avant le voyant vert</translation>
    </message>
    <message>
        <source>Rated {n} of 5</source>
        <translation>Noté {n} sur 5</translation>
    </message>
    <message>
        <source>Play the recording of this run</source>
        <translation>Écouter l’enregistrement de ce passage</translation>
    </message>
</context>
<context>
    <name>RehearsalView</name>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Space starts and stops the timer; Esc leaves rehearsal mode</source>
        <translation>Espace lance et arrête le chronomètre&#xa0;; Échap quitte la répétition</translation>
    </message>
    <message>
        <source>Time spoken so far</source>
        <translation>Temps de parole écoulé</translation>
    </message>
    <message>
        <source>Pitch text</source>
        <translation>Texte du pitch</translation>
    </message>
    <message>
        <source>The pitch to say aloud, in large type</source>
        <translation>Le pitch à dire à voix haute, en gros caractères</translation>
    </message>
    <message>
        <source>Green {g} · Yellow {y} · Red {r}</source>
        <translation>Vert {g} · Jaune {y} · Rouge {r}</translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation>{s:.1f} s au-delà de l’objectif</translation>
    </message>
    <message>
        <source>under the green light — slow down or say more</source>
        <translation>avant le voyant vert — ralentissez ou dites-en plus</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>dans l’objectif</translation>
    </message>
    <message>
        <source>{time} · {words} words · {wpm:.0f} words a minute — {verdict}</source>
        <translation>{time} · {words} mots · {wpm:.0f} mots par minute — {verdict}</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Préparez-vous…</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Appuyez sur Space pour démarrer</translation>
    </message>
    <message>
        <source>Stopped — Space to go again</source>
        <translation>Arrêté — Space pour recommencer</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>During the meeting</source>
        <translation>Pendant le rendez-vous</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <source>Research notes</source>
        <translation>Notes de recherche</translation>
    </message>
    <message>
        <source>What you found out about this person before meeting them; saved as you type</source>
        <translation>Ce que vous avez appris sur cette personne avant de la rencontrer&#xa0;; enregistré au fil de la saisie</translation>
    </message>
    <message>
        <source>What you found out before meeting them: their company&apos;s news, their role, a talk they gave, people you both know…</source>
        <translation>Ce que vous avez appris avant de la rencontrer&#xa0;: l’actualité de son entreprise, son rôle, une conférence qu’elle a donnée, des connaissances communes…</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Asking good questions is a gift in itself: who, what, why, where, when. Tick them off.</source>
        <translation>Poser de bonnes questions est un cadeau en soi&#xa0;: qui, quoi, pourquoi, où, quand. Cochez-les au fur et à mesure.</translation>
    </message>
    <message>
        <source>Tick each question once you have asked it; Delete removes one of your own</source>
        <translation>Cochez chaque question une fois posée&#xa0;; Delete supprime l’une des vôtres</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Votre propre question</translation>
    </message>
    <message>
        <source>Add a question of your own</source>
        <translation>Ajouter votre propre question</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the question typed beside it to the list</source>
        <translation>Ajouter à la liste la question saisie à côté</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Retirer cette question</translation>
    </message>
    <message>
        <source>Remove one of your own questions</source>
        <translation>Retirer l’une de vos propres questions</translation>
    </message>
    <message>
        <source>Your own question (Delete removes it)</source>
        <translation>Votre propre question (Delete la retire)</translation>
    </message>
    <message>
        <source>A “{word}” question</source>
        <translation>Une question «&#xa0;{word}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>automatic, daily</source>
        <translation>automatique, quotidienne</translation>
    </message>
    <message>
        <source>saved by you</source>
        <translation>enregistrée par vous</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is kept as a backup.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Vos données actuelles sont conservées comme sauvegarde.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The automatic backups, newest first; double-click one to restore it</source>
        <translation>Les sauvegardes automatiques, de la plus récente à la plus ancienne&#xa0;; double-cliquez sur l’une d’elles pour la restaurer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>No automatic backups yet: Rapport makes one each day you open it.</source>
        <translation>Pas encore de sauvegarde automatique&#xa0;: Rapport en fait une chaque jour où vous l’ouvrez.</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Choose a backup file saved somewhere else and restore it</source>
        <translation>Choisir un fichier de sauvegarde enregistré ailleurs et le restaurer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Go back to the chosen backup; your current data is kept as a backup</source>
        <translation>Revenir à la sauvegarde choisie&#xa0;; vos données actuelles sont conservées dans une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes Rapport (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Earlier versions of the pitch, newest first, with their length</source>
        <translation>Les versions précédentes du pitch, de la plus récente à la plus ancienne, avec leur longueur</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La version choisie</translation>
    </message>
    <message>
        <source>The text of the version chosen in the list, compared with the current text</source>
        <translation>Le texte de la version choisie dans la liste, comparé au texte actuel</translation>
    </message>
    <message>
        <source>No earlier versions yet. Versions are kept as you write (one per pause of five minutes or more), and Ctrl+S keeps one on demand.</source>
        <translation>Pas encore de version précédente. Des versions sont gardées pendant que vous écrivez (une par pause de cinq minutes ou plus), et Ctrl+S en garde une à la demande.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Replace the text with this version (undo with Ctrl+Z)</source>
        <translation>Remplacer le texte par cette version (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Same as the current text.</source>
        <translation>Identique au texte actuel.</translation>
    </message>
    <message>
        <source>Restoring this version removes the &lt;s&gt;struck&lt;/s&gt; words and brings back the &lt;u&gt;underlined&lt;/u&gt; ones.</source>
        <translation>Restaurer cette version retire les mots &lt;s&gt;barrés&lt;/s&gt; et fait revenir les mots &lt;u&gt;soulignés&lt;/u&gt;.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>After something happens</source>
        <translation>Après un événement</translation>
    </message>
    <message>
        <source>Rapport does the remembering: each rule adds a follow-up after the event. Choose how long each waits; turn off what you don&apos;t use. Changes move the open follow-ups of that rule.</source>
        <translation>Rapport se souvient pour vous&#xa0;: chaque règle ajoute une relance après l’événement. Choisissez combien de temps chacune attend&#xa0;; désactivez ce dont vous ne vous servez pas. Les changements déplacent les relances en cours de cette règle.</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}&#xa0;: jours</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Point mensuel</translation>
    </message>
    <message>
        <source>Remind me to send an update to my network on the first</source>
        <translation>Me rappeler d’envoyer des nouvelles à mon réseau le premier</translation>
    </message>
    <message>
        <source>of each month</source>
        <translation>de chaque mois</translation>
    </message>
    <message>
        <source>Sent to everyone you have talked with (stage “talked” or beyond).</source>
        <translation>Envoyé à tous ceux avec qui vous avez parlé (étape «&#xa0;échangé&#xa0;» ou au-delà).</translation>
    </message>
    <message>
        <source>The first of this weekday in each month</source>
        <translation>Le premier de ce jour de la semaine dans chaque mois</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Remind me to wish people a happy birthday</source>
        <translation>Me rappeler de souhaiter leur anniversaire</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>Birthday wish: days before the birthday</source>
        <translation>Vœux d’anniversaire&#xa0;: jours avant l’anniversaire</translation>
    </message>
    <message>
        <source>Every year, for everyone whose birthday you know (More fields, in their details). A wish you have not sent stays a week after the day, then waits for next year.</source>
        <translation>Chaque année, pour tous ceux dont vous connaissez l’anniversaire (Plus de champs, dans leurs détails). Un vœu non envoyé reste une semaine après le jour, puis attend l’année suivante.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Remind me to reconnect with people after</source>
        <translation>Me rappeler de reprendre contact avec les gens après</translation>
    </message>
    <message>
        <source>Default keep-in-touch cadence</source>
        <translation>Rythme par défaut pour garder le contact</translation>
    </message>
    <message>
        <source>Any logged interaction restarts the clock. A person&apos;s own cadence wins, then their circle&apos;s (the shortest, if several), then this default. Reminders are made for people you have talked with or given a cadence; the “maximum” is when the contact turns red (going cold).</source>
        <translation>Tout échange noté remet le compteur à zéro. Le rythme propre à une personne l’emporte, puis celui de son cercle (le plus court, s’il y en a plusieurs), puis ce rythme par défaut. Les rappels concernent les personnes à qui vous avez parlé ou à qui vous avez donné un rythme&#xa0;; le «&#xa0;maximum&#xa0;» est le moment où le contact passe au rouge (il se refroidit).</translation>
    </message>
    <message>
        <source>Days without contact before a reminder, for people without a cadence of their own</source>
        <translation>Jours sans contact avant un rappel, pour les personnes sans rythme propre</translation>
    </message>
    <message>
        <source>Circle cadences</source>
        <translation>Rythmes des cercles</translation>
    </message>
    <message>
        <source>How often to reconnect with the people of each circle</source>
        <translation>À quel rythme reprendre contact avec les personnes de chaque cercle</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation>Reprendre contact après</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>1.5 × ideal</source>
        <translation>1,5 × idéal</translation>
    </message>
    <message>
        <source>{circle}: reconnect after</source>
        <translation>{circle}&#xa0;: reprendre contact après</translation>
    </message>
    <message>
        <source>{circle}: at most</source>
        <translation>{circle}&#xa0;: au plus</translation>
    </message>
    <message>
        <source>Days without contact before a reminder; 0 uses the default</source>
        <translation>Jours sans contact avant un rappel&#xa0;; 0 utilise la valeur par défaut</translation>
    </message>
    <message>
        <source>Days without contact before a person turns cold</source>
        <translation>Jours sans contact avant qu’une personne se refroidisse</translation>
    </message>
    <message>
        <source>{circle}: the maximum ({m} days) must be at least the reconnect time ({i} days).</source>
        <translation>{circle}&#xa0;: le maximum ({m} jours) doit être au moins égal au délai de reprise de contact ({i} jours).</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation>Enregistrer le passage avec votre micro pour le réécouter</translation>
    </message>
    <message>
        <source>Recording stopped: {m}</source>
        <translation>Enregistrement arrêté&#xa0;: {m}</translation>
    </message>
    <message>
        <source>Run not saved</source>
        <translation>Passage non enregistré</translation>
    </message>
    <message>
        <source>The database refused it; see the log.</source>
        <translation>La base de données l’a refusé&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>Run saved: {time}</source>
        <translation>Passage enregistré&#xa0;: {time}</translation>
    </message>
    <message>
        <source>▶  Play back the recording</source>
        <translation>▶  Écouter l’enregistrement</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample data — nothing here is yours</source>
        <translation>Données d’exemple — rien ici ne vous appartient</translation>
    </message>
    <message>
        <source>These people and follow-ups are made up, to try Rapport out. Your own data is in your other window.</source>
        <translation>Ces personnes et ces relances sont inventées, pour essayer Rapport. Vos propres données sont dans votre autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a business card</source>
        <translation>Scanner une carte de visite</translation>
    </message>
    <message>
        <source>Scan Business Card</source>
        <translation>Scanner une carte de visite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading and type the details yourself (Esc)</source>
        <translation>Arrêter la lecture et saisir vous-même les coordonnées (Esc)</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Texte reconnu</translation>
    </message>
    <message>
        <source>The text found on the card appears here.</source>
        <translation>Le texte trouvé sur la carte s’affiche ici.</translation>
    </message>
    <message>
        <source>Text found on the card</source>
        <translation>Texte trouvé sur la carte</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Save as a new contact, or add to the person it matches (Ctrl+S)</source>
        <translation>Enregistrer comme nouveau contact, ou ajouter à la personne correspondante (Ctrl+S)</translation>
    </message>
    <message>
        <source>Text recognition is not available.</source>
        <translation>La reconnaissance de texte n’est pas disponible.</translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation>Lecture de la carte avec {engine}…</translation>
    </message>
    <message>
        <source>Stopped. Type the details from the picture yourself.</source>
        <translation>Arrêté. Saisissez vous-même les coordonnées d’après l’image.</translation>
    </message>
    <message>
        <source>{message} You can still type the details yourself.</source>
        <translation>{message} Vous pouvez toujours saisir les coordonnées vous-même.</translation>
    </message>
    <message>
        <source>No text was found on this picture. Check that it shows the front of the card, sharp and well lit — or type the details yourself; the picture is kept with the contact.</source>
        <translation>Aucun texte trouvé sur cette image. Vérifiez qu’elle montre le recto de la carte, nette et bien éclairée — ou saisissez les coordonnées vous-même&#xa0;; l’image est gardée avec le contact.</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln line(s) with {engine}. Check each field, then add how you met.</source>
        <translation>
            <numerusform>%Ln ligne lue avec {engine}. Vérifiez chaque champ, puis ajoutez comment vous vous êtes rencontrés.</numerusform>
            <numerusform>%Ln lignes lues avec {engine}. Vérifiez chaque champ, puis ajoutez comment vous vous êtes rencontrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to {name}, already in your contacts ({reason}); uncheck to save a separate contact</source>
        <translation>Ajouter à {name}, déjà dans vos contacts ({reason})&#xa0;; décochez pour enregistrer un contact séparé</translation>
    </message>
    <message>
        <source>Add to Contact</source>
        <translation>Ajouter au contact</translation>
    </message>
    <message>
        <source>The contact could not be saved: {error}</source>
        <translation>Le contact n’a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Added the card to {name}</source>
        <translation>Carte ajoutée à {name}</translation>
    </message>
    <message>
        <source>Saved {name} from their card</source>
        <translation>{name} enregistré d’après sa carte</translation>
    </message>
</context>
<context>
    <name>ScriptsDialog</name>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Your calls, emails and notes to reuse; choose one to edit it</source>
        <translation>Vos scripts d’appels, d’e-mails et de messages à réutiliser&#xa0;; choisissez-en un pour le modifier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Start a new script from the one shown</source>
        <translation>Créer un nouveau script à partir de celui affiché</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this script (Edit → Undo brings it back)</source>
        <translation>Supprimer ce script (Édition → Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>What the script is called in the list</source>
        <translation>Le nom du script dans la liste</translation>
    </message>
    <message>
        <source>When you use the script, such as a warm call or a thank-you note</source>
        <translation>L’occasion où vous utilisez ce script, par exemple un appel chaleureux ou un remerciement</translation>
    </message>
    <message>
        <source>(none: a call or a short note)</source>
        <translation>(aucun&#xa0;: un appel ou un petit mot)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>Texte du script</translation>
    </message>
    <message>
        <source>The words of the script; fields in braces such as {first_name} are filled in for each person</source>
        <translation>Le texte du script&#xa0;; les champs entre accolades comme {first_name} sont remplis pour chaque personne</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Insert a merge field such as {first_name} at the cursor</source>
        <translation>Insérer un champ de fusion comme {first_name} à l’emplacement du curseur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this script (Ctrl+S)</source>
        <translation>Enregistrer ce script (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Rétablir l’original</translation>
    </message>
    <message>
        <source>Put back the text Rapport shipped for this script</source>
        <translation>Remettre le texte fourni par Rapport pour ce script</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview for contact</source>
        <translation>Aperçu pour le contact</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Use the script anyway</source>
        <translation>Utiliser le script quand même</translation>
    </message>
    <message>
        <source>The script as the person chosen above would read it</source>
        <translation>Le script tel que la personne choisie ci-dessus le lirait</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard</source>
        <translation>Copier le texte dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Start a new message in your mail program</source>
        <translation>Commencer un nouveau message dans votre messagerie</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>Save a draft your mail program opens</source>
        <translation>Enregistrer un brouillon que votre messagerie peut ouvrir</translation>
    </message>
    <message>
        <source>Edit script “{name}”</source>
        <translation>Modifier le script «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Nouveau script</translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation>Bonjour {first_name},

</translation>
    </message>
    <message>
        <source>Delete script “{name}”</source>
        <translation>Supprimer le script «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Objet&#xa0;: {s}</translation>
    </message>
    <message>
        <source>Pick a contact above to fill in their details.</source>
        <translation>Choisissez un contact ci-dessus pour remplir ses coordonnées.</translation>
    </message>
    <message>
        <source>No value yet for {fields}: fill it in before sending.</source>
        <translation>Pas encore de valeur pour {fields}&#xa0;: complétez avant l’envoi.</translation>
    </message>
    <message>
        <source>Your own details come from Edit → My Profile.</source>
        <translation>Vos propres coordonnées viennent d’Édition → Mon profil.</translation>
    </message>
    <message>
        <source>Not merge fields (left as written): {bad}. Known fields include {known}…</source>
        <translation>Ce ne sont pas des champs de fusion (laissés tels quels)&#xa0;: {bad}. Champs connus, entre autres&#xa0;: {known}…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>This message is long; some mail programs cut long links short. Save an .eml draft instead?</source>
        <translation>Ce message est long&#xa0;; certains logiciels de messagerie coupent les longs liens. Enregistrer plutôt un brouillon .eml&#xa0;?</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy or Save .eml instead.</source>
        <translation>Aucun logiciel de messagerie n’a répondu. Utilisez plutôt Copier ou Enregistrer en .eml.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Impossible d’écrire {path}&#xa0;:
{error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Règles de relance</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Objectifs hebdomadaires</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>ShippedText</name>
    <message>
        <source>Ask before introducing (double opt-in)</source>
        <translation>Demander avant de présenter (double accord)</translation>
    </message>
    <message>
        <source>Would you like to meet {other_name}?</source>
        <translation>Aimeriez-vous rencontrer {other_name}&#xa0;?</translation>
    </message>
    <message>
        <source>Hi {first_name},

I&apos;ve been thinking you would enjoy meeting {other_name}. {why_meet}

Would you be open to an introduction? If you are, I&apos;ll send a short email to you both. If the timing isn&apos;t right, no problem at all — just say so.

{my_name}</source>
        <translation>Bonjour {first_name},

Je me disais que vous auriez plaisir à rencontrer {other_name}. {why_meet}

Seriez-vous d’accord pour que je vous présente&#xa0;? Si oui, j’enverrai un court e-mail à vous deux. Si le moment ne s’y prête pas, aucun problème — dites-le-moi simplement.

{my_name}</translation>
    </message>
    <message>
        <source>Introduce two people</source>
        <translation>Présenter deux personnes</translation>
    </message>
    <message>
        <source>Introduction: {first_name}, meet {other_name}</source>
        <translation>Mise en relation&#xa0;: {first_name}, voici {other_name}</translation>
    </message>
    <message>
        <source>Hi {first_name} and {other_name},

As promised, here is the introduction — you both said you&apos;d be glad to meet. {why_meet}

I&apos;ll let you take it from here; I&apos;d love to hear how it goes.

{my_name}</source>
        <translation>Bonjour {first_name} et {other_name},

Comme promis, voici la mise en relation — vous m’avez tous deux dit que vous seriez heureux de vous rencontrer. {why_meet}

Je vous laisse poursuivre&#xa0;; j’aimerais beaucoup savoir comment ça se passe.

{my_name}</translation>
    </message>
    <message>
        <source>Warm call — someone referred me</source>
        <translation>Appel chaleureux — on m’a recommandé</translation>
    </message>
    <message>
        <source>Hi {first_name}, this is {my_name}. {referrer} suggested I give you a call — is now a good moment for two minutes?

{referrer} thought you&apos;d be a good person to talk to because you know {company} and the people around it. I&apos;m looking for {my_target}, and I&apos;m not asking you for a job — I&apos;d value twenty minutes of your advice, over coffee or on the phone, whenever suits you in the next week or two.</source>
        <translation>Bonjour {first_name}, ici {my_name}. {referrer} m’a conseillé de vous appeler — avez-vous deux minutes&#xa0;?

{referrer} pensait que vous seriez la bonne personne à qui parler, parce que vous connaissez {company} et les gens qui gravitent autour. Je cherche {my_target}, et je ne vous demande pas un emploi — j’aimerais avoir vingt minutes de vos conseils, autour d’un café ou par téléphone, quand cela vous arrange dans les deux semaines qui viennent.</translation>
    </message>
    <message>
        <source>Thank you after a conversation</source>
        <translation>Merci après une conversation</translation>
    </message>
    <message>
        <source>Thank you, {first_name}</source>
        <translation>Merci, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for taking the time to talk with me today — I really enjoyed hearing about your work.

As promised, here is the list of companies I&apos;m targeting; any thoughts on it are welcome:
{target_companies}

A quick reminder of what I&apos;m looking for: {my_target}. If anyone comes to mind who I should talk to, I&apos;d be glad of an introduction.

Thanks again,
{my_contact_block}</source>
        <translation>Bonjour {first_name},

Merci d’avoir pris le temps d’échanger avec moi aujourd’hui — j’ai beaucoup aimé vous entendre parler de votre travail.

Comme promis, voici la liste des entreprises que je cible&#xa0;; toutes vos remarques sont les bienvenues&#xa0;:
{target_companies}

Pour rappel, je cherche {my_target}. Si quelqu’un à qui je devrais parler vous vient à l’esprit, je serais ravi(e) d’être mis(e) en relation.

Merci encore,
{my_contact_block}</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Relance amicale</translation>
    </message>
    <message>
        <source>Following up: {what_i_sent}</source>
        <translation>Suite à mon envoi&#xa0;: {what_i_sent}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I hope your week is going well. I&apos;m just checking that {what_i_sent} reached you — no rush at all. If anything on it sparks an idea or a name, I&apos;d love to hear it.

All the best,
{my_name}</source>
        <translation>Bonjour {first_name},

J’espère que votre semaine se passe bien. Je voulais simplement vérifier que {what_i_sent} vous est bien parvenu — rien ne presse. Si cela vous inspire une idée ou un nom, je serais ravi(e) de le savoir.

Bien à vous,
{my_name}</translation>
    </message>
    <message>
        <source>Connection note — why I&apos;d like to connect</source>
        <translation>Mot d’invitation — pourquoi j’aimerais être en contact</translation>
    </message>
    <message>
        <source>Hi {first_name}, {why_connect} I&apos;d be glad to connect and to hear what you&apos;re working on. — {my_name}</source>
        <translation>Bonjour {first_name}, {why_connect} Je serais heureux(se) d’être en contact avec vous et de savoir sur quoi vous travaillez. — {my_name}</translation>
    </message>
    <message>
        <source>Thanks for connecting</source>
        <translation>Merci d’avoir accepté</translation>
    </message>
    <message>
        <source>Thanks for connecting, {first_name}</source>
        <translation>Merci d’avoir accepté, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thanks for connecting! I&apos;m curious what made you reach out (or accept) — and I&apos;d enjoy a short call to hear about your work. Would fifteen minutes one day next week suit you?

{my_contact_block}</source>
        <translation>Bonjour {first_name},

Merci d’avoir accepté mon invitation&#xa0;! Je suis curieux(se) de savoir ce qui vous a donné envie de me contacter (ou d’accepter) — et j’aimerais beaucoup un court appel pour en savoir plus sur votre travail. Un quart d’heure un jour de la semaine prochaine vous conviendrait-il&#xa0;?

{my_contact_block}</translation>
    </message>
    <message>
        <source>Who else should I talk to?</source>
        <translation>À qui d’autre devrais-je parler&#xa0;?</translation>
    </message>
    <message>
        <source>Thank you, this has been really helpful. Who else would you recommend I talk to? Would you be comfortable if I mentioned your name when I get in touch?</source>
        <translation>Merci, cet échange m’a vraiment aidé(e). À qui d’autre me conseilleriez-vous de parler&#xa0;? Seriez-vous d’accord pour que je mentionne votre nom en prenant contact&#xa0;?</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Point mensuel</translation>
    </message>
    <message>
        <source>A quick update from {my_name} — {month}</source>
        <translation>Petit point de {my_name} — {month}</translation>
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
        <translation>Bonjour {first_name},

Un petit point sur ma recherche&#xa0;: on pense souvent à quelque chose des semaines plus tard, et l’on croit que j’ai trouvé un emploi si je ne dis pas le contraire.

Ce que j’ai fait ce mois-ci&#xa0;:
{month_summary}

Ce que je cherche&#xa0;: {my_target}

Les entreprises où j’aimerais beaucoup être présenté(e)&#xa0;:
{target_companies}

Merci pour votre aide jusqu’ici — les idées et les noms sont toujours les bienvenus.

{my_contact_block}</translation>
    </message>
    <message>
        <source>Reconnect after a while</source>
        <translation>Reprendre contact après un moment</translation>
    </message>
    <message>
        <source>It&apos;s been a while, {first_name}</source>
        <translation>Cela fait un moment, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

It&apos;s been a while since we last caught up, and I was thinking of you. How are things at {company}? Who have you met lately who impressed you? I&apos;d enjoy a coffee or a call if you have time in the coming weeks.

{my_name}</source>
        <translation>Bonjour {first_name},

Cela fait un moment que nous n’avons pas pris de nouvelles l’un de l’autre, et je pensais à vous. Comment ça se passe chez {company}&#xa0;? Qui avez-vous rencontré récemment qui vous a impressionné(e)&#xa0;? Un café ou un appel me ferait plaisir si vous avez un moment dans les semaines qui viennent.

{my_name}</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Dire à la personne qui m’a recommandé comment ça s’est passé</translation>
    </message>
    <message>
        <source>Thanks for the introduction to {other_name}</source>
        <translation>Merci pour la mise en relation avec {other_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I wanted to let you know I spoke with {other_name} — thank you for the introduction, it was a really useful conversation. I&apos;ll keep you posted on where it leads.

{my_name}</source>
        <translation>Bonjour {first_name},

Je voulais vous dire que j’ai parlé avec {other_name} — merci pour la mise en relation, la conversation a été vraiment utile. Je vous tiendrai au courant de la suite.

{my_name}</translation>
    </message>
    <message>
        <source>Hi {first_name} and {other_name},

I think you two should know each other. {first_name}, … {other_name}, … I&apos;ll let you take it from here.

{my_name}</source>
        <translation>Bonjour {first_name} et {other_name},

Je pense que vous devriez vous connaître. {first_name}, … {other_name}, … Je vous laisse poursuivre.

{my_name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{page} page</source>
        <translation>Page « {page} »</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Type to filter, e.g. “backup” or “Ctrl+Shift”</source>
        <translation>Tapez pour filtrer, p. ex. «&#xa0;sauvegarde&#xa0;» ou «&#xa0;Ctrl+Shift&#xa0;»</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each action and its keys, grouped by menu and page; the field above narrows the list</source>
        <translation>Chaque action et ses touches, regroupées par menu et par page&#xa0;; le champ au-dessus filtre la liste</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Your contacts are on the Contacts page; the Today page shows what to do next.</source>
        <translation>Vos contacts sont dans la page Contacts&#xa0;; la page Aujourd’hui indique quoi faire ensuite.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l’import</translation>
    </message>
    <message>
        <source>Skipped rows and notes</source>
        <translation>Lignes ignorées et remarques</translation>
    </message>
    <message>
        <source>Review Possible Duplicates…</source>
        <translation>Examiner les doublons possibles…</translation>
    </message>
    <message>
        <source>Review possible duplicates</source>
        <translation>Examiner les doublons possibles</translation>
    </message>
    <message>
        <source>People who only share a name with someone were kept apart: decide in Contacts → Duplicates</source>
        <translation>Les personnes qui partagent seulement un nom avec quelqu’un ont été gardées séparées&#xa0;: décidez dans Contacts → Doublons</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln new contact(s).</source>
        <translation>
            <numerusform>%Ln nouveau contact ajouté.</numerusform>
            <numerusform>%Ln nouveaux contacts ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>%Ln ligne ignorée.</numerusform>
            <numerusform>%Ln lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} were already in Rapport and were merged ({u} got new details).</source>
        <translation>{n} étaient déjà dans Rapport et ont été fusionnés ({u} ont reçu de nouvelles informations).</translation>
    </message>
    <message>
        <source>{n} look like someone already here (same name) and were kept apart, since a name alone does not make the same person.</source>
        <translation>{n} ressemblent à quelqu’un de déjà présent (même nom) et ont été gardés séparés, car un nom seul ne fait pas la même personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What was odd in the file&lt;/b&gt;&lt;br&gt;Each line names its place in the file. Odd values were kept as notes or left out; the people were imported all the same.</source>
        <translation>&lt;b&gt;Ce qui était inhabituel dans le fichier&lt;/b&gt;&lt;br&gt;Chaque ligne indique sa place dans le fichier. Les valeurs inhabituelles ont été gardées en notes ou laissées de côté&#xa0;; les personnes ont été importées quand même.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What needs a look&lt;/b&gt;&lt;br&gt;Odd values were kept as notes on their person; a skipped row had nobody in it. Importing the file again after fixing it merges, never doubles.</source>
        <translation>&lt;b&gt;Ce qui mérite un coup d’œil&lt;/b&gt;&lt;br&gt;Les valeurs inhabituelles ont été gardées en notes sur leur personne&#xa0;; une ligne ignorée ne contenait personne. Réimporter le fichier après l’avoir corrigé fusionne, sans jamais créer de doublons.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync with your server now (File → Sync Now)</source>
        <translation>Synchroniser maintenant avec votre serveur (Fichier → Synchroniser maintenant)</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync contacts and follow-ups with your CardDAV/CalDAV server</source>
        <translation>Synchroniser les contacts et les relances avec votre serveur CardDAV/CalDAV</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %Ln changement en attente</numerusform>
            <numerusform>Hors ligne — %Ln changements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: the server refused the login — check Preferences → Sync</source>
        <translation>Synchronisation&#xa0;: le serveur a refusé la connexion — vérifiez Préférences → Synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Échec de la synchronisation — %Ln changement en attente</numerusform>
            <numerusform>Échec de la synchronisation — %Ln changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln change(s) waiting</source>
        <translation>
            <numerusform> — %Ln changement en attente</numerusform>
            <numerusform> — %Ln changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Pas encore synchronisé — %Ln changement en attente</numerusform>
            <numerusform>Pas encore synchronisé — %Ln changements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisé {when}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source> — {n} to review in Preferences → Sync</source>
        <translation> — {n} à examiner dans Préférences → Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <source>this machine has no system keyring (Secret Service, KWallet, Windows Credential Locker or macOS Keychain) to keep the password in; give a command that prints it instead, e.g. --password-command &apos;pass show dav&apos;</source>
        <translation>cet ordinateur n’a pas de trousseau système (Secret Service, KWallet, Gestionnaire d’identification Windows ou trousseau macOS) pour garder le mot de passe&#xa0;; indiquez plutôt une commande qui l’affiche, p.&#xa0;ex. --password-command &apos;pass show dav&apos;</translation>
    </message>
    <message>
        <source>the password command could not run: {reason}</source>
        <translation>la commande du mot de passe n’a pas pu s’exécuter&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the password command exited with {code}</source>
        <translation>la commande du mot de passe s’est terminée avec le code {code}</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>la commande du mot de passe n’a rien affiché</translation>
    </message>
    <message>
        <source>the system keyring did not give the password: {reason}</source>
        <translation>le trousseau système n’a pas donné le mot de passe&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the system keyring has no password for {name}; run &apos;rapport sync setup&apos; again</source>
        <translation>le trousseau système n’a pas de mot de passe pour {name}&#xa0;; configurez à nouveau la synchronisation (&apos;rapport sync setup&apos;)</translation>
    </message>
    <message>
        <source>the server does not allow this ({request})</source>
        <translation>le serveur ne l’autorise pas ({request})</translation>
    </message>
    <message>
        <source>the server at {url} refused the login for user &apos;{user}&apos; (check the user name and password)</source>
        <translation>le serveur {url} a refusé la connexion de l’utilisateur &apos;{user}&apos; (vérifiez le nom d’utilisateur et le mot de passe)</translation>
    </message>
    <message>
        <source>the server at {url} did not answer as a CardDAV/CalDAV server: {reason}</source>
        <translation>le serveur {url} n’a pas répondu comme un serveur CardDAV/CalDAV&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot reach the server at {url}: {reason}</source>
        <translation>impossible de joindre le serveur {url}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the server at {url} answered {status} ({request})</source>
        <translation>le serveur {url} a répondu {status} ({request})</translation>
    </message>
    <message>
        <source>the server did not create the {kind} collection &apos;{name}&apos; ({status})</source>
        <translation>le serveur n’a pas créé la collection {kind} &apos;{name}&apos; ({status})</translation>
    </message>
    <message>
        <source>the server did not send the items ({status})</source>
        <translation>le serveur n’a pas envoyé les éléments ({status})</translation>
    </message>
    <message>
        <source>the server refused to store {item} ({status}): {reply}</source>
        <translation>le serveur a refusé d’enregistrer {item} ({status})&#xa0;: {reply}</translation>
    </message>
    <message>
        <source>the server refused to delete {item} ({status})</source>
        <translation>le serveur a refusé de supprimer {item} ({status})</translation>
    </message>
    <message>
        <source>the server has no address book called &apos;{name}&apos;</source>
        <translation>le serveur n’a pas de carnet d’adresses nommé &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the server has no calendar called &apos;{name}&apos;</source>
        <translation>le serveur n’a pas de calendrier nommé &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync with your server</source>
        <translation>Synchroniser avec votre serveur</translation>
    </message>
    <message>
        <source>Keep your contacts and follow-ups on your phone and in your calendar: Rapport syncs both ways with a CardDAV/CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Your phone syncs with the same server.</source>
        <translation>Gardez vos contacts et vos relances sur votre téléphone et dans votre agenda&#xa0;: Rapport se synchronise dans les deux sens avec un serveur CardDAV/CalDAV (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Votre téléphone se synchronise avec le même serveur.</translation>
    </message>
    <message>
        <source>a command that prints the password, e.g. pass show dav</source>
        <translation>une commande qui affiche le mot de passe, p. ex. pass show dav</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Commande du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;command:</source>
        <translation>Commande du mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in your system keyring, never in Rapport&apos;s files.</source>
        <translation>Le mot de passe est gardé dans le trousseau de votre système, jamais dans les fichiers de Rapport.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the password in: give a command that prints it (Rapport runs it at each sync and stores only the command).</source>
        <translation>Cet ordinateur n’a pas de trousseau système pour garder le mot de passe&#xa0;: indiquez une commande qui l’affiche (Rapport l’exécute à chaque synchronisation et ne garde que la commande).</translation>
    </message>
    <message>
        <source>The account name you sign in to your server with</source>
        <translation>Le nom du compte avec lequel vous vous connectez à votre serveur</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Check that Rapport can reach the server with this account</source>
        <translation>Vérifier que Rapport peut joindre le serveur avec ce compte</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Where your contacts go on the server; type a new name and Rapport creates it</source>
        <translation>Le carnet d’adresses du serveur où vont vos contacts&#xa0;; tapez un nouveau nom et Rapport le crée</translation>
    </message>
    <message>
        <source>Where your follow-ups go on the server; type a new name and Rapport creates it</source>
        <translation>Le calendrier du serveur où vont vos relances&#xa0;; tapez un nouveau nom et Rapport le crée</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Carnet d’adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose one the server has, or type a new name: Rapport creates it.</source>
        <translation>Choisissez-en un qui existe sur le serveur, ou tapez un nouveau nom&#xa0;: Rapport le crée.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Sync on &amp;start, after a change and every</source>
        <translation>Synchroniser au &amp;démarrage, après un changement et toutes les</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Synchroniser automatiquement</translation>
    </message>
    <message>
        <source>Sync on start, after each change and every few minutes</source>
        <translation>Synchroniser au démarrage, après chaque modification et toutes les quelques minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutes entre deux synchronisations</translation>
    </message>
    <message>
        <source>How often Rapport syncs on its own while it is open</source>
        <translation>La fréquence à laquelle Rapport se synchronise de lui-même tant qu’il est ouvert</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Nothing to review. When a field was changed here and on the server differently, Rapport keeps yours, adds the server&apos;s to the notes, and lists it here.</source>
        <translation>Rien à examiner. Quand un champ a été modifié différemment ici et sur le serveur, Rapport garde votre version, ajoute celle du serveur aux notes et l’affiche ici.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Marquer comme e&amp;xaminé</translation>
    </message>
    <message>
        <source>Clear the list of conflicts once you have checked them</source>
        <translation>Vider la liste des conflits une fois que vous les avez vérifiés</translation>
    </message>
    <message>
        <source>&amp;Forget this account</source>
        <translation>&amp;Oublier ce compte</translation>
    </message>
    <message>
        <source>Stop syncing and remove this account and its password from Rapport</source>
        <translation>Arrêter la synchronisation et retirer ce compte et son mot de passe de Rapport</translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation>(gardé dans le trousseau)</translation>
    </message>
    <message>
        <source>No account yet: fill in the server and press Test connection.</source>
        <translation>Pas encore de compte&#xa0;: indiquez le serveur et appuyez sur Tester la connexion.</translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation>Dernière synchronisation&#xa0;: {when}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>{name}: {field} — kept “{ours}”, the server had “{theirs}”</source>
        <translation>{name}&#xa0;: {field} — «&#xa0;{ours}&#xa0;» gardé, le serveur avait «&#xa0;{theirs}&#xa0;»</translation>
    </message>
    <message>
        <source>type the password (or a password command)</source>
        <translation>saisissez le mot de passe (ou une commande de mot de passe)</translation>
    </message>
    <message>
        <source>Fill in the server and the user name.</source>
        <translation>Indiquez le serveur et le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: {books} address books, {calendars} calendars.</source>
        <translation>Connecté&#xa0;: {books} carnets d’adresses, {calendars} calendriers.</translation>
    </message>
    <message>
        <source>Sync: fill in the server and the user name (or clear both).</source>
        <translation>Synchronisation&#xa0;: indiquez le serveur et le nom d’utilisateur (ou effacez les deux).</translation>
    </message>
    <message>
        <source>Sync: this computer has no system keyring; give a command that prints the password.</source>
        <translation>Synchronisation&#xa0;: cet ordinateur n’a pas de trousseau système&#xa0;; indiquez une commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <source>Sync: {reason}</source>
        <translation>Synchronisation&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Forget the sync account</source>
        <translation>Oublier le compte de synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing with {url}? Your contacts and follow-ups stay here and on the server; Rapport forgets the account, its password and what it last synced.</source>
        <translation>Arrêter la synchronisation avec {url}&#xa0;? Vos contacts et vos relances restent ici et sur le serveur&#xa0;; Rapport oublie le compte, son mot de passe et ce qu’il a synchronisé en dernier.</translation>
    </message>
</context>
<context>
    <name>TargetCompaniesDialog</name>
    <message>
        <source>Target companies</source>
        <translation>Entreprises cibles</translation>
    </message>
    <message>
        <source>Companies you want to work for</source>
        <translation>Les entreprises pour lesquelles vous voulez travailler</translation>
    </message>
    <message>
        <source>Tick a company to put it on your list. At the end of a coffee, offer to send the list and ask for suggestions — then log it as “Sent something”.</source>
        <translation>Cochez une entreprise pour la mettre sur votre liste. À la fin d’un café, proposez d’envoyer la liste et demandez des suggestions — puis notez-le comme «&#xa0;Envoi&#xa0;».</translation>
    </message>
    <message>
        <source>Add a target company (Enter)</source>
        <translation>Ajouter une entreprise cible (Enter)</translation>
    </message>
    <message>
        <source>New target company</source>
        <translation>Nouvelle entreprise cible</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter target companies</source>
        <translation>Filtrer les entreprises cibles</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Your companies and how many people you know at each; tick the ones you would love to work for</source>
        <translation>Vos entreprises et le nombre de personnes que vous connaissez dans chacune&#xa0;; cochez celles où vous aimeriez travailler</translation>
    </message>
    <message>
        <source>Who you know there</source>
        <translation>Qui vous connaissez là-bas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Has your list</source>
        <translation>A votre liste</translation>
    </message>
    <message>
        <source>Your contacts at the chosen company, their stage and whether they have your list</source>
        <translation>Vos contacts dans l’entreprise choisie, leur étape et s’ils ont votre liste</translation>
    </message>
    <message>
        <source>Log: sent them the list…</source>
        <translation>Noter&#xa0;: liste envoyée…</translation>
    </message>
    <message>
        <source>Record that you sent your target list to the chosen person</source>
        <translation>Noter que vous avez envoyé votre liste cible à la personne choisie</translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation>Afficher le contact</translation>
    </message>
    <message>
        <source>Closes this window and opens the chosen person&apos;s details</source>
        <translation>Ferme cette fenêtre et ouvre la fiche de la personne choisie</translation>
    </message>
    <message>
        <source>Who has your list</source>
        <translation>Qui a votre liste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>The people you sent your list to, when and what; double-click one to open their details</source>
        <translation>Les personnes à qui vous avez envoyé votre liste, quand et quoi&#xa0;; double-cliquez sur l’une d’elles pour ouvrir sa fiche</translation>
    </message>
    <message>
        <source>Nobody yet. Log a “Sent something” interaction when you send your list.</source>
        <translation>Personne pour l’instant. Notez un échange «&#xa0;Envoi&#xa0;» quand vous envoyez votre liste.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Nobody you know works here yet. Ask your contacts who does.</source>
        <translation>Personne de votre connaissance ne travaille ici pour l’instant. Demandez à vos contacts qui y travaille.</translation>
    </message>
    <message>
        <source>My target company list</source>
        <translation>Ma liste d’entreprises cibles</translation>
    </message>
</context>
<context>
    <name>Teleprompter</name>
    <message>
        <source>Teleprompter</source>
        <translation>Téléprompteur</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>paused — Space to go</source>
        <translation>en pause — Space pour reprendre</translation>
    </message>
    <message>
        <source>{wpm:.0f} wpm   {time}   {state}</source>
        <translation>{wpm:.0f} mots/min   {time}   {state}</translation>
    </message>
    <message>
        <source>Space pause · ↑ ↓ pace · ← → jump · Home restart · Esc leave</source>
        <translation>Space pause · ↑ ↓ débit · ← → saut · Home recommencer · Esc quitter</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Rehearsal lights</source>
        <translation>Voyants de répétition</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Green — you can finish, at</source>
        <translation>Vert — vous pouvez conclure, à</translation>
    </message>
    <message>
        <source>Yellow — wrap up, at</source>
        <translation>Jaune — terminez, à</translation>
    </message>
    <message>
        <source>Red — time&apos;s up, at</source>
        <translation>Rouge — c’est fini, à</translation>
    </message>
    <message>
        <source>{t} s (the target)</source>
        <translation>{t} s (l’objectif)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Green at 2/3 and yellow at 5/6 of the target</source>
        <translation>Vert aux 2/3 et jaune aux 5/6 de l’objectif</translation>
    </message>
</context>
<context>
    <name>TiesPanel</name>
    <message>
        <source>Strong and weak ties</source>
        <translation>Liens forts et liens faibles</translation>
    </message>
    <message>
        <source>Ties reached</source>
        <translation>Liens contactés</translation>
    </message>
    <message>
        <source>How many people you know well, a little or not yet you have been in touch with; Enter lists them</source>
        <translation>Parmi les personnes que vous connaissez bien, un peu ou pas encore, combien vous avez déjà contactées&#xa0;; Enter en affiche la liste</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forts</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faibles</translation>
    </message>
    <message>
        <source>{r} of {t} reached</source>
        <translation>{r} sur {t} contactés</translation>
    </message>
    <message>
        <source>{label}: {share} reached — at least one interaction logged</source>
        <translation>{label}&#xa0;: {share} contactés — au moins un échange noté</translation>
    </message>
    <message>
        <source>Reached: {label}</source>
        <translation>Contactés&#xa0;: {label}</translation>
    </message>
    <message>
        <source>People you know less well are often the most willing to help. Solid: reached.</source>
        <translation>Les personnes que vous connaissez moins bien sont souvent les plus disposées à aider. Plein&#xa0;: contactés.</translation>
    </message>
    <message>
        <source>Mark how well you know each person (close, acquaintance, new) to compare here.</source>
        <translation>Indiquez à quel point vous connaissez chaque personne (proche, connaissance, nouvelle) pour comparer ici.</translation>
    </message>
    <message>
        <source>{n} of your {t} referrals</source>
        <translation>{n} de vos {t} recommandations</translation>
    </message>
    <message>
        <source>Referred by weak ties</source>
        <translation>Recommandés par des liens faibles</translation>
    </message>
    <message>
        <source>Weak ties gave {link} ({share}).</source>
        <translation>Les liens faibles ont donné {link} ({share}).</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Choose from a list of times (Alt+Down)</source>
        <translation>Choisir dans une liste d’heures (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a time — 9, 930, 9:30, 14.30, 2pm — or press Alt+Down for a list</source>
        <translation>Tapez une heure — 9, 930, 9:30, 14.30, 14h — ou appuyez sur Alt+Down pour une liste</translation>
    </message>
    <message>
        <source>not a time — try 9:30 or 2pm</source>
        <translation>ce n’est pas une heure — essayez 9:30 ou 14h</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message numerus="yes">
        <source>{day}: %Ln item(s)</source>
        <translation>
            <numerusform>{day}&#xa0;: %Ln élément</numerusform>
            <numerusform>{day}&#xa0;: %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message numerus="yes">
        <source>{day}
%Ln item(s)</source>
        <translation>
            <numerusform>{day}
%Ln élément</numerusform>
            <numerusform>{day}
%Ln éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>No conversations logged yet. After a call, a coffee or an email, press Ctrl+L to log it.</source>
        <translation>Aucune conversation notée pour l’instant. Après un appel, un café ou un e-mail, appuyez sur Ctrl+L pour le noter.</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation>Noter un appel, un café, un e-mail… avec ce contact (Ctrl+L)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Avec {name}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TimesPopup</name>
    <message>
        <source>Choose a time</source>
        <translation>Choisir une heure</translation>
    </message>
</context>
<context>
    <name>TimingBar</name>
    <message>
        <source>Length against target</source>
        <translation>Durée par rapport à l’objectif</translation>
    </message>
    <message>
        <source>About {e:.0f} s of {t:.0f} s</source>
        <translation>Environ {e:.0f} s sur {t:.0f} s</translation>
    </message>
    <message>
        <source> — {o:.0f} s too long</source>
        <translation> — {o:.0f} s de trop</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>Log a call, coffee or email, and get reminded (Ctrl+L)</source>
        <translation>Noter un appel, un café ou un e-mail, et recevoir un rappel (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Get Started &amp;Checklist</source>
        <translation>&amp;Liste des premiers pas</translation>
    </message>
    <message>
        <source>Show the five steps that set up your campaign on Today</source>
        <translation>Afficher dans Aujourd’hui les cinq étapes qui mettent en place votre campagne</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>pour aujourd’hui</translation>
    </message>
    <message>
        <source>later this week</source>
        <translation>d’ici dimanche</translation>
    </message>
    <message>
        <source>done this week</source>
        <translation>faites cette semaine</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>nouveaux contacts</translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done</source>
        <translation>Marquer les relances sélectionnées comme faites</translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Dismiss the selected follow-ups</source>
        <translation>Abandonner les relances sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation>Reporter les relances sélectionnées (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <source>Show the contact of the selected follow-up</source>
        <translation>Afficher le contact de la relance sélectionnée</translation>
    </message>
    <message>
        <source>Snooze all overdue</source>
        <translation>Tout reporter</translation>
    </message>
    <message>
        <source>Move every overdue follow-up to a later day (Ctrl+Shift+O)</source>
        <translation>Déplacer toutes les relances en retard à un jour ultérieur (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances prévues</translation>
    </message>
    <message>
        <source>What to do today and what is overdue; Enter opens the person, Ctrl+D marks it done</source>
        <translation>Ce qui est à faire aujourd’hui et ce qui est en retard&#xa0;; Enter ouvre la fiche de la personne, Ctrl+D marque la relance comme faite</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Aujourd’hui · {day}</translation>
    </message>
    <message>
        <source>Nothing due in the next seven days. Follow-ups appear here when you log a conversation, add a referral or send someone something — try “Log interaction…”.</source>
        <translation>Rien à faire dans les sept prochains jours. Les relances apparaissent ici quand vous notez une conversation, ajoutez une recommandation ou envoyez quelque chose à quelqu’un — essayez «&#xa0;Noter un échange…&#xa0;».</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Conversations and messages logged since Monday</source>
        <translation>Conversations et messages notés depuis lundi</translation>
    </message>
    <message>
        <source>Open follow-ups whose day has passed</source>
        <translation>Relances en cours dont le jour est passé</translation>
    </message>
    <message>
        <source>Open follow-ups due after today and by Sunday</source>
        <translation>Relances en cours prévues après aujourd’hui et d’ici dimanche</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Compose the monthly update…</source>
        <translation>Rédiger le point mensuel…</translation>
    </message>
    <message>
        <source>Open script…</source>
        <translation>Ouvrir le script…</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Préparer un rendez-vous…</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Fait&#xa0;: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) done</source>
        <translation>
            <numerusform>%Ln relance faite</numerusform>
            <numerusform>%Ln relances faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation>Noter&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Record that you did it, so your timeline and keep-in-touch stay right</source>
        <translation>Indiquer que vous l’avez fait, pour que votre historique et le suivi du contact restent justes</translation>
    </message>
    <message>
        <source>Compose update…</source>
        <translation>Rédiger le point…</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Ouvrir le script</translation>
    </message>
    <message>
        <source>Logged — your timeline is up to date.</source>
        <translation>Noté — votre historique est à jour.</translation>
    </message>
</context>
<context>
    <name>TrailPanel</name>
    <message>
        <source>Referral trail</source>
        <translation>Chaîne de recommandations</translation>
    </message>
    <message>
        <source>Referral trail depth</source>
        <translation>Longueur de la chaîne de recommandations</translation>
    </message>
    <message>
        <source>How many people you reached through one, two or more introductions; Enter lists them</source>
        <translation>Combien de personnes vous avez connues par une, deux recommandations ou plus&#xa0;; Enter en affiche la liste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} people {level} introductions away from someone you knew</source>
        <translation>{n} personnes à {level} mises en relation de quelqu’un que vous connaissiez</translation>
    </message>
    <message>
        <source>{label} along a referral trail</source>
        <translation>{label} le long d’une chaîne de recommandations</translation>
    </message>
    <message>
        <source>When someone refers you to a person who then refers you on, the trail shows here.</source>
        <translation>Quand quelqu’un vous recommande à une personne qui vous recommande à son tour, la chaîne s’affiche ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) you knew</source>
        <translation>
            <numerusform>%Ln personne que vous connaissiez</numerusform>
            <numerusform>%Ln personnes que vous connaissiez</numerusform>
        </translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation>Les personnes qui vous ont recommandé quelqu’un</translation>
    </message>
    <message>
        <source>{starters} started trails that reached {n} new people. Each name leads to the next — follow them up within a few days.</source>
        <translation>{starters} ont lancé des chaînes qui ont mené à {n} nouvelles personnes. Chaque nom mène au suivant — contactez-les dans les jours qui suivent.</translation>
    </message>
    <message>
        <source>Longest trail: {chain}</source>
        <translation>Plus longue chaîne&#xa0;: {chain}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show Rapport</source>
        <translation>&amp;Afficher Rapport</translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation>&amp;Quitter Rapport</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetings</name>
    <message>
        <source>Meetings coming up</source>
        <translation>Rendez-vous à venir</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No meetings planned this week. Log a coffee with a time ahead (Ctrl+L) and prepare for it here.</source>
        <translation>Aucun rendez-vous prévu cette semaine. Notez un café à une heure à venir (Ctrl+L) et préparez-le ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>What you know, your questions, your pitch — before you go</source>
        <translation>Ce que vous savez, vos questions, votre pitch — avant d’y aller</translation>
    </message>
</context>
<context>
    <name>WebsitesEditor</name>
    <message>
        <source>Add website</source>
        <translation>Ajouter un site web</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <source>goal {n}</source>
        <translation>objectif {n}</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your last changes on {pages} could not be saved yet.</source>
        <translation>Vos dernières modifications dans {pages} n’ont pas encore pu être enregistrées.</translation>
    </message>
    <message>
        <source>Rapport keeps trying while the window is open (the disk may be full, or another program may hold the database). Close anyway and lose them, or keep the window open?</source>
        <translation>Rapport continue d’essayer tant que la fenêtre est ouverte (le disque est peut-être plein, ou un autre programme bloque la base de données). Fermer quand même et les perdre, ou garder la fenêtre ouverte&#xa0;?</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Garder ouverte</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Rapport is still running</source>
        <translation>Rapport tourne toujours</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of follow-ups. Quit it from this icon&apos;s menu or with File → Quit; Edit → Preferences → General turns this off.</source>
        <translation>Il reste dans la zone de notification pour vous rappeler vos relances. Quittez-le depuis le menu de cette icône ou avec Fichier → Quitter&#xa0;; Édition → Préférences → Général désactive ce comportement.</translation>
    </message>
</context>
<context>
    <name>WriteTab</name>
    <message>
        <source>Who you are, what you do best (one example with a number), what you are looking for — then ask: “Who do you know who…?” Plain words, about 75 for 30 seconds.</source>
        <translation>Qui vous êtes, ce que vous faites le mieux (un exemple chiffré), ce que vous cherchez — puis demandez&#xa0;: «&#xa0;Qui connaissez-vous qui…&#xa0;?&#xa0;» Des mots simples, environ 75 pour 30 secondes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ {s} s at {wpm} wpm</source>
        <translation>≈ {s} s à {wpm} mots/min</translation>
    </message>
    <message>
        <source>of {t} s — {o} s over</source>
        <translation>sur {t} s — {o} s de trop</translation>
    </message>
    <message>
        <source>of {t} s</source>
        <translation>sur {t} s</translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
</context>
<context>
    <name>_DateRow</name>
    <message>
        <source>e.g. Graduation</source>
        <translation>p. ex. Remise de diplôme</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>À quoi correspond la date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Retirer cette date</translation>
    </message>
</context>
<context>
    <name>_HandleRow</name>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Signal, Matrix, Mastodon, GitHub… or type another</source>
        <translation>Signal, Matrix, Mastodon, GitHub… ou tapez-en un autre</translation>
    </message>
    <message>
        <source>@name or address</source>
        <translation>@nom ou adresse</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>Handle label</source>
        <translation>Libellé de l’identifiant</translation>
    </message>
    <message>
        <source>Remove this handle</source>
        <translation>Retirer cet identifiant</translation>
    </message>
</context>
<context>
    <name>_WebsiteRow</name>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>Website label</source>
        <translation>Libellé du site web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation>Ouvrir dans votre navigateur</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>Retirer ce site web</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rapport&apos;s database is damaged and there is no backup to restore:
{path}

{detail}

The file has not been changed. Keep it safe; it may still be recoverable with SQLite tools.</source>
        <translation>La base de données de Rapport est endommagée et il n’y a aucune sauvegarde à restaurer&#xa0;:
{path}

{detail}

Le fichier n’a pas été modifié. Conservez-le précieusement&#xa0;; il pourra peut-être encore être récupéré avec les outils SQLite.</translation>
    </message>
    <message>
        <source>Rapport&apos;s database is damaged:
{detail}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation>La base de données de Rapport est endommagée&#xa0;:
{detail}

Restaurer la dernière sauvegarde saine, du {when}&#xa0;? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>The data folder is read-only:
{path}

The window saves what you type as you type, so it does not open on a folder it cannot write. The data can still be read from the command line (rapport --data-dir FOLDER export, search, agenda, backup -o FILE); make the folder writable to work in it.</source>
        <translation>Le dossier des données est en lecture seule&#xa0;:
{path}

La fenêtre enregistre ce que vous tapez au fur et à mesure&#xa0;; elle ne s’ouvre donc pas sur un dossier où elle ne peut pas écrire. Les données restent lisibles en ligne de commande (rapport --data-dir FOLDER export, search, agenda, backup -o FILE)&#xa0;; rendez le dossier accessible en écriture pour y travailler.</translation>
    </message>
    <message>
        <source>Rapport cannot use its data folder:
{error}</source>
        <translation>Rapport ne peut pas utiliser son dossier des données&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Rapport cannot start: {problem}</source>
        <translation>Rapport ne peut pas démarrer&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Rapport is already open with this data folder{who}:
{path}

Switch to that window, or close it before starting Rapport again.</source>
        <translation>Rapport est déjà ouvert avec ce dossier des données{who}&#xa0;:
{path}

Passez à cette fenêtre, ou fermez-la avant de relancer Rapport.</translation>
    </message>
    <message>
        <source>Rapport cannot open its database:
{path}

{error}</source>
        <translation>Rapport ne peut pas ouvrir sa base de données&#xa0;:
{path}

{error}</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>same day</source>
        <translation>le jour même</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Move meeting to {when}</source>
        <translation>Déplacer le rendez-vous&#xa0;: {when}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Rapport — unexpected error</source>
        <translation>Rapport — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that Rapport did not expect. Everything you saved is safe.</source>
        <translation>Un problème que Rapport n’avait pas prévu est survenu. Tout ce que vous avez enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>Les détails ont été écrits dans le fichier journal&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Which contact is the same person as {name}?</source>
        <translation>Quel contact est la même personne que {name}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>Add follow-up: {title}</source>
        <translation>Ajouter une relance&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>opportunities</name>
    <message>
        <source>New &amp;Opportunity…</source>
        <translation>Nouvelle &amp;opportunité…</translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to</source>
        <translation>Ajouter une offre qui vous intéresse, à laquelle vous avez postulé ou pour laquelle on vous a recommandé</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter une relance</translation>
    </message>
</context>
</TS>
