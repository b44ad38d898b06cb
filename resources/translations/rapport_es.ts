<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Give: {what}</source>
        <translation>Dar: {what}</translation>
    </message>
    <message>
        <source>Introduce {who}</source>
        <translation>Presentar a {who}</translation>
    </message>
    <message>
        <source>two contacts</source>
        <translation>dos contactos</translation>
    </message>
    <message>
        <source>Edit research on {name}</source>
        <translation>Editar la investigación sobre {name}</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation>Registrar {what}</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s)</source>
        <translation>
            <numerusform>Añadir %Ln contacto</numerusform>
            <numerusform>Añadir %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {what} to the trash</source>
        <translation>Mover {what} a la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln contact(s) to the trash</source>
        <translation>
            <numerusform>Mover %Ln contacto a la papelera</numerusform>
            <numerusform>Mover %Ln contactos a la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>Restaurar {what}</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contact(s)</source>
        <translation>
            <numerusform>Restaurar %Ln contacto</numerusform>
            <numerusform>Restaurar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {names}</source>
        <translation>Combinar {names}</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to {circle}</source>
        <translation>
            <numerusform>Añadir %Ln contacto a {circle}</numerusform>
            <numerusform>Añadir %Ln contactos a {circle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln contact(s) from {circle}</source>
        <translation>
            <numerusform>Quitar %Ln contacto de {circle}</numerusform>
            <numerusform>Quitar %Ln contactos de {circle}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to {stage}</source>
        <translation>
            <numerusform>Cambiar la etapa de %Ln contacto a {stage}</numerusform>
            <numerusform>Cambiar la etapa de %Ln contactos a {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Eliminar {what}</translation>
    </message>
    <message>
        <source>Add to the ledger: {what}</source>
        <translation>Añadir al balance: {what}</translation>
    </message>
    <message>
        <source>Delete from the ledger: {what}</source>
        <translation>Eliminar del balance: {what}</translation>
    </message>
    <message>
        <source>Mark done: {what}</source>
        <translation>Marcar como hecho: {what}</translation>
    </message>
    <message>
        <source>Reopen: {what}</source>
        <translation>Reabrir: {what}</translation>
    </message>
    <message>
        <source>Mark {title} {status}</source>
        <translation>Marcar {title} como {status}</translation>
    </message>
    <message>
        <source>Add follow-up: {title}</source>
        <translation>Añadir seguimiento: {title}</translation>
    </message>
    <message>
        <source>Add {name} to the target list</source>
        <translation>Añadir {name} a la lista de empresas objetivo</translation>
    </message>
    <message>
        <source>Remove {name} from the target list</source>
        <translation>Quitar {name} de la lista de empresas objetivo</translation>
    </message>
    <message>
        <source>In the trash since {day}</source>
        <translation>En la papelera desde {day}</translation>
    </message>
    <message>
        <source>Next follow-up: {day}</source>
        <translation>Próximo seguimiento: {day}</translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation>{company} está en tu lista de empresas objetivo</translation>
    </message>
    <message>
        <source>Gave {g} · Asked {a} · Received {r}</source>
        <translation>Dado {g} · Pedido {a} · Recibido {r}</translation>
    </message>
    <message>
        <source>goes by “{nickname}”</source>
        <translation>le llaman “{nickname}”</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>(turns {age})</source>
        <translation>(cumple {age})</translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation>Próximo: {day}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{column} (no room: widen the list)</source>
        <translation>{column} (sin espacio: ensancha la lista)</translation>
    </message>
    <message>
        <source>Fit Columns to Their Content</source>
        <translation>Ajustar las columnas al contenido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>± Give/ask balance</source>
        <translation>± Balance dar/pedir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>{n}d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>{n}w</source>
        <translation>{n} sem</translation>
    </message>
    <message>
        <source>{n}mo</source>
        <translation>{n} mes.</translation>
    </message>
    <message>
        <source>{n}y</source>
        <translation>{n} a</translation>
    </message>
    <message>
        <source>{n}d late</source>
        <translation>{n} d de retraso</translation>
    </message>
    <message>
        <source>in {n}d</source>
        <translation>en {n} d</translation>
    </message>
    <message>
        <source>No conversation logged yet.</source>
        <translation>Aún no hay ninguna conversación registrada.</translation>
    </message>
    <message>
        <source>Last contact {when} ({full}).</source>
        <translation>Último contacto {when} ({full}).</translation>
    </message>
    <message>
        <source>Not in touch yet: log a first conversation and Rapport will remind you to keep it warm.</source>
        <translation>Aún sin contacto: registra una primera conversación y Rapport te recordará mantenerla viva.</translation>
    </message>
    <message>
        <source>In touch. {spoken} Reconnect by {day}.</source>
        <translation>En contacto. {spoken} Retoma el contacto como tarde: {day}.</translation>
    </message>
    <message>
        <source>Time to reconnect. {spoken}</source>
        <translation>Es hora de retomar el contacto. {spoken}</translation>
    </message>
    <message>
        <source>Overdue: going cold. {spoken}</source>
        <translation>Atrasado: se está enfriando. {spoken}</translation>
    </message>
    <message>
        <source>Line {line}: skipped — {reason}</source>
        <translation>Línea {line}: omitida — {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {note}</source>
        <translation>Línea {line}: {note}</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>el perfil</translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <translation>
            <numerusform>%Ln círculo</numerusform>
            <numerusform>%Ln círculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interacción</numerusform>
            <numerusform>%Ln interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entr(y/ies)</source>
        <translation>
            <numerusform>%Ln entrada del balance</numerusform>
            <numerusform>%Ln entradas del balance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln seguimiento</numerusform>
            <numerusform>%Ln seguimientos</numerusform>
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
            <numerusform>%Ln revisión del pitch</numerusform>
            <numerusform>%Ln revisiones del pitch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rehearsal(s)</source>
        <translation>
            <numerusform>%Ln ensayo</numerusform>
            <numerusform>%Ln ensayos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln guion</numerusform>
            <numerusform>%Ln guiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln research note(s)</source>
        <translation>
            <numerusform>%Ln nota de investigación</numerusform>
            <numerusform>%Ln notas de investigación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card image(s)</source>
        <translation>
            <numerusform>%Ln imagen de tarjeta</numerusform>
            <numerusform>%Ln imágenes de tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln setting(s)</source>
        <translation>
            <numerusform>%Ln ajuste</numerusform>
            <numerusform>%Ln ajustes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunit(y/ies)</source>
        <translation>
            <numerusform>%Ln oportunidad</numerusform>
            <numerusform>%Ln oportunidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document version(s)</source>
        <translation>
            <numerusform>%Ln versión de documento</numerusform>
            <numerusform>%Ln versiones de documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) sent</source>
        <translation>
            <numerusform>%Ln documento enviado</numerusform>
            <numerusform>%Ln documentos enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is already here.</source>
        <translation>Nada nuevo: todo lo que contiene este archivo ya está aquí.</translation>
    </message>
    <message>
        <source>Also restores {what}.</source>
        <translation>También restaura {what}.</translation>
    </message>
    <message>
        <source>Also restored {what}.</source>
        <translation>También se ha restaurado {what}.</translation>
    </message>
    <message>
        <source>Also adds {what}.</source>
        <translation>También añade {what}.</translation>
    </message>
    <message>
        <source>Also added {what}.</source>
        <translation>También se ha añadido {what}.</translation>
    </message>
    <message>
        <source>Already here: {what}.</source>
        <translation>Ya estaban: {what}.</translation>
    </message>
    <message>
        <source>Interview {when}</source>
        <translation>Entrevista {when}</translation>
    </message>
    <message>
        <source>{stage} lane</source>
        <translation>Columna {stage}</translation>
    </message>
    <message>
        <source>Drag a card here</source>
        <translation>Arrastra una tarjeta aquí</translation>
    </message>
    <message>
        <source>Opportunities board</source>
        <translation>Tablero de oportunidades</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>{n} at {stage}</source>
        <translation>{stage}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln tarjeta</numerusform>
            <numerusform>%Ln tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Add {role} at {company}</source>
        <translation>Añadir {role} en {company}</translation>
    </message>
    <message>
        <source>Edit {role} at {company}</source>
        <translation>Editar {role} en {company}</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar las notas</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Mover a {stage}</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln opportunit(y/ies) to {stage}</source>
        <translation>
            <numerusform>Mover %Ln oportunidad a {stage}</numerusform>
            <numerusform>Mover %Ln oportunidades a {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Programar una entrevista</translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation>Editar la entrevista</translation>
    </message>
    <message>
        <source>Delete the interview</source>
        <translation>Eliminar la entrevista</translation>
    </message>
    <message>
        <source>Change the day of a move</source>
        <translation>Cambiar el día de un cambio de etapa</translation>
    </message>
    <message>
        <source>Record {what} as sent</source>
        <translation>Registrar {what} como enviado</translation>
    </message>
    <message>
        <source>Add {file}</source>
        <translation>Añadir {file}</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>Referred you to {jobs}{more}</source>
        <translation>Te recomendó para {jobs}{more}</translation>
    </message>
    <message>
        <source>{roles} on {job}</source>
        <translation>{roles} en {job}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more opportunit(y/ies)</source>
        <translation>
            <numerusform>… y %Ln oportunidad más</numerusform>
            <numerusform>… y %Ln oportunidades más</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an opportunity to open it on the Opportunities page</source>
        <translation>Haz clic en una oportunidad para abrirla en la página Oportunidades</translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation>Cambiar el día</translation>
    </message>
    <message>
        <source>The day it happened:</source>
        <translation>El día en que ocurrió:</translation>
    </message>
    <message>
        <source>Opportunity details</source>
        <translation>Detalles de la oportunidad</translation>
    </message>
    <message>
        <source>Choose an opportunity to see its people, its history and what you sent — or add one (Ctrl+Shift+J).</source>
        <translation>Elige una oportunidad para ver sus personas, su historial y lo que enviaste, o añade una (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>No opportunity chosen</source>
        <translation>Ninguna oportunidad elegida</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Últimas interacciones</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} con {name}</translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation>vínculo {tie}</translation>
    </message>
    <message>
        <source>{company} (on your target list)</source>
        <translation>{company} (en tu lista de objetivos)</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Primer encuentro</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Por qué conectar</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Also there</source>
        <translation>También allí</translation>
    </message>
    <message>
        <source>You promised</source>
        <translation>Prometiste</translation>
    </message>
    <message>
        <source>They helped with</source>
        <translation>Te ayudó con</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Pediste</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Lo que sabes</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Notas de investigación</translation>
    </message>
    <message>
        <source>last rehearsed {day}</source>
        <translation>último ensayo el {day}</translation>
    </message>
    <message>
        <source>not rehearsed yet</source>
        <translation>aún sin ensayar</translation>
    </message>
    <message>
        <source>Your pitch — {title} ({seconds} s)</source>
        <translation>Tu pitch — {title} ({seconds} s)</translation>
    </message>
    <message>
        <source>During the meeting</source>
        <translation>Durante la reunión</translation>
    </message>
    <message>
        <source>Prepared with Rapport on {day}.</source>
        <translation>Preparado con Rapport el {day}.</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <source>Move to another stage (Ctrl+Shift+Right: the next one)</source>
        <translation>Mover a otra etapa (Ctrl+Shift+Right: la siguiente)</translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation>Mover a otra etapa</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the role, company, people… (Ctrl+E)</source>
        <translation>Editar el puesto, la empresa, las personas… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this opportunity (Delete)</source>
        <translation>Eliminar esta oportunidad (Delete)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your notes on this opportunity, saved as you type; Tab moves on</source>
        <translation>Tus notas sobre esta oportunidad, que se guardan mientras escribes; Tab pasa al siguiente campo</translation>
    </message>
    <message>
        <source>What you know about the role, the team, the questions to ask…</source>
        <translation>Lo que sabes del puesto, del equipo, las preguntas que harás…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Show in Contacts</source>
        <translation>Mostrar en Contactos</translation>
    </message>
    <message>
        <source>List these people on the Contacts page</source>
        <translation>Listar estas personas en la página Contactos</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>The interviews for this opportunity; Enter edits the chosen one, Delete removes it</source>
        <translation>Las entrevistas de esta oportunidad; Enter edita la elegida y Delete la elimina</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <source>Add a round of interviews (Ctrl+I)</source>
        <translation>Añadir una ronda de entrevistas (Ctrl+I)</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Preparar…</translation>
    </message>
    <message>
        <source>The prep sheet for the next interview</source>
        <translation>La ficha de preparación de la próxima entrevista</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <source>Double-click a move to correct its day</source>
        <translation>Doble clic en un cambio para corregir su día</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Documentos enviados</translation>
    </message>
    <message>
        <source>Double-click to open the file</source>
        <translation>Doble clic para abrir el archivo</translation>
    </message>
    <message>
        <source>Record sent…</source>
        <translation>Registrar envío…</translation>
    </message>
    <message>
        <source>Record a résumé or cover letter you sent</source>
        <translation>Registrar un currículum o una carta de presentación que enviaste</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documentos…</translation>
    </message>
    <message>
        <source>Your résumés and cover letters, by version</source>
        <translation>Tus currículums y cartas de presentación, por versión</translation>
    </message>
    <message>
        <source>Follow-ups coming up</source>
        <translation>Próximos seguimientos</translation>
    </message>
    <message>
        <source>{c} is on your target list</source>
        <translation>{c} está en tu lista de empresas objetivo</translation>
    </message>
    <message>
        <source>{stage} for {days}</source>
        <translation>{stage} desde hace {days}</translation>
    </message>
    <message>
        <source>applied {when}</source>
        <translation>candidatura {when}</translation>
    </message>
    <message>
        <source>At {stage} since {day}</source>
        <translation>En {stage} desde el {day}</translation>
    </message>
    <message>
        <source>Job posting ↗</source>
        <translation>Oferta ↗</translation>
    </message>
    <message>
        <source>Salary: {notes}</source>
        <translation>Salario: {notes}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>en la papelera</translation>
    </message>
    <message>
        <source>Nobody yet. Who referred you, who is hiring, who can tell you about the team? (Edit…)</source>
        <translation>Nadie todavía. ¿Quién te recomendó, quién está contratando, quién puede hablarte del equipo? (Editar…)</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Ronda {n}</translation>
    </message>
    <message>
        <source>None yet — schedule one when it is set.</source>
        <translation>Ninguna todavía: programa una cuando esté fijada.</translation>
    </message>
    <message>
        <source>The prep sheet for the interview {when}</source>
        <translation>La ficha de preparación de la entrevista {when}</translation>
    </message>
    <message>
        <source>Schedule an interview to prepare for it</source>
        <translation>Programa una entrevista para prepararla</translation>
    </message>
    <message>
        <source>{d} so far</source>
        <translation>{d} hasta ahora</translation>
    </message>
    <message>
        <source> to {name}</source>
        <translation> a {name}</translation>
    </message>
    <message>
        <source>{doc} v{n}{to} · {when}</source>
        <translation>{doc} v{n}{to} · {when}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>… and {n} more on Today and the Calendar</source>
        <translation>… y {n} más en Hoy y el Calendario</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>People on {role} at {company}</source>
        <translation>Personas en {role} en {company}</translation>
    </message>
    <message>
        <source>The people who play a part here, with their role; Delete removes one</source>
        <translation>Las personas que intervienen, con su papel; Delete quita la elegida</translation>
    </message>
    <message>
        <source>Add a person: type a name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Persona que añadir</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Su papel</translation>
    </message>
    <message>
        <source>How the person you add is involved, such as referring you or interviewing you</source>
        <translation>Qué papel tiene la persona que añades, por ejemplo si te recomendó o si te entrevista</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Adds the person you typed to the list, with the chosen role</source>
        <translation>Añade a la lista la persona que escribiste, con el papel elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen person (Delete)</source>
        <translation>Quitar la persona elegida (Delete)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(ya no existe)</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Editar oportunidad</translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation>p. ej., Responsable de operaciones</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>The company that is hiring: choose one of yours or type a new one</source>
        <translation>La empresa que contrata: elige una de las tuyas o escribe una nueva</translation>
    </message>
    <message>
        <source>Choose from your companies or type a new one</source>
        <translation>Elige o escribe una empresa</translation>
    </message>
    <message>
        <source>On my target list</source>
        <translation>En mi lista de empresas objetivo</translation>
    </message>
    <message>
        <source>Adds the company to the companies you would love to work for</source>
        <translation>Añade la empresa a aquellas en las que te encantaría trabajar</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>How you heard of the job: a referral, a recruiter, your own application…</source>
        <translation>Cómo supiste del puesto: una recomendación, un reclutador, tu candidatura espontánea…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>How far the application has come; the date beside it says since when</source>
        <translation>En qué punto está la candidatura; la fecha de al lado indica desde cuándo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>Posting &amp;link:</source>
        <translation>Enlace a la o&amp;ferta:</translation>
    </message>
    <message>
        <source>Where the job is: a city, or remote</source>
        <translation>Dónde es el puesto: una ciudad o en remoto</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>The range, what you asked for, the offer…</source>
        <translation>La banda salarial, lo que pediste, la oferta…</translation>
    </message>
    <message>
        <source>Sa&amp;lary notes:</source>
        <translation>Notas sobre el sa&amp;lario:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Pe&amp;rsonas:</translation>
    </message>
    <message>
        <source>Anything to remember about this opportunity; Tab moves on</source>
        <translation>Todo lo que quieras recordar de esta oportunidad; Tab pasa al siguiente campo</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>An address, or the video link</source>
        <translation>Una dirección o el enlace de la videollamada</translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation>Ro&amp;nda:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Entrevistadores:</translation>
    </message>
    <message>
        <source>What to prepare, who to ask for at the desk…</source>
        <translation>Qué preparar, por quién preguntar en recepción…</translation>
    </message>
    <message>
        <source>Rapport reminds you to prepare the day before and to thank each interviewer that day.</source>
        <translation>Rapport te recuerda prepararte el día anterior y agradecer a cada entrevistador ese mismo día.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a version</source>
        <translation>Añadir una versión</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>¿Qué es?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Résumés and cover letters</source>
        <translation>Currículums y cartas de presentación</translation>
    </message>
    <message>
        <source>Keep each version you send. Rapport copies the file into your data folder and remembers which version went to whom.</source>
        <translation>Guarda cada versión que envías. Rapport copia el archivo en tu carpeta de datos y recuerda qué versión fue a quién.</translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation>Documentos y sus versiones</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Nuevo documento…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Eliminar versión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Version {n} — {file}</source>
        <translation>Versión {n} — {file}</translation>
    </message>
    <message>
        <source>Record a document sent</source>
        <translation>Registrar un documento enviado</translation>
    </message>
    <message>
        <source>Which version</source>
        <translation>Qué versión</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Añadir un archivo…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Nobody in particular (the application itself)</source>
        <translation>Nadie en particular (la candidatura en sí)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Otra persona…</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;El:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Log it on their timeline (Rapport reminds you to follow up a week later)</source>
        <translation>Registrarlo en su historial (Rapport te recordará hacer un seguimiento una semana después)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (la última)</translation>
    </message>
    <message>
        <source>{name}, version {n}{latest}</source>
        <translation>{name}, versión {n}{latest}</translation>
    </message>
    <message>
        <source>Add the file you sent first (Add a file…).</source>
        <translation>Primero añade el archivo que enviaste (Añadir un archivo…).</translation>
    </message>
    <message>
        <source>Who did you send it to? Type a name and pick them.</source>
        <translation>¿A quién se lo enviaste? Escribe un nombre y elígelo.</translation>
    </message>
    <message>
        <source>Choose who you sent it to.</source>
        <translation>Elige a quién se lo enviaste.</translation>
    </message>
    <message>
        <source>Your job search</source>
        <translation>Tu búsqueda de empleo</translation>
    </message>
    <message>
        <source>From opportunity to offer, by source</source>
        <translation>De la oportunidad a la oferta, por origen</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>Tiempo en cada etapa</translation>
    </message>
    <message>
        <source>How many days an opportunity usually stays at each stage before it moves on</source>
        <translation>Cuántos días suele pasar una oportunidad en cada etapa antes de avanzar</translation>
    </message>
    <message>
        <source>Who opened the doors</source>
        <translation>Quién te abrió las puertas</translation>
    </message>
    <message>
        <source>Their circles</source>
        <translation>Sus círculos</translation>
    </message>
    <message>
        <source>{source}: {step}</source>
        <translation>{source}: {step}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Interview rate</source>
        <translation>Tasa de entrevistas</translation>
    </message>
    <message>
        <source>Through people</source>
        <translation>A través de personas</translation>
    </message>
    <message>
        <source>Not through people</source>
        <translation>Sin intermediarios</translation>
    </message>
    <message>
        <source>Add the jobs you hear about and apply to on the Opportunities page (Ctrl+6): this shows which ones people brought you, and how far each kind got.</source>
        <translation>Añade en la página Oportunidades (Ctrl+6) los empleos de los que te enteras y a los que te presentas: aquí verás cuáles te trajeron otras personas y hasta dónde llegó cada tipo.</translation>
    </message>
    <message>
        <source>Through people, &lt;b&gt;{p}&lt;/b&gt; of your applications reached an interview ({pn} of {pa}); on your own, &lt;b&gt;{c}&lt;/b&gt; ({cn} of {ca}). {advice}</source>
        <translation>A través de personas, &lt;b&gt;{p}&lt;/b&gt; de tus candidaturas llegaron a entrevista ({pn} de {pa}); por tu cuenta, &lt;b&gt;{c}&lt;/b&gt; ({cn} de {ca}). {advice}</translation>
    </message>
    <message>
        <source>Keep asking: “Who else would you recommend I talk to?”</source>
        <translation>Sigue preguntando: “¿Con quién más me recomiendas hablar?”</translation>
    </message>
    <message>
        <source>Ask the people you know who could introduce you at the companies you apply to.</source>
        <translation>Pregunta a tus conocidos quién podría presentarte en las empresas a las que te presentas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunit(y/ies) so far, {p} of them through people.</source>
        <translation>
            <numerusform>%Ln oportunidad hasta ahora, {p} de ellas a través de personas.</numerusform>
            <numerusform>%Ln oportunidades hasta ahora, {p} de ellas a través de personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{stage}: half the stays that ended took {d} days or less ({n} ended); {c} there now</source>
        <translation>{stage}: la mitad de las estancias terminadas duraron {d} días o menos ({n} terminadas); {c} ahí ahora</translation>
    </message>
    <message>
        <source>, for {d} days (median)</source>
        <translation>, durante {d} días (mediana)</translation>
    </message>
    <message>
        <source>Median days before an opportunity moved on. Point at a bar for the details.</source>
        <translation>Mediana de días antes de que una oportunidad avanzara. Señala una barra para ver los detalles.</translation>
    </message>
    <message>
        <source>Once opportunities move from stage to stage, how long each stage takes shows here.</source>
        <translation>Cuando las oportunidades pasen de una etapa a otra, aquí verás cuánto dura cada etapa.</translation>
    </message>
    <message>
        <source>Name who referred you or told you about a job: the people who open doors show here.</source>
        <translation>Indica quién te recomendó o te habló de un empleo: aquí aparecen las personas que te abren puertas.</translation>
    </message>
    <message>
        <source>{n} of your {t} interviews came through someone you know.</source>
        <translation>{n} de tus {t} entrevistas llegaron a través de alguien que conoces.</translation>
    </message>
    <message>
        <source>People who brought you opportunities; interviews will show as they come.</source>
        <translation>Personas que te trajeron oportunidades; las entrevistas aparecerán a medida que lleguen.</translation>
    </message>
    <message>
        <source>Through {n}</source>
        <translation>A través de {n}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>{c}: brought you opportunities</source>
        <translation>{c}: te trajo oportunidades</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Prepare for the interview</source>
        <translation>Preparar la entrevista</translation>
    </message>
    <message>
        <source>The prep sheet is about the people you will meet. Add them first: the interviewers in the interview (double-click it), or the hiring manager or recruiter with Edit…</source>
        <translation>La ficha de preparación trata de las personas a las que verás. Añádelas primero: los entrevistadores en la entrevista (doble clic en ella), o el responsable de contratación o el reclutador con Editar…</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} en {company}</translation>
    </message>
    <message>
        <source>interview {when}</source>
        <translation>entrevista {when}</translation>
    </message>
    <message>
        <source>{role} — {company}</source>
        <translation>{role} — {company}</translation>
    </message>
    <message>
        <source>Opportunity counts</source>
        <translation>Recuento de oportunidades</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>Cards by stage: drag one to move it (Alt+B)</source>
        <translation>Tarjetas por etapa: arrastra una para moverla (Alt+B)</translation>
    </message>
    <message>
        <source>Tab&amp;le</source>
        <translation>Tab&amp;la</translation>
    </message>
    <message>
        <source>Every opportunity in a table you can sort (Alt+L)</source>
        <translation>Todas las oportunidades en una tabla que puedes ordenar (Alt+L)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to (Ctrl+Shift+J)</source>
        <translation>Añadir un empleo que te interesa, al que te has presentado o para el que te han recomendado (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation>Filtrar oportunidades</translation>
    </message>
    <message>
        <source>Filter by role, company, place or person</source>
        <translation>Filtrar por puesto, empresa, lugar o persona</translation>
    </message>
    <message>
        <source>Show only the opportunities at this stage</source>
        <translation>Mostrar solo las oportunidades en esta etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo abiertas</translation>
    </message>
    <message>
        <source>Show only the opportunities from this source</source>
        <translation>Mostrar solo las oportunidades de esta fuente</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Target companies only</source>
        <translation>Solo empresas objetivo</translation>
    </message>
    <message>
        <source>Show only the opportunities at companies on your target list</source>
        <translation>Mostrar solo las oportunidades de empresas de tu lista de empresas objetivo</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show all opportunities</source>
        <translation>Mostrar todas las oportunidades</translation>
    </message>
    <message>
        <source>Show every opportunity again</source>
        <translation>Volver a mostrar todas las oportunidades</translation>
    </message>
    <message>
        <source>Opportunities table</source>
        <translation>Tabla de oportunidades</translation>
    </message>
    <message>
        <source>Your job search shows here, stage by stage: a role someone told you about, an application, a referral. Add the first one with New opportunity (Ctrl+Shift+J) — Rapport then reminds you to check in, to thank each interviewer and to tell the people who referred you how it is going.</source>
        <translation>Aquí aparece tu búsqueda de empleo, etapa por etapa: un puesto del que alguien te habló, una candidatura, una recomendación. Añade la primera con Nueva oportunidad (Ctrl+Shift+J): Rapport te recordará hacer un seguimiento, agradecer a cada entrevistador y contar a quienes te recomendaron cómo va.</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Aún no hay oportunidades</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>Pasar a la siguiente etapa</translation>
    </message>
    <message>
        <source>Move back a stage</source>
        <translation>Volver a la etapa anterior</translation>
    </message>
    <message>
        <source>Edit the opportunity</source>
        <translation>Editar la oportunidad</translation>
    </message>
    <message>
        <source>Schedule an interview…</source>
        <translation>Programar una entrevista…</translation>
    </message>
    <message>
        <source>Add a round of interviews</source>
        <translation>Añadir una ronda de entrevistas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the opportunity</source>
        <translation>Eliminar la oportunidad</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} abiertas</translation>
    </message>
    <message>
        <source>showing {n}: {label}</source>
        <translation>mostrando {n}: {label}</translation>
    </message>
    <message>
        <source>showing {n} of {total}</source>
        <translation>mostrando {n} de {total}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Deleted {what} — Ctrl+Z brings it back</source>
        <translation>Se eliminó {what}: Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <source>Record a document sent…</source>
        <translation>Registrar un documento enviado…</translation>
    </message>
    <message>
        <source>Interview, round {n}: {when} ({m} min)</source>
        <translation>Entrevista, ronda {n}: {when} ({m} min)</translation>
    </message>
    <message>
        <source> — on your target list ★</source>
        <translation> — en tu lista de empresas objetivo ★</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Qué preparar</translation>
    </message>
    <message>
        <source>{stage} since {day} · {source}</source>
        <translation>{stage} desde el {day} · {source}</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Hasta ahora</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Enviaste</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>La entrevista</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>The same engine for your applications: each rule adds a follow-up on the Today page.</source>
        <translation>El mismo sistema para tus candidaturas: cada regla añade un seguimiento en la página Hoy.</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>mismo día</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}: días</translation>
    </message>
    <message>
        <source>Duplicate pitch</source>
        <translation>Duplicar pitch</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Nuevo pitch</translation>
    </message>
    <message>
        <source>Delete pitch “{title}”</source>
        <translation>Eliminar el pitch “{title}”</translation>
    </message>
    <message>
        <source>Edit pitch</source>
        <translation>Editar pitch</translation>
    </message>
    <message>
        <source>Link contacts to pitch</source>
        <translation>Vincular contactos al pitch</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Eliminar ensayo</translation>
    </message>
    <message>
        <source>Write a new pitch</source>
        <translation>Escribir un nuevo pitch</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy this pitch, e.g. to make a 15 or 60 s version</source>
        <translation>Copiar este pitch, p. ej., para hacer una versión de 15 o 60 s</translation>
    </message>
    <message>
        <source>Delete this pitch (undo with Ctrl+Z)</source>
        <translation>Eliminar este pitch (Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Ensayar</translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer</source>
        <translation>Ensayar este pitch con el cronómetro</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Teleprompter</translation>
    </message>
    <message>
        <source>Scroll the text full screen at your pace</source>
        <translation>Desplazar el texto a pantalla completa a tu ritmo</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>Keep this text as a version you can go back to</source>
        <translation>Conservar este texto como una versión a la que puedes volver</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Revisiones…</translation>
    </message>
    <message>
        <source>Browse and restore earlier versions</source>
        <translation>Ver y restaurar versiones anteriores</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Imprimir tarjeta…</translation>
    </message>
    <message>
        <source>Print or save a pocket card of this pitch</source>
        <translation>Imprimir o guardar una tarjeta de bolsillo con este pitch</translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation>Vincular contactos…</translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits</source>
        <translation>Vincular este pitch a las personas a las que les encaja</translation>
    </message>
    <message>
        <source>Delete the pitch (in the list)</source>
        <translation>Eliminar el pitch (en la lista)</translation>
    </message>
    <message>
        <source>Recording is not available: the sound module could not be loaded ({error}).</source>
        <translation>La grabación no está disponible: no se pudo cargar el módulo de sonido ({error}).</translation>
    </message>
    <message>
        <source>Recording needs a microphone: none was found.</source>
        <translation>Para grabar hace falta un micrófono: no se encontró ninguno.</translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation>no se pudo abrir el micrófono</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
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
        <translation>Seguimiento pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) for today</source>
        <translation>
            <numerusform>%Ln seguimiento para hoy</numerusform>
            <numerusform>%Ln seguimientos para hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln atrasado</numerusform>
            <numerusform>%Ln atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln para hoy</numerusform>
            <numerusform>%Ln para hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave {gave} · asked {asked}</source>
        <translation>Dado {gave} · pedido {asked}</translation>
    </message>
    <message>
        <source> · received {n}</source>
        <translation> · recibido {n}</translation>
    </message>
    <message>
        <source> · last gave today</source>
        <translation> · diste por última vez hoy</translation>
    </message>
    <message>
        <source> · last gave yesterday</source>
        <translation> · diste por última vez ayer</translation>
    </message>
    <message numerus="yes">
        <source> · last gave %n day(s) ago</source>
        <translation>
            <numerusform> · diste por última vez hace %n día</numerusform>
            <numerusform> · diste por última vez hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · last gave %n month(s) ago</source>
        <translation>
            <numerusform> · diste por última vez hace %n mes</numerusform>
            <numerusform> · diste por última vez hace %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source> · never gave yet</source>
        <translation> · aún no has dado nada</translation>
    </message>
    <message>
        <source>Then a small favour: “May I send you my list of target companies ({target_companies}) for your suggestions?”</source>
        <translation>Después, un pequeño favor: “¿Puedo enviarle mi lista de empresas objetivo ({target_companies}) para que me dé sus sugerencias?”</translation>
    </message>
    <message>
        <source>Then a small favour: offer to send your list of target companies — write it first (Contacts → Target Companies).</source>
        <translation>Después, un pequeño favor: ofrece enviar tu lista de empresas objetivo; escríbela antes (Contactos → Empresas objetivo).</translation>
    </message>
    <message>
        <source>Arrive a few minutes early, and thank them for their time.</source>
        <translation>Llega unos minutos antes y agradécele su tiempo.</translation>
    </message>
    <message>
        <source>Ask about {first_name}&apos;s work and listen; link it to your own experience.</source>
        <translation>Pregunta a {first_name} por su trabajo y escucha; relaciónalo con tu propia experiencia.</translation>
    </message>
    <message>
        <source>Give your pitch when they ask — plain words, about 30 seconds.</source>
        <translation>Da tu pitch cuando te lo pida: palabras sencillas, unos 30 segundos.</translation>
    </message>
    <message>
        <source>After about 15 minutes, offer to let them go.</source>
        <translation>Pasados unos 15 minutos, ofrece terminar la conversación.</translation>
    </message>
    <message>
        <source>Ask: “How can I help you?”</source>
        <translation>Pregunta: “¿Cómo puedo ayudarle?”</translation>
    </message>
    <message>
        <source>Don&apos;t push your résumé — let them ask for it.</source>
        <translation>No le pongas tu currículum delante: deja que te lo pida.</translation>
    </message>
    <message>
        <source>Before you part: “Who else would you recommend I talk to?”</source>
        <translation>Antes de irte: “¿Con quién más me recomendaría hablar?”</translation>
    </message>
    <message>
        <source>The same day: a short thank-you (and the list, if they said yes).</source>
        <translation>Ese mismo día: un breve agradecimiento (y la lista, si te dijo que sí).</translation>
    </message>
    <message>
        <source>Who do you work with most closely at {company}?</source>
        <translation>¿Con quién trabaja más de cerca en {company}?</translation>
    </message>
    <message>
        <source>Why did you choose {company} — what keeps you there?</source>
        <translation>¿Por qué eligió {company}? ¿Qué le hace quedarse?</translation>
    </message>
    <message>
        <source>When does {company} usually take on new people?</source>
        <translation>¿Cuándo suele incorporar gente nueva {company}?</translation>
    </message>
    <message>
        <source>Who do you work with most closely where you work?</source>
        <translation>¿Con quién trabaja más de cerca en su empresa?</translation>
    </message>
    <message>
        <source>Why did you choose this line of work — what keeps you there?</source>
        <translation>¿Por qué eligió esta profesión? ¿Qué le hace seguir en ella?</translation>
    </message>
    <message>
        <source>When does your company usually take on new people?</source>
        <translation>¿Cuándo suele incorporar gente nueva su empresa?</translation>
    </message>
    <message>
        <source>What does a typical week look like in your role as {title}?</source>
        <translation>¿Cómo es una semana normal en su puesto de {title}?</translation>
    </message>
    <message>
        <source>What does a typical week look like in your work?</source>
        <translation>¿Cómo es una semana normal en su trabajo?</translation>
    </message>
    <message>
        <source>What is the hardest problem your team is working on right now?</source>
        <translation>¿Cuál es el problema más difícil en el que trabaja ahora su equipo?</translation>
    </message>
    <message>
        <source>Where do you see your field heading in the next few years?</source>
        <translation>¿Hacia dónde cree que va su sector en los próximos años?</translation>
    </message>
    <message>
        <source>Who else would you recommend I talk to?</source>
        <translation>¿Con quién más me recomendaría hablar?</translation>
    </message>
    <message>
        <source>How do you know {referrer}?</source>
        <translation>¿De qué conoce a {referrer}?</translation>
    </message>
    <message>
        <source>weekdays (Monday to Friday)</source>
        <translation>de lunes a viernes</translation>
    </message>
    <message>
        <source>{days} and {last}</source>
        <translation>{days} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>cada %n año</numerusform>
            <numerusform>cada %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats (custom rule)</source>
        <translation>se repite (regla personalizada)</translation>
    </message>
    <message>
        <source>every weekday (Monday to Friday)</source>
        <translation>cada día laborable (de lunes a viernes)</translation>
    </message>
    <message>
        <source> on {days}</source>
        <translation> ({days})</translation>
    </message>
    <message>
        <source> on the {nth} {weekday}</source>
        <translation> el {nth} {weekday}</translation>
    </message>
    <message>
        <source> on the last day</source>
        <translation> el último día</translation>
    </message>
    <message>
        <source> on day {n}</source>
        <translation> el día {n}</translation>
    </message>
    <message>
        <source> on {day} {month}</source>
        <translation> el {day} de {month}</translation>
    </message>
    <message>
        <source>, until {day} {year}</source>
        <translation>, hasta el {day} de {year}</translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n vez</numerusform>
            <numerusform>, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>, once</source>
        <translation>, una vez</translation>
    </message>
    <message numerus="yes">
        <source>%n-week streak</source>
        <translation>
            <numerusform>racha de %n semana</numerusform>
            <numerusform>racha de %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week in a row</source>
        <translation>1 semana seguida</translation>
    </message>
    <message>
        <source>met last week</source>
        <translation>cumplida la semana pasada</translation>
    </message>
    <message numerus="yes">
        <source>best: %n week(s)</source>
        <translation>
            <numerusform>récord: %n semana</numerusform>
            <numerusform>récord: %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups done on time this week: {on_time} of {done}</source>
        <translation>Seguimientos hechos a tiempo esta semana: {on_time} de {done}</translation>
    </message>
    <message>
        <source>No follow-ups done yet this week</source>
        <translation>Aún no hay seguimientos hechos esta semana</translation>
    </message>
    <message>
        <source> · {share} on time over 12 weeks</source>
        <translation> · {share} a tiempo en 12 semanas</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
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
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(/es)</source>
        <translation>
            <numerusform>%n comida</numerusform>
            <numerusform>%n comidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Talked with %n (person/people) ({kinds})</source>
        <translation>
            <numerusform>• Hablé con %n persona ({kinds})</numerusform>
            <numerusform>• Hablé con %n personas ({kinds})</numerusform>
        </translation>
    </message>
    <message>
        <source>• Learned a lot from people at {companies}</source>
        <translation>• Aprendí mucho de gente de {companies}</translation>
    </message>
    <message numerus="yes">
        <source>• Followed up %n introduction(s) — thank you to everyone who suggested a name</source>
        <translation>
            <numerusform>• Di seguimiento a %n presentación — gracias a todas las personas que me sugirieron un nombre</numerusform>
            <numerusform>• Di seguimiento a %n presentaciones — gracias a todas las personas que me sugirieron un nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Shared my target list and notes with %n (person/people)</source>
        <translation>
            <numerusform>• Compartí mi lista de empresas objetivo y mis notas con %n persona</numerusform>
            <numerusform>• Compartí mi lista de empresas objetivo y mis notas con %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>• Kept researching companies and preparing conversations</source>
        <translation>• Seguí investigando empresas y preparando conversaciones</translation>
    </message>
    <message>
        <source>Drag it to another time or day to move it; double-click to prepare for it.</source>
        <translation>Arrástralo a otra hora u otro día para moverlo; haz doble clic para prepararlo.</translation>
    </message>
    <message>
        <source>{title} (done)</source>
        <translation>{title} (hecho)</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>{kind} · due {when}</source>
        <translation>{kind} · vence {when}</translation>
    </message>
    <message>
        <source>Repeats {rule}</source>
        <translation>Se repite {rule}</translation>
    </message>
    <message>
        <source>A later occurrence: it comes when the one before is done or let go.</source>
        <translation>Una repetición posterior: llega cuando la anterior se hace o se descarta.</translation>
    </message>
    <message>
        <source>added {day}</source>
        <translation>añadido el {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
    <message>
        <source>Confirm and close this window</source>
        <translation>Confirmar y cerrar esta ventana</translation>
    </message>
    <message>
        <source>Save the changes and close this window</source>
        <translation>Guardar los cambios y cerrar esta ventana</translation>
    </message>
    <message>
        <source>Close this window without saving the changes</source>
        <translation>Cerrar esta ventana sin guardar los cambios</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Save the changes and keep this window open</source>
        <translation>Guardar los cambios y dejar esta ventana abierta</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code: {reason}</source>
        <translation>Sin código QR: {reason}</translation>
    </message>
    <message>
        <source>Your name is empty: fill in My Profile first.</source>
        <translation>Tu nombre está vacío: completa primero Mi perfil.</translation>
    </message>
    <message>
        <source>Looking for {role}</source>
        <translation>Busco: {role}</translation>
    </message>
    <message>
        <source>Looking for: {role}</source>
        <translation>Busco: {role}</translation>
    </message>
    <message>
        <source>{new} new · {merged} already here (merged) · {skipped} skipped</source>
        <translation>{new} nuevas · {merged} ya están aquí (se combinan) · {skipped} omitidas</translation>
    </message>
    <message numerus="yes">
        <source>{target} s · %Ln word(s) ≈ {spoken} s at {wpm} wpm</source>
        <translation>
            <numerusform>{target} s · %Ln palabra ≈ {spoken} s a {wpm} ppm</numerusform>
            <numerusform>{target} s · %Ln palabras ≈ {spoken} s a {wpm} ppm</numerusform>
        </translation>
    </message>
    <message>
        <source>for {audience} · {details}</source>
        <translation>para {audience} · {details}</translation>
    </message>
    <message>
        <source>Lights: green {green} s · yellow {yellow} s · red {red} s</source>
        <translation>Luces: verde {green} s · amarillo {yellow} s · rojo {red} s</translation>
    </message>
    <message>
        <source>Smile, slow down, end with your ask — then: “How can I help you?”</source>
        <translation>Sonríe, habla despacio, termina con tu petición — y luego: «¿Cómo puedo ayudarte?»</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>no se puede escribir {path}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}</source>
        <translation>No se pudo quitar {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not change {where}</source>
        <translation>No se pudo cambiar {where}</translation>
    </message>
    <message>
        <source>Save card of {name}</source>
        <translation>Guardar la tarjeta de {name}</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Guardar la tarjeta</translation>
    </message>
    <message>
        <source>the picture could not be decoded ({reason})</source>
        <translation>no se pudo leer la imagen ({reason})</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>no se pudo abrir la impresora o el archivo para escribir</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation>Leyendo la tarjeta con {engine}…</translation>
    </message>
    <message>
        <source>Text recognition failed unexpectedly ({error}).</source>
        <translation>El reconocimiento de texto falló de forma inesperada ({error}).</translation>
    </message>
    <message>
        <source>Moved from {day}</source>
        <translation>Movida del {day}</translation>
    </message>
    <message>
        <source>{what}, overdue, due {day}</source>
        <translation>{what}, atrasada, vence {day}</translation>
    </message>
    <message>
        <source>{what}, done, due {day}</source>
        <translation>{what}, hecha, vence {day}</translation>
    </message>
    <message>
        <source>{what}, due {day}</source>
        <translation>{what}, vence {day}</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Próxima entrevista</translation>
    </message>
    <message>
        <source>Days at the current stage</source>
        <translation>Días en la etapa actual</translation>
    </message>
    <message>
        <source>The day you applied</source>
        <translation>El día en que te postulaste</translation>
    </message>
    <message>
        <source>Who is involved, and how</source>
        <translation>Quién participa y cómo</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>ese contacto ya no existe</translation>
    </message>
    <message>
        <source>an introduction needs two different people</source>
        <translation>una presentación necesita dos personas distintas</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Your network, your pitch and your follow-ups, in one place — offline, on this computer.&lt;/p&gt;&lt;p&gt;{copyright}.&lt;br&gt;Free software under the {licence} licence: use, copy, change and share it.&lt;/p&gt;&lt;p&gt;Newer versions: &lt;a href=&quot;{releases}&quot;&gt;{releases_text}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{data}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Log file:&lt;/b&gt;&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Python {py} · Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Tu red, tu pitch y tus seguimientos, en un solo lugar — sin conexión, en este ordenador.&lt;/p&gt;&lt;p&gt;{copyright}.&lt;br&gt;Software libre bajo la licencia {licence}: úsalo, cópialo, modifícalo y compártelo.&lt;/p&gt;&lt;p&gt;Nuevas versiones: &lt;a href=&quot;{releases}&quot;&gt;{releases_text}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carpeta de datos:&lt;/b&gt;&lt;br&gt;{data}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Archivo de registro:&lt;/b&gt;&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Python {py} · Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>Show or hide the licence</source>
        <translation>Mostrar u ocultar la licencia</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>3-2-1 countdown</source>
        <translation>Cuenta atrás 3-2-1</translation>
    </message>
    <message>
        <source>Count down from 3 before the timer starts</source>
        <translation>Contar desde 3 antes de que arranque el cronómetro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation>Grabar el ensayo con el micrófono para escucharlo después</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Teleprompter</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Revisiones…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Imprimir tarjeta…</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Volver a escribir</translation>
    </message>
    <message>
        <source>Leave rehearsal mode (Esc)</source>
        <translation>Salir del modo ensayo (Esc)</translation>
    </message>
    <message>
        <source>▶  Rehearse</source>
        <translation>▶  Ensayar</translation>
    </message>
    <message>
        <source>Rehearse this pitch with the timer and lights (Ctrl+R)</source>
        <translation>Ensayar este pitch con el cronómetro y las luces (Ctrl+R)</translation>
    </message>
    <message>
        <source>■  Stop  (Space)</source>
        <translation>■  Parar  (Space)</translation>
    </message>
    <message>
        <source>Stop the timer and rate the run (Space)</source>
        <translation>Parar el cronómetro y valorar el ensayo (Space)</translation>
    </message>
    <message>
        <source>▶  Start  (Space)</source>
        <translation>▶  Empezar  (Space)</translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation>Poner en marcha el cronómetro (Space)</translation>
    </message>
</context>
<context>
    <name>AddFollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Hacer un seguimiento con {name}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>e.g. Send Ada the list of target companies</source>
        <translation>p. ej., Enviar a Ada la lista de empresas objetivo</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Anyone (leave empty for your whole network)</source>
        <translation>Cualquiera (déjalo vacío para toda tu red)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Qu&amp;ién</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>At a time of day</source>
        <translation>A una hora concreta</translation>
    </message>
    <message>
        <source>Give the follow-up a time; otherwise it is due all day</source>
        <translation>Ponle una hora al seguimiento; si no, queda pendiente para todo el día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Whether the follow-up comes back, and how often</source>
        <translation>Si el seguimiento se repite y cada cuánto</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Todos los días laborables (de lunes a viernes)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation>Estos días de la semana</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Qué día del mes</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>How it repeats</source>
        <translation>Cómo se repite</translation>
    </message>
    <message>
        <source>on day {n}</source>
        <translation>el día {n}</translation>
    </message>
    <message>
        <source>on the {nth} {weekday}</source>
        <translation>el {nth} {weekday}</translation>
    </message>
    <message>
        <source>on the last {weekday}</source>
        <translation>el último {weekday}</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>el último día</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>año</numerusform>
            <numerusform>años</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat never happens: {why}</source>
        <translation>Esta repetición nunca ocurre: {why}</translation>
    </message>
    <message>
        <source>Repeats {how}. First on {first}</source>
        <translation>Se repite {how}. La primera vez el {first}</translation>
    </message>
    <message>
        <source>, then {next}</source>
        <translation>, luego el {next}</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Indica de qué trata el seguimiento.</translation>
    </message>
    <message>
        <source>No contact matches {text!r}; pick one from the list or leave it empty.</source>
        <translation>Ningún contacto coincide con {text!r}; elige uno de la lista o déjalo vacío.</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
</context>
<context>
    <name>AfterMeetingBar</name>
    <message>
        <source>After the meeting:</source>
        <translation>Después de la reunión:</translation>
    </message>
    <message>
        <source>What kind of meeting</source>
        <translation>Qué tipo de reunión</translation>
    </message>
    <message>
        <source>How you met, for the entry that Log it adds to the timeline</source>
        <translation>Cómo fue el encuentro, para la entrada que “Registrar” añade al historial</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Print this prep sheet to take to the meeting</source>
        <translation>Imprimir esta ficha de preparación para llevarla a la reunión</translation>
    </message>
    <message>
        <source>Save this prep sheet as a PDF file</source>
        <translation>Guardar esta ficha de preparación como archivo PDF</translation>
    </message>
    <message>
        <source>Close this window; your notes are already saved</source>
        <translation>Cerrar esta ventana; tus notas ya están guardadas</translation>
    </message>
    <message>
        <source>It happened — log it now</source>
        <translation>Ya ocurrió: regístrala ahora</translation>
    </message>
    <message>
        <source>Add notes…</source>
        <translation>Añadir notas…</translation>
    </message>
    <message>
        <source>Move the planned {kind} to now; the thank-you follows</source>
        <translation>Pasar {kind} previsto a ahora; después viene el agradecimiento</translation>
    </message>
    <message>
        <source>The meeting is on your timeline already: add what you learned</source>
        <translation>La reunión ya está en tu historial: añade lo que aprendiste</translation>
    </message>
    <message>
        <source>Log the meeting now — Rapport adds the thank-you follow-up (Ctrl+Enter)</source>
        <translation>Registrar la reunión ahora: Rapport añade el seguimiento de agradecimiento (Ctrl+Enter)</translation>
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
        <translation>Nada previsto. Los seguimientos aparecen cuando registras conversaciones, añades recomendaciones o envías algo a alguien; las reuniones, cuando registras una llamada o un café en una hora aún por llegar.</translation>
    </message>
    <message>
        <source>{n} more after {day}: browse them month by month.</source>
        <translation>{n} más después del {day}: consúltalos mes a mes.</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message numerus="yes">
        <source>{title}, %Ln item(s)</source>
        <translation>
            <numerusform>{title}, %Ln elemento</numerusform>
            <numerusform>{title}, %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Buzzwords</source>
        <translation>Palabras de moda</translation>
    </message>
    <message>
        <source>Acronyms</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation>Frases largas</translation>
    </message>
    <message>
        <source>Long words</source>
        <translation>Palabras largas</translation>
    </message>
    <message>
        <source>Filler words</source>
        <translation>Muletillas</translation>
    </message>
    <message>
        <source>Would your neighbour understand it?</source>
        <translation>¿Lo entendería tu vecino?</translation>
    </message>
    <message>
        <source>Flesch reading ease: 0–100, higher is easier. Short words and short sentences raise it.
Aim for {aim} or more: plain English that a listener follows the first time.</source>
        <translation>Facilidad de lectura de Flesch: de 0 a 100; cuanto más alta, más fácil. Las palabras y las frases cortas la suben.
Apunta a {aim} o más: un lenguaje claro que quien escucha entiende a la primera.</translation>
    </message>
    <message>
        <source>Plain-words issues</source>
        <translation>Problemas de lenguaje claro</translation>
    </message>
    <message>
        <source>Words and sentences a listener may stumble on; Enter selects the place in the text</source>
        <translation>Palabras y frases con las que quien te escucha podría tropezar; Enter selecciona ese punto del texto</translation>
    </message>
    <message>
        <source>&lt;b&gt;A pitch that works&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Thirty seconds or less: about 75 words.&lt;/li&gt;&lt;li&gt;Who you are and what you do, in words a neighbour uses.&lt;/li&gt;&lt;li&gt;One example with a number: “cut late deliveries by a third”.&lt;/li&gt;&lt;li&gt;What you are looking for next, and where.&lt;/li&gt;&lt;li&gt;End with an ask: “Who do you know who…?”&lt;/li&gt;&lt;li&gt;Upbeat, in your own voice — never bitter about the last job.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Un pitch que funciona&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Treinta segundos o menos: unas 75 palabras.&lt;/li&gt;&lt;li&gt;Quién eres y qué haces, con las palabras que usaría un vecino.&lt;/li&gt;&lt;li&gt;Un ejemplo con una cifra: “reduje los retrasos en las entregas en un tercio”.&lt;/li&gt;&lt;li&gt;Qué buscas ahora y dónde.&lt;/li&gt;&lt;li&gt;Termina con una petición: “¿A quién conoces que…?”&lt;/li&gt;&lt;li&gt;Optimista, con tu propia voz: nunca con amargura por el último empleo.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Write your pitch to see whether a neighbour would understand it.</source>
        <translation>Escribe tu pitch para ver si lo entendería un vecino.</translation>
    </message>
    <message>
        <source>Yes — a neighbour would follow this.</source>
        <translation>Sí: un vecino lo entendería.</translation>
    </message>
    <message>
        <source>Almost — one thing to fix.</source>
        <translation>Casi: hay una cosa que corregir.</translation>
    </message>
    <message>
        <source>Almost — two things to fix.</source>
        <translation>Casi: hay dos cosas que corregir.</translation>
    </message>
    <message>
        <source>Not yet — a neighbour would get lost.</source>
        <translation>Todavía no: un vecino se perdería.</translation>
    </message>
    <message>
        <source>Reading ease {score} is below {aim}: use shorter words and sentences.</source>
        <translation>La facilidad de lectura ({score}) está por debajo de {aim}: usa palabras y frases más cortas.</translation>
    </message>
    <message numerus="yes">
        <source>Swap %n buzzword(s) for everyday words.</source>
        <translation>
            <numerusform>Cambia %n palabra de moda por palabras cotidianas.</numerusform>
            <numerusform>Cambia %n palabras de moda por palabras cotidianas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spell out %n acronym(s).</source>
        <translation>
            <numerusform>Desarrolla %n sigla.</numerusform>
            <numerusform>Desarrolla %n siglas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n long sentence(s).</source>
        <translation>
            <numerusform>Divide %n frase larga.</numerusform>
            <numerusform>Divide %n frases largas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten some of the %n long word(s).</source>
        <translation>
            <numerusform>Acorta la palabra larga (%n).</numerusform>
            <numerusform>Acorta algunas de las %n palabras largas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n filler word(s).</source>
        <translation>
            <numerusform>Quita %n muletilla.</numerusform>
            <numerusform>Quita %n muletillas.</numerusform>
        </translation>
    </message>
    <message>
        <source>End with a question or an ask, such as “Who do you know at…?”</source>
        <translation>Termina con una pregunta o una petición, como “¿A quién conoces en…?”</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>muy fácil</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>bastante fácil</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>lenguaje sencillo</translation>
    </message>
    <message>
        <source>plain language</source>
        <translation>lenguaje sencillo</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>bastante difícil</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>muy difícil</translation>
    </message>
    <message>
        <source>Reading ease &lt;b&gt;{score}&lt;/b&gt; — {band} (aim for {aim}+)</source>
        <translation>Facilidad de lectura &lt;b&gt;{score}&lt;/b&gt; — {band} (apunta a {aim}+)</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>No buzzwords, acronyms, long sentences or fillers.</source>
        <translation>Sin palabras de moda, siglas, frases largas ni muletillas.</translation>
    </message>
</context>
<context>
    <name>AskReferralsDialog</name>
    <message>
        <source>Referrals from {name}</source>
        <translation>Recomendaciones de {name}</translation>
    </message>
    <message>
        <source>Who else would {name} recommend you talk to?</source>
        <translation>¿Con quién más te recomendaría hablar {name}?</translation>
    </message>
    <message>
        <source>Type each name and press Enter (Tab moves to the next field). Ask whether you may mention {name} when you get in touch — and call each referral within a few days.</source>
        <translation>Escribe cada nombre y pulsa Enter (Tab pasa al campo siguiente). Pregunta si puedes mencionar a {name} al contactar, y llama a cada recomendación en pocos días.</translation>
    </message>
    <message>
        <source>Why talk to them?</source>
        <translation>¿Por qué hablar con esa persona?</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recomendado por {name}</translation>
    </message>
    <message>
        <source>Log that {name} gave me these referrals</source>
        <translation>Registrar que {name} me dio estas recomendaciones</translation>
    </message>
    <message>
        <source>Record in their history that they suggested the people you add here</source>
        <translation>Registrar en su historial que te recomendó a las personas que añades aquí</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln person(s)</source>
        <translation>
            <numerusform>Añadir %Ln persona</numerusform>
            <numerusform>Añadir %Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln referral(s) from {name}</source>
        <translation>
            <numerusform>Añadir %Ln recomendación de {name}</numerusform>
            <numerusform>Añadir %Ln recomendaciones de {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested {names}</source>
        <translation>Sugirió a {names}</translation>
    </message>
    <message>
        <source>The referrals could not be saved; see the log file for details.</source>
        <translation>No se pudieron guardar las recomendaciones; consulta el archivo de registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>AskWarningBanner</name>
    <message>
        <source>Give before you ask</source>
        <translation>Da antes de pedir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give before you ask?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Dar antes de pedir?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Ask anyway</source>
        <translation>Pedir de todos modos</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Foto: haz clic para elegirla o quitarla</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{path} is not an image Rapport can read.</source>
        <translation>{path} no es una imagen que Rapport pueda leer.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>Save a complete copy of your data to a file</source>
        <translation>Guardar una copia completa de tus datos en un archivo</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace your data with a backup (the current data is kept too)</source>
        <translation>Sustituir tus datos por una copia de seguridad (los datos actuales también se conservan)</translation>
    </message>
    <message>
        <source>Sho&amp;w Backups</source>
        <translation>&amp;Mostrar copias de seguridad</translation>
    </message>
    <message>
        <source>Open the folder of the automatic backups in your file manager</source>
        <translation>Abrir la carpeta de las copias automáticas en el gestor de archivos</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>aún no hay copia de seguridad</translation>
    </message>
    <message>
        <source>last backup {time}</source>
        <translation>última copia {time}</translation>
    </message>
    <message>
        <source>last backup {day}</source>
        <translation>última copia {day}</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>Rapport found damage in its database and there is no backup to restore:
{problem}

Keep working carefully and save a copy with File → Back Up Now; SQLite tools may recover it.</source>
        <translation>Rapport ha encontrado daños en su base de datos y no hay ninguna copia de seguridad que restaurar:
{problem}

Sigue trabajando con cuidado y guarda una copia con Archivo → Hacer copia de seguridad; las herramientas de SQLite quizá puedan recuperarla.</translation>
    </message>
    <message>
        <source>Rapport found damage in its database:
{problem}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation>Rapport ha encontrado daños en su base de datos:
{problem}

¿Restaurar la copia buena más reciente, del {when}? El archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Error al restaurar</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Se restauró la copia de seguridad del {when}.</translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation>Hacer una copia de seguridad de tus datos</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3)</source>
        <translation>Copias de seguridad de Rapport (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>¿Restaurar la copia de seguridad?</translation>
    </message>
    <message numerus="yes">
        <source>Replace your current data with this backup (%Ln contact(s))?

Your current data is saved as a backup first, so you can go back.</source>
        <translation>
            <numerusform>¿Sustituir tus datos actuales por esta copia de seguridad (%Ln contacto)?

Antes se guarda una copia de tus datos actuales, así que puedes volver atrás.</numerusform>
            <numerusform>¿Sustituir tus datos actuales por esta copia de seguridad (%Ln contactos)?

Antes se guarda una copia de tus datos actuales, así que puedes volver atrás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {name}. Your previous data is in {kept}.</source>
        <translation>Se restauró {name}. Tus datos anteriores están en {kept}.</translation>
    </message>
</context>
<context>
    <name>BackupProblem</name>
    <message>
        <source>could not write the backup {path}: {reason}</source>
        <translation>no se pudo escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <source>too many backups in the same second</source>
        <translation>demasiadas copias de seguridad en el mismo segundo</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (not an SQLite file)</source>
        <translation>{path} no es una base de datos de Rapport (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} está dañado ({reason})</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Rapport database</source>
        <translation>{path} es un archivo SQLite pero no una base de datos de Rapport</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Rapport ({steps})</source>
        <translation>{path} viene de una versión más reciente de Rapport ({steps})</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Rapport database (no schema version)</source>
        <translation>{path} es un archivo SQLite pero no una base de datos de Rapport (sin versión de esquema)</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (its schema skips {steps})</source>
        <translation>{path} no es una base de datos de Rapport (su esquema se salta {steps})</translation>
    </message>
    <message>
        <source>{path} is not a complete Rapport database: it lacks {parts}</source>
        <translation>{path} no es una base de datos de Rapport completa: le falta {parts}</translation>
    </message>
    <message>
        <source>{path} is damaged or unreadable ({reason})</source>
        <translation>{path} está dañado o no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path} cannot be brought up to this version of Rapport: {reason}</source>
        <translation>{path} no se puede actualizar a esta versión de Rapport: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>restoring {path} failed: {reason}</source>
        <translation>falló la restauración de {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>BirthdayEditor</name>
    <message>
        <source>Add birthday</source>
        <translation>Añadir cumpleaños</translation>
    </message>
    <message>
        <source>Remove the birthday</source>
        <translation>Quitar el cumpleaños</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
</context>
<context>
    <name>BrainstormWizard</name>
    <message>
        <source>List the people you know</source>
        <translation>Haz una lista de la gente que conoces</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>The circle of people to think of now; choose one to jump to it</source>
        <translation>El círculo en el que pensar ahora; elige uno para ir directamente a él</translation>
    </message>
    <message>
        <source>Add a circle of your own…</source>
        <translation>Añadir un círculo propio…</translation>
    </message>
    <message>
        <source>Name a new group of people, such as a club or a choir</source>
        <translation>Ponerle nombre a un nuevo grupo de personas, como un club o un coro</translation>
    </message>
    <message>
        <source>Don&apos;t disqualify anyone: any of them may know of your next job. Name, then Enter — company and a note are optional (Tab).</source>
        <translation>No descartes a nadie: cualquiera puede saber de tu próximo empleo. Nombre y Enter; la empresa y una nota son opcionales (Tab).</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>De qué los conoces</translation>
    </message>
    <message>
        <source>Everyone already in this circle; a tick marks the people you added just now</source>
        <translation>Todas las personas que ya están en este círculo; una marca señala las que acabas de añadir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous circle (Alt+Left)</source>
        <translation>Círculo anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Next circle</source>
        <translation>Círculo siguiente</translation>
    </message>
    <message>
        <source>Next circle (Alt+Right)</source>
        <translation>Círculo siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close the list; everyone you added is already saved</source>
        <translation>Cerrar la lista; todas las personas que añadiste ya están guardadas</translation>
    </message>
    <message>
        <source>Circle {i} of {n}</source>
        <translation>Círculo {i} de {n}</translation>
    </message>
    <message>
        <source>Who do you know here?</source>
        <translation>¿A quién conoces aquí?</translation>
    </message>
    <message>
        <source>Already in this circle ({n}):</source>
        <translation>Ya en este círculo ({n}):</translation>
    </message>
    <message>
        <source>Nobody here yet — who comes to mind?</source>
        <translation>Aún no hay nadie: ¿quién te viene a la mente?</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>{name} could not be saved; see the log file for details.</source>
        <translation>No se pudo guardar a {name}; consulta el archivo de registro para más detalles.</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nuevo círculo</translation>
    </message>
    <message>
        <source>Name of the circle (e.g. Choir):</source>
        <translation>Nombre del círculo (p. ej., Coro):</translation>
    </message>
</context>
<context>
    <name>BusinessCards</name>
    <message>
        <source>Print &amp;Business Cards…</source>
        <translation>Imprimir &amp;tarjetas de visita…</translation>
    </message>
    <message>
        <source>Design and print your own business card, or save it as a PDF</source>
        <translation>Diseña e imprime tu propia tarjeta de visita, o guárdala como PDF</translation>
    </message>
    <message>
        <source>&amp;Scan Business Card…</source>
        <translation>&amp;Escanear tarjeta de visita…</translation>
    </message>
    <message>
        <source>Turn a photo or scan of a card you received into a contact</source>
        <translation>Convertir en contacto una foto o un escaneo de una tarjeta que recibiste</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mi per&amp;fil…</translation>
    </message>
    <message>
        <source>Your name and contact details, for your card and your emails</source>
        <translation>Tu nombre y tus datos de contacto, para tu tarjeta y tus correos</translation>
    </message>
    <message>
        <source>Tell Rapport about you…</source>
        <translation>Háblale a Rapport de ti…</translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation>Háblale a Rapport de ti</translation>
    </message>
    <message>
        <source>Your name and contact details go on your business card and emails</source>
        <translation>Tu nombre y tus datos de contacto aparecen en tu tarjeta de visita y en tus correos</translation>
    </message>
    <message>
        <source>Scan a business card</source>
        <translation>Escanear una tarjeta de visita</translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation>Fotos y escaneos ({patterns})</translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation>No se puede usar esta imagen</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous month, week or day (Alt+Left)</source>
        <translation>Mes, semana o día anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next month, week or day (Alt+Right)</source>
        <translation>Mes, semana o día siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Ir a hoy (Alt+Home)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Show the {v} view ({k})</source>
        <translation>Mostrar la vista {v} ({k})</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nuevo seguimiento…</translation>
    </message>
    <message>
        <source>Add a follow-up on the selected day, once or repeating (Ctrl+Alt+F)</source>
        <translation>Añadir un seguimiento el día seleccionado, una vez o periódico (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation>Exportar ICS…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation>Guardar los seguimientos abiertos como archivo de calendario (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>Agenda · next three months</source>
        <translation>Agenda · próximos tres meses</translation>
    </message>
    <message>
        <source>Week of {span}</source>
        <translation>Semana del {span}</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Mover reunión</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Exportar seguimientos</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) and meetings to {path}</source>
        <translation>
            <numerusform>Se exportó %Ln seguimiento y las reuniones a {path}</numerusform>
            <numerusform>Se exportaron %Ln seguimientos y reuniones a {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Choose a day</source>
        <translation>Elegir un día</translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <source>Business card designer</source>
        <translation>Diseño de tarjetas de visita</translation>
    </message>
    <message>
        <source>Print Business Cards</source>
        <translation>Imprimir tarjetas de visita</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>The card&apos;s size: the European or the American standard</source>
        <translation>El tamaño de la tarjeta: formato europeo o estadounidense</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>The typeface of the card&apos;s text</source>
        <translation>El tipo de letra del texto de la tarjeta</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sin serifa</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Con serifa</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <source>Accent colour {name}</source>
        <translation>Color de acento {name}</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>En la tarjeta</translation>
    </message>
    <message>
        <source>QR code with my contact details</source>
        <translation>Código QR con mis datos de contacto</translation>
    </message>
    <message>
        <source>A phone camera turns it into a new contact (vCard) in one tap.</source>
        <translation>La cámara de un móvil lo convierte en un contacto nuevo (vCard) con un toque.</translation>
    </message>
    <message>
        <source>What I&apos;m looking for</source>
        <translation>Lo que busco</translation>
    </message>
    <message>
        <source>Print the kind of job you want, from your profile, on the card</source>
        <translation>Imprimir en la tarjeta el puesto que buscas, tomado de tu perfil</translation>
    </message>
    <message>
        <source>My photo</source>
        <translation>Mi foto</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>The paper size your printer uses</source>
        <translation>El tamaño de papel que usa tu impresora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Many cards on one sheet to cut yourself, or one card per page for a print shop</source>
        <translation>Varias tarjetas en una hoja para recortarlas tú, o una tarjeta por página para una imprenta</translation>
    </message>
    <message>
        <source>A sheet to cut, with cut marks</source>
        <translation>Una hoja para recortar, con marcas de corte</translation>
    </message>
    <message>
        <source>One card per page (print shop)</source>
        <translation>Una tarjeta por página (imprenta)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Edit My Profile…</source>
        <translation>Editar mi perfil…</translation>
    </message>
    <message>
        <source>Change the name and details printed on the card</source>
        <translation>Cambiar el nombre y los datos impresos en la tarjeta</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the cards as a PDF file (Ctrl+S)</source>
        <translation>Guardar las tarjetas como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the cards (Ctrl+P)</source>
        <translation>Imprimir las tarjetas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Add a photo in My Profile first</source>
        <translation>Añade primero una foto en Mi perfil</translation>
    </message>
    <message numerus="yes">
        <source>{size} · %Ln card(s) per {paper} sheet, with cut marks</source>
        <translation>
            <numerusform>{size} · %Ln tarjeta por hoja {paper}, con marcas de corte</numerusform>
            <numerusform>{size} · %Ln tarjetas por hoja {paper}, con marcas de corte</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} · one card per page, at its exact size</source>
        <translation>{size} · una tarjeta por página, a su tamaño exacto</translation>
    </message>
    <message>
        <source>Save business cards</source>
        <translation>Guardar tarjetas de visita</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF no guardado</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln business card(s) to {path}</source>
        <translation>
            <numerusform>Se guardó %Ln tarjeta de visita en {path}</numerusform>
            <numerusform>Se guardaron %Ln tarjetas de visita en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print business cards</source>
        <translation>Imprimir tarjetas de visita</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clásico</translation>
    </message>
    <message>
        <source>Name at the top, details at the bottom, QR code in the corner.</source>
        <translation>El nombre arriba, los datos abajo y el código QR en la esquina.</translation>
    </message>
    <message>
        <source>Accent band</source>
        <translation>Banda de color</translation>
    </message>
    <message>
        <source>A band of colour with your initials and the QR code.</source>
        <translation>Una banda de color con tus iniciales y el código QR.</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Centrado</translation>
    </message>
    <message>
        <source>Everything centred and calm; the QR code sits on the right.</source>
        <translation>Todo centrado y sereno; el código QR queda a la derecha.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Ladrillo</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Ciruela</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Grafito</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Pitch card</source>
        <translation>Tarjeta del pitch</translation>
    </message>
    <message>
        <source>Pocket card (5 × 3 in)</source>
        <translation>Tarjeta de bolsillo (5 × 3 in)</translation>
    </message>
    <message>
        <source>A small index card to keep in a pocket and glance at</source>
        <translation>Una tarjeta pequeña para llevar en el bolsillo y echarle un vistazo</translation>
    </message>
    <message>
        <source>Full page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>The pitch in large print on a whole sheet of paper</source>
        <translation>El pitch en letra grande en una hoja entera</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print this pitch card</source>
        <translation>Imprimir esta tarjeta del pitch</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save this pitch card as a PDF file</source>
        <translation>Guardar esta tarjeta del pitch como archivo PDF</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Save pitch card</source>
        <translation>Guardar la tarjeta del pitch</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>CardPictureView</name>
    <message>
        <source>Card picture</source>
        <translation>Imagen de la tarjeta</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Business card preview</source>
        <translation>Vista previa de la tarjeta de visita</translation>
    </message>
</context>
<context>
    <name>CardReviewForm</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Empresa u organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Otro correo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Kind of phone {n}</source>
        <translation>Tipo de teléfono {n}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>www.company.com</source>
        <translation>www.empresa.com</translation>
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
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>e.g. Logistics meetup at the Chamber of Commerce, 12 March</source>
        <translation>p. ej., encuentro de logística en la Cámara de Comercio, 12 de marzo</translation>
    </message>
    <message>
        <source>Where and when you met: it is the first thing to mention when you follow up</source>
        <translation>Dónde y cuándo la conociste: es lo primero que hay que mencionar al hacer el seguimiento</translation>
    </message>
    <message>
        <source>Where did you meet? One line now makes the follow-up easy — or press Save again to skip.</source>
        <translation>¿Dónde la conociste? Una línea ahora facilita el seguimiento; o pulsa Guardar otra vez para omitirlo.</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else on the card, or to remember about them</source>
        <translation>Cualquier otra cosa de la tarjeta, o que recordar sobre esta persona</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove from {circle}</source>
        <translation>Quitar de {circle}</translation>
    </message>
</context>
<context>
    <name>CircleChips</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Add to a circle</source>
        <translation>Añadir a un círculo</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>Nuevo círculo…</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nuevo círculo</translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation>Nombre del círculo:</translation>
    </message>
</context>
<context>
    <name>CirclesPanel</name>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Put people in circles (former co-workers, neighbours, the gym…) to see which open doors.</source>
        <translation>Agrupa a las personas en círculos (antiguos compañeros, vecinos, el gimnasio…) para ver cuáles te abren puertas.</translation>
    </message>
    <message>
        <source>Referrals and leads given by each circle&apos;s members, and your conversations with them.</source>
        <translation>Recomendaciones y pistas de los miembros de cada círculo, y tus conversaciones con ellos.</translation>
    </message>
    <message>
        <source>Your conversations with each circle. Referrals will show here as they come.</source>
        <translation>Tus conversaciones con cada círculo. Las recomendaciones aparecerán aquí a medida que lleguen.</translation>
    </message>
    <message>
        <source>{c}: talked with</source>
        <translation>{c}: has hablado con</translation>
    </message>
    <message>
        <source>Referred by {c}</source>
        <translation>Recomendado por {c}</translation>
    </message>
    <message>
        <source>Leads through {c}</source>
        <translation>Pistas a través de {c}</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistas</translation>
    </message>
</context>
<context>
    <name>ColdPanel</name>
    <message>
        <source>Going cold</source>
        <translation>Enfriándose</translation>
    </message>
    <message>
        <source>Once you log conversations, the people you are losing touch with show here.</source>
        <translation>Cuando registres conversaciones, aquí aparecerán las personas con las que estás perdiendo el contacto.</translation>
    </message>
    <message>
        <source>Of the {all} people you have been in touch with, {cold} are going cold and {due} are due a reconnect. A short “how are you?” is enough.</source>
        <translation>De las {all} personas con las que has estado en contacto, {cold} se están enfriando y con {due} toca retomar el contacto. Basta con un breve “¿qué tal estás?”.</translation>
    </message>
    <message>
        <source>In touch with</source>
        <translation>En contacto con</translation>
    </message>
    <message>
        <source>Due a reconnect</source>
        <translation>Toca retomar el contacto</translation>
    </message>
    <message>
        <source>{name} — last in touch {when}</source>
        <translation>{name} — último contacto {when}</translation>
    </message>
    <message>
        <source>Just went cold — a quick message still saves these</source>
        <translation>Recién enfriados: un mensaje rápido todavía los salva</translation>
    </message>
</context>
<context>
    <name>ContactBulkMenus</name>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Preparar una reunión…</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Pedir recomendaciones…</translation>
    </message>
    <message>
        <source>Add to circle</source>
        <translation>Añadir a un círculo</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Cambiar etapa</translation>
    </message>
    <message>
        <source>Introduce these two…</source>
        <translation>Presentar a estos dos…</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Combinar estos dos…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>Nuevo círculo…</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nuevo círculo</translation>
    </message>
    <message>
        <source>Name of the circle:</source>
        <translation>Nombre del círculo:</translation>
    </message>
    <message>
        <source>Export selection</source>
        <translation>Exportar selección</translation>
    </message>
    <message>
        <source>Select the contacts to export first.</source>
        <translation>Primero selecciona los contactos que quieres exportar.</translation>
    </message>
    <message>
        <source>Export selected contacts</source>
        <translation>Exportar los contactos seleccionados</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to {path}</source>
        <translation>
            <numerusform>Se exportó %Ln contacto a {path}</numerusform>
            <numerusform>Se exportaron %Ln contactos a {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message numerus="yes">
        <source>Circle default (%n day(s))</source>
        <translation>
            <numerusform>Según el círculo (%n día)</numerusform>
            <numerusform>Según el círculo (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Añadido a mano</translation>
    </message>
    <message>
        <source>Imported ({source})</source>
        <translation>Importado ({source})</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> el {day}</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Your contacts. Enter opens the selected one, Delete moves it to the trash.</source>
        <translation>Tus contactos. Enter abre el seleccionado; Delete lo mueve a la papelera.</translation>
    </message>
</context>
<context>
    <name>ContactPageActions</name>
    <message>
        <source>Ask for referrals</source>
        <translation>Pedir recomendaciones</translation>
    </message>
    <message>
        <source>Select the person who gave you the names first.</source>
        <translation>Primero selecciona a la persona que te dio los nombres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation>Registrar una llamada, un café, un correo… con este contacto (Ctrl+L)</translation>
    </message>
    <message>
        <source>More actions for this contact</source>
        <translation>Más acciones para este contacto</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Prepare for a meeting with this contact (Ctrl+Alt+P)</source>
        <translation>Preparar una reunión con este contacto (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Preparar una reunión…</translation>
    </message>
    <message>
        <source>Introduce to someone…</source>
        <translation>Presentar a alguien…</translation>
    </message>
    <message>
        <source>Share an article or event…</source>
        <translation>Compartir un artículo o evento…</translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation>Ofrecer consejo…</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Pedir recomendaciones…</translation>
    </message>
    <message>
        <source>Referred me to a job…</source>
        <translation>Me recomendó para un empleo…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Combinar con…</translation>
    </message>
    <message>
        <source>Find duplicates of this contact</source>
        <translation>Buscar duplicados de este contacto</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Eliminar para siempre…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>In the trash since {day}. Restore it to edit.</source>
        <translation>En la papelera desde el {day}. Restáuralo para editarlo.</translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation>Historial {n}</translation>
    </message>
    <message>
        <source>Follow-ups {n}</source>
        <translation>Seguimientos {n}</translation>
    </message>
    <message>
        <source>Ledger {n:+d}</source>
        <translation>Balance {n:+d}</translation>
    </message>
    <message>
        <source>Referrals {n}</source>
        <translation>Recomendaciones {n}</translation>
    </message>
    <message>
        <source>No title or company yet</source>
        <translation>Aún sin cargo ni empresa</translation>
    </message>
    <message>
        <source>{company} is on your target list</source>
        <translation>{company} está en tu lista de empresas objetivo</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Time to reconnect</source>
        <translation>Hora de retomar el contacto</translation>
    </message>
    <message>
        <source>Overdue — going cold</source>
        <translation>Atrasado: se está enfriando</translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation>Aún sin contacto</translation>
    </message>
    <message>
        <source>last talked {when}</source>
        <translation>última conversación {when}</translation>
    </message>
    <message>
        <source>no conversation logged yet</source>
        <translation>sin conversaciones registradas</translation>
    </message>
    <message>
        <source>Referred by &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Recomendado por &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name…</source>
        <translation>Escribe un nombre…</translation>
    </message>
</context>
<context>
    <name>ContactProblem</name>
    <message>
        <source>must be a web address starting with https://</source>
        <translation>debe ser una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>not a day between {first} and {last}</source>
        <translation>no es un día entre {first} y {last}</translation>
    </message>
    <message>
        <source>must be a number of days between 1 and {most}</source>
        <translation>debe ser un número de días entre 1 y {most}</translation>
    </message>
    <message>
        <source>must not be shorter than the ideal cadence</source>
        <translation>no debe ser más corto que el ritmo ideal</translation>
    </message>
    <message>
        <source>a contact cannot refer themselves</source>
        <translation>un contacto no puede recomendarse a sí mismo</translation>
    </message>
    <message>
        <source>the referring contact does not exist</source>
        <translation>el contacto que recomienda no existe</translation>
    </message>
    <message>
        <source>this would make a referral loop</source>
        <translation>esto crearía un círculo de recomendaciones</translation>
    </message>
    <message>
        <source>{value!r} is not a valid email address ({reason})</source>
        <translation>{value!r} no es una dirección de correo válida ({reason})</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>direcciones de correo</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>{value!r} has no digits</source>
        <translation>{value!r} no tiene dígitos</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>números de teléfono</translation>
    </message>
    <message>
        <source>one person holds at most {most} {what}</source>
        <translation>una persona tiene como máximo {most} {what}</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>the vCard property {name} is larger than 1 MB</source>
        <translation>la propiedad vCard {name} ocupa más de 1 MB</translation>
    </message>
    <message>
        <source>give at least a name, a company or an email address</source>
        <translation>indica al menos un nombre, una empresa o una dirección de correo</translation>
    </message>
</context>
<context>
    <name>ContactTrash</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Leave trash</source>
        <translation>Salir de la papelera</translation>
    </message>
    <message>
        <source>Moved {what} to the trash — Ctrl+Z brings it back</source>
        <translation>Se movió {what} a la papelera: Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %Ln contacto, con sus interacciones, su balance y sus seguimientos?

No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente %Ln contactos, con sus interacciones, su balance y sus seguimientos?

No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) for good</source>
        <translation>
            <numerusform>Se eliminó definitivamente %Ln contacto</numerusform>
            <numerusform>Se eliminaron definitivamente %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete {what} for good, with their interactions, ledger and follow-ups?

This cannot be undone.</source>
        <translation>¿Eliminar definitivamente {what}, con sus interacciones, su balance y sus seguimientos?

No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search contacts by name, company, title, notes or email</source>
        <translation>Buscar contactos por nombre, empresa, cargo, notas o correo</translation>
    </message>
    <message>
        <source>Search name, company, title, notes, email (Ctrl+F)</source>
        <translation>Buscar nombre, empresa, cargo, notas, correo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Show the contacts in the trash</source>
        <translation>Mostrar los contactos de la papelera</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Mostrar la papelera</translation>
    </message>
    <message>
        <source>Brainstorm, target companies, duplicates</source>
        <translation>Lluvia de ideas, empresas objetivo, duplicados</translation>
    </message>
    <message>
        <source>More contact tools</source>
        <translation>Más herramientas de contactos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Añadir un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %Ln contact(s). Select one to restore it; emptying the trash deletes them for good.</source>
        <translation>
            <numerusform>Papelera: %Ln contacto. Selecciona uno para restaurarlo; al vaciar la papelera se eliminan definitivamente.</numerusform>
            <numerusform>Papelera: %Ln contactos. Selecciona uno para restaurarlo; al vaciar la papelera se eliminan definitivamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your contacts match</source>
        <translation>
            <numerusform>%Ln de tus contactos coincide</numerusform>
            <numerusform>%Ln de tus contactos coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>&amp;Brainstorm Your Network…</source>
        <translation>&amp;Lluvia de ideas sobre tu red…</translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation>Haz una lista de la gente que conoces, círculo por círculo</translation>
    </message>
    <message>
        <source>Ask for &amp;Referrals…</source>
        <translation>Pedir &amp;recomendaciones…</translation>
    </message>
    <message>
        <source>Add people the selected contact recommends</source>
        <translation>Añadir a las personas que recomienda el contacto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Target Companies…</source>
        <translation>&amp;Empresas objetivo…</translation>
    </message>
    <message>
        <source>Your target company list, who works there, who has it</source>
        <translation>Tu lista de empresas objetivo: quién trabaja allí, quién tiene contactos</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Find and merge contacts entered twice</source>
        <translation>Buscar y combinar contactos introducidos dos veces</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash (undo with Ctrl+Z)</source>
        <translation>Mover los contactos seleccionados a la papelera (Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>Mo&amp;strar la papelera</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>E&amp;xportar selección…</translation>
    </message>
    <message>
        <source>Save the selected contacts as a JSON file</source>
        <translation>Guardar los contactos seleccionados como archivo JSON</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>, best match first</source>
        <translation>, los más parecidos primero</translation>
    </message>
    <message>
        <source>The trash is empty. Contacts you delete wait here until you empty it.</source>
        <translation>La papelera está vacía. Los contactos que eliminas esperan aquí hasta que la vacíes.</translation>
    </message>
    <message>
        <source>No contact matches. Try fewer letters, or clear the filters (Esc).</source>
        <translation>Ningún contacto coincide. Prueba con menos letras o quita los filtros (Esc).</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add someone, brainstorm your network circle by circle (Ctrl+Shift+B), or import your address book (File → Import).</source>
        <translation>Aún no hay contactos. Pulsa Ctrl+N para añadir a alguien, haz una lluvia de ideas sobre tu red círculo por círculo (Ctrl+Shift+B) o importa tu libreta de direcciones (Archivo → Importar).</translation>
    </message>
    <message>
        <source>Nothing to show here.</source>
        <translation>Aquí no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation>Selecciona un contacto para ver y editar sus datos.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one folder: your contacts, follow-ups, pitches and backups. Copy the folder to move Rapport to another computer.</source>
        <translation>Todo se queda en este ordenador, en una sola carpeta: tus contactos, seguimientos, pitches y copias de seguridad. Copia la carpeta para llevar Rapport a otro ordenador.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Mostrar la carpeta en el gestor de archivos</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a day — {example}, {iso}, “tomorrow”, “fri”, “+3” — or press Alt+Down for a calendar</source>
        <translation>Escribe un día — {example}, {iso}, “mañana”, “vie”, “+3” — o pulsa Alt+Down para ver un calendario</translation>
    </message>
    <message>
        <source>not a day — try “{example}” or “tomorrow”</source>
        <translation>no es un día: prueba “{example}” o “mañana”</translation>
    </message>
    <message>
        <source>{day} is too early: {first} or later</source>
        <translation>{day} es demasiado pronto: el {first} o después</translation>
    </message>
    <message>
        <source>{day} is too late: {last} or earlier</source>
        <translation>{day} es demasiado tarde: el {last} o antes</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>{what}: day</source>
        <translation>{what}: día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>{what}: month</source>
        <translation>{what}: mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>The year, if you know it</source>
        <translation>El año, si lo sabes</translation>
    </message>
    <message>
        <source>{what}: year (optional)</source>
        <translation>{what}: año (opcional)</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>{what}: day</source>
        <translation>{what}: día</translation>
    </message>
    <message>
        <source>{what}: time</source>
        <translation>{what}: hora</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>today, now</source>
        <translation>hoy, ahora</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>the day after tomorrow, day after tomorrow</source>
        <translation>pasado mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>the day before yesterday, day before yesterday</source>
        <translation>anteayer, antes de ayer</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <source>Add a date</source>
        <translation>Añadir una fecha</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message numerus="yes">
        <source>{day}: %Ln follow-up(s)</source>
        <translation>
            <numerusform>{day}: %Ln seguimiento</numerusform>
            <numerusform>{day}: %Ln seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}
%Ln follow-up(s)</source>
        <translation>
            <numerusform>{day}
%Ln seguimiento</numerusform>
            <numerusform>{day}
%Ln seguimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation>Seguimientos del día seleccionado</translation>
    </message>
    <message>
        <source>What is planned on the day chosen in the calendar; Ctrl+D marks the selected ones done</source>
        <translation>Lo previsto para el día elegido en el calendario; Ctrl+D marca como hechos los seguimientos seleccionados</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>Marcar como hechos los seguimientos seleccionados (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation>Posponer los seguimientos seleccionados (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Show the contact of the selected item</source>
        <translation>Mostrar el contacto del elemento seleccionado</translation>
    </message>
    <message>
        <source>Nothing on {day}. Drag a follow-up or a meeting here to move it.</source>
        <translation>Nada el {day}. Arrastra aquí un seguimiento o una reunión para moverlo.</translation>
    </message>
</context>
<context>
    <name>DaysBeforeBox</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
</context>
<context>
    <name>DefaultCircle</name>
    <message>
        <source>Former co-workers</source>
        <translation>Antiguos compañeros de trabajo</translation>
    </message>
    <message>
        <source>Colleagues and managers from every job, people at clients and suppliers, interns you mentored.</source>
        <translation>Compañeros y jefes de cada empleo, gente de clientes y proveedores, becarios a los que orientaste.</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Close friends and old friends you have lost touch with.</source>
        <translation>Amigos cercanos y viejos amigos con los que perdiste el contacto.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Parents, siblings, in-laws, cousins — distant cousins too.</source>
        <translation>Padres, hermanos, familia política, primos; también los primos lejanos.</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <source>Next door, across the street, the old neighbourhood.</source>
        <translation>Los de al lado, los de enfrente, el barrio de antes.</translation>
    </message>
    <message>
        <source>Church &amp; faith community</source>
        <translation>Parroquia y comunidad de fe</translation>
    </message>
    <message>
        <source>People you see at services, volunteering or study groups.</source>
        <translation>Gente a la que ves en los oficios, el voluntariado o los grupos de estudio.</translation>
    </message>
    <message>
        <source>Clubs &amp; sports</source>
        <translation>Clubes y deportes</translation>
    </message>
    <message>
        <source>The gym, a bowling league, a running club, the choir, a book club.</source>
        <translation>El gimnasio, una liga de bolos, un club de corredores, el coro, un club de lectura.</translation>
    </message>
    <message>
        <source>School &amp; alumni</source>
        <translation>Estudios y antiguos alumnos</translation>
    </message>
    <message>
        <source>Classmates, teachers, alumni of your school or university.</source>
        <translation>Compañeros de clase, profesores, antiguos alumnos de tu colegio o universidad.</translation>
    </message>
    <message>
        <source>Professional groups &amp; events</source>
        <translation>Grupos y eventos profesionales</translation>
    </message>
    <message>
        <source>Associations, meet-ups, conferences, people you met at a talk.</source>
        <translation>Asociaciones, encuentros, congresos, gente que conociste en una charla.</translation>
    </message>
    <message>
        <source>People who serve me</source>
        <translation>Quienes me prestan servicios</translation>
    </message>
    <message>
        <source>Dry cleaner, accountant, lawyer, hairdresser, doctor, dentist, mechanic, real-estate agent.</source>
        <translation>Tintorería, gestor, abogado, peluquero, médico, dentista, mecánico, agente inmobiliario.</translation>
    </message>
    <message>
        <source>Kids&apos; school &amp; activities</source>
        <translation>Colegio y actividades de los hijos</translation>
    </message>
    <message>
        <source>Other parents, coaches, teachers.</source>
        <translation>Otros padres y madres, entrenadores, profesores.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>People you know mostly through LinkedIn or online communities.</source>
        <translation>Gente a la que conoces sobre todo por LinkedIn o comunidades en línea.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a contact to see and edit their details.</source>
        <translation>Selecciona un contacto para ver y editar sus datos.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Este contacto ya no existe.</translation>
    </message>
</context>
<context>
    <name>DoneBar</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Abrir guion</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>DoorOpenersPanel</name>
    <message>
        <source>Who opens doors</source>
        <translation>Quién abre puertas</translation>
    </message>
    <message>
        <source>No referrals yet. End each conversation with “Who else would you recommend I talk to?” and add the names with Ask for Referrals (Ctrl+Shift+R): the people who open doors show up here.</source>
        <translation>Aún no hay recomendaciones. Termina cada conversación con “¿Con quién más me recomiendas hablar?” y añade los nombres con Pedir recomendaciones (Ctrl+Shift+R): aquí aparecerán las personas que te abren puertas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your top door-openers</source>
        <translation>Quienes más puertas te abren</translation>
    </message>
    <message>
        <source>{n} who referred anyone</source>
        <translation>{n} que recomendaron a alguien</translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation>Personas que te recomendaron a alguien</translation>
    </message>
    <message>
        <source>{top} — the top fifth of the {everyone} — gave you &lt;b&gt;{share}&lt;/b&gt; of your {total} referrals. Keep them warm: thank them, tell them how it went.</source>
        <translation>{top} — la quinta parte superior de los {everyone} — te dieron &lt;b&gt;{share}&lt;/b&gt; de tus {total} recomendaciones. Cuídalos: dales las gracias y cuéntales cómo fue.</translation>
    </message>
    <message>
        <source>Referred by {n}</source>
        <translation>Recomendado por {n}</translation>
    </message>
    <message>
        <source>Met through {n}</source>
        <translation>Conocido a través de {n}</translation>
    </message>
    <message>
        <source>Leads through {n}</source>
        <translation>Pistas a través de {n}</translation>
    </message>
    <message>
        <source>and {n} more…</source>
        <translation>y {n} más…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistas</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <source>The subject of the email to {to}</source>
        <translation>El asunto del correo para {to}</translation>
    </message>
    <message>
        <source>The email to {to}; change it as you like before sending</source>
        <translation>El correo para {to}; cámbialo como quieras antes de enviarlo</translation>
    </message>
    <message>
        <source>Copy the email to {to}, to paste it into another program</source>
        <translation>Copiar el correo para {to} y pegarlo en otro programa</translation>
    </message>
    <message>
        <source>Open the email to {to} in your mail program, ready to send</source>
        <translation>Abrir el correo para {to} en tu programa de correo, listo para enviar</translation>
    </message>
    <message>
        <source>(no email address — copy the text instead)</source>
        <translation>(sin dirección de correo: copia el texto)</translation>
    </message>
    <message>
        <source>Fill in before sending: {fields}</source>
        <translation>Completar antes de enviar: {fields}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy instead.</source>
        <translation>Ningún programa de correo respondió. Usa Copiar.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contactos duplicados</translation>
    </message>
    <message>
        <source>Looking for people entered twice…</source>
        <translation>Buscando personas introducidas dos veces…</translation>
    </message>
    <message>
        <source>Duplicate pairs</source>
        <translation>Pares duplicados</translation>
    </message>
    <message>
        <source>Pairs of contacts that may be the same person: the one to keep, the one to merge into it, and why</source>
        <translation>Pares de contactos que podrían ser la misma persona: el que se conserva, el que se combina con él y por qué</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Combinar en este</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>Merge the selected pair into one contact</source>
        <translation>Combinar el par seleccionado en un solo contacto</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Stop listing the selected pair as duplicates</source>
        <translation>Dejar de mostrar el par seleccionado como duplicados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the search for people entered twice</source>
        <translation>Detener la búsqueda de personas introducidas dos veces</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>La búsqueda falló: {error}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate(s), the surest first. Merging keeps everything from both.</source>
        <translation>
            <numerusform>%Ln posible duplicado, los más seguros primero. Al combinar se conserva todo lo de ambos.</numerusform>
            <numerusform>%Ln posibles duplicados, los más seguros primero. Al combinar se conserva todo lo de ambos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found. Same email, same LinkedIn profile and similar names at the same company are checked.</source>
        <translation>No se encontraron duplicados. Se comprueban el mismo correo, el mismo perfil de LinkedIn y nombres parecidos en la misma empresa.</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation>p. ej., Ada</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>e.g. Okafor</source>
        <translation>p. ej., Okafor</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Mostrar como</translation>
    </message>
    <message>
        <source>Leave empty to use the given and family names</source>
        <translation>Déjalo vacío para usar el nombre y los apellidos</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Dónde trabaja</translation>
    </message>
    <message>
        <source>On my list of target companies</source>
        <translation>En mi lista de empresas objetivo</translation>
    </message>
    <message>
        <source>Target company</source>
        <translation>Empresa objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>e.g. Operations lead</source>
        <translation>p. ej., Responsable de operaciones</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Perfil de LinkedIn</translation>
    </message>
    <message>
        <source>Open the profile in your browser</source>
        <translation>Abrir el perfil en el navegador</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Weak ties (acquaintances, new people) often help the most</source>
        <translation>Los vínculos débiles (conocidos, gente nueva) suelen ser los que más ayudan</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Invitation date</source>
        <translation>Fecha de la invitación</translation>
    </message>
    <message>
        <source>Who referred them? Type a name</source>
        <translation>¿Quién te lo recomendó? Escribe un nombre</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Show the person who referred them</source>
        <translation>Mostrar a la persona que lo recomendó</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <source>e.g. Bowling league, Thursday team</source>
        <translation>p. ej., Liga de bolos, equipo del jueves</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Por qué conectar</translation>
    </message>
    <message>
        <source>What you&apos;d like to learn from them, or how you could help</source>
        <translation>Lo que te gustaría aprender de esta persona, o cómo podrías ayudarla</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Reconnect every</source>
        <translation>Retomar el contacto cada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How often to reconnect. 0 uses the cadence of their circles.</source>
        <translation>Cada cuánto retomar el contacto. 0 usa la frecuencia de sus círculos.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything worth remembering: family, interests, what you talked about</source>
        <translation>Todo lo que merezca recordarse: familia, aficiones, temas de conversación</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Más campos</translation>
    </message>
    <message>
        <source>Name parts, nickname, birthday, websites, chat</source>
        <translation>Partes del nombre, apodo, cumpleaños, sitios web, chat</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>p. ej., Dra.</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>e.g. Marie</source>
        <translation>p. ej., María</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>e.g. Jr. or PhD</source>
        <translation>p. ej., Jr. o PhD</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>What friends call them</source>
        <translation>Cómo lo llaman sus amigos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>p. ej., Logística</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation>Chat y redes sociales</translation>
    </message>
    <message>
        <source>Hide the fields most contacts do without</source>
        <translation>Ocultar los campos que la mayoría de los contactos no necesitan</translation>
    </message>
    <message>
        <source>Show more fields</source>
        <translation>Mostrar más campos</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>desplegado</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>plegado</translation>
    </message>
</context>
<context>
    <name>EditorSaving</name>
    <message>
        <source>Write the year with four digits, like 1985, or leave it empty.</source>
        <translation>Escribe el año con cuatro cifras, como 1985, o déjalo vacío.</translation>
    </message>
    <message>
        <source>There is no {day} in {year}.</source>
        <translation>No existe el {day} en {year}.</translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation>la base de datos está ocupada (otro programa o una sincronización está escribiendo en ella)</translation>
    </message>
    <message>
        <source>the disk is full — free some space</source>
        <translation>el disco está lleno: libera algo de espacio</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Your changes are kept; trying again in {n} s.</source>
        <translation>Aún sin guardar: {what}. Tus cambios se conservan; se reintentará dentro de {n} s.</translation>
    </message>
    <message>
        <source>Saved: the database took your changes.</source>
        <translation>Guardado: la base de datos aceptó tus cambios.</translation>
    </message>
    <message>
        <source>{fields} also changed elsewhere (an import, a sync or a command) while you were editing. Your text is kept; Edit → Undo brings back the other version.</source>
        <translation>{fields} también cambió en otro lugar (una importación, una sincronización o un comando) mientras editabas. Tu texto se conserva; Editar → Deshacer recupera la otra versión.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Contacts as vCard 3.0</source>
        <translation>Contactos como vCard 3.0</translation>
    </message>
    <message>
        <source>For phones and address books (Apple, Google, Outlook, Thunderbird). Read by almost everything.</source>
        <translation>Para móviles y libretas de direcciones (Apple, Google, Outlook, Thunderbird). Lo lee casi todo.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0</source>
        <translation>Contactos como vCard 4.0</translation>
    </message>
    <message>
        <source>The newer vCard standard (Nextcloud, Thunderbird, CardDAV servers).</source>
        <translation>El estándar vCard más reciente (Nextcloud, Thunderbird, servidores CardDAV).</translation>
    </message>
    <message>
        <source>Contacts as CSV</source>
        <translation>Contactos como CSV</translation>
    </message>
    <message>
        <source>Google Contacts&apos; layout: imports into Google and opens in any spreadsheet.</source>
        <translation>Con el formato de Google Contacts: se importa en Google y se abre en cualquier hoja de cálculo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Everything as JSON</source>
        <translation>Todo como JSON</translation>
    </message>
    <message>
        <source>All your data — contacts, interactions, follow-ups, pitches, templates — for safekeeping or scripts.</source>
        <translation>Todos tus datos (contactos, interacciones, seguimientos, pitches, plantillas) para guardarlos a buen recaudo o usarlos en scripts.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&lt;b&gt;What would you like to export?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Qué quieres exportar?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Contacts in the trash are not included.</source>
        <translation>No se incluyen los contactos de la papelera.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Elegir dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported {n} {noun} to {path}</source>
        <translation>Se exportaron {n} {noun} a {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>home</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Otro</translation>
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
        <translation>Buscapersonas</translation>
    </message>
    <message>
        <source>blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>home fax</source>
        <translation>Fax personal</translation>
    </message>
    <message>
        <source>work fax</source>
        <translation>Fax del trabajo</translation>
    </message>
    <message>
        <source>other fax</source>
        <translation>Otro fax</translation>
    </message>
    <message>
        <source>work mobile</source>
        <translation>Móvil del trabajo</translation>
    </message>
    <message>
        <source>work pager</source>
        <translation>Buscapersonas del trabajo</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <source>car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>Radioteléfono</translation>
    </message>
    <message>
        <source>ISDN</source>
        <translation>RDSI</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>Teléfono de texto</translation>
    </message>
    <message>
        <source>telex</source>
        <translation>Télex</translation>
    </message>
    <message>
        <source>home page</source>
        <translation>Página personal</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>screen name</source>
        <translation>Nombre de usuario</translation>
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
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Aniversario</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.json *.zip);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;LinkedIn data export (*.zip);;Rapport export (*.json);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.json *.zip);;Archivos CSV (*.csv);;Archivos vCard (*.vcf *.vcard);;Exportación de datos de LinkedIn (*.zip);;Exportación de Rapport (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Bring in the people you already know. People already in Rapport (same email, same LinkedIn profile, or same name and company) are merged, never doubled.</source>
        <translation>Trae a las personas que ya conoces. Las que ya están en Rapport (mismo correo, mismo perfil de LinkedIn, o mismo nombre y empresa) se combinan, nunca se duplican.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get a file&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn:&lt;/b&gt; Settings &amp;amp; Privacy → Data privacy → Get a copy of your data → Connections. LinkedIn emails you &lt;i&gt;Connections.csv&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Google Contacts:&lt;/b&gt; Export → Google CSV or vCard.&lt;br&gt;&lt;b&gt;Outlook:&lt;/b&gt; File → Open &amp;amp; Export → Import/Export → Export to a file → Comma Separated Values.&lt;br&gt;&lt;b&gt;Phone, Apple Contacts, Thunderbird:&lt;/b&gt; share or export your contacts as a &lt;i&gt;.vcf&lt;/i&gt; file.&lt;br&gt;&lt;b&gt;Rapport:&lt;/b&gt; File → Export… → JSON (&lt;i&gt;.json&lt;/i&gt;) brings everything back: into an empty data folder it restores it all, into one with data it adds what is new.</source>
        <translation>&lt;b&gt;Dónde conseguir un archivo&lt;/b&gt;&lt;br&gt;&lt;b&gt;LinkedIn:&lt;/b&gt; Configuración y privacidad → Privacidad de datos → Obtener una copia de tus datos → Contactos. LinkedIn te envía por correo &lt;i&gt;Connections.csv&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Google Contacts:&lt;/b&gt; Exportar → CSV de Google o vCard.&lt;br&gt;&lt;b&gt;Outlook:&lt;/b&gt; Archivo → Abrir y exportar → Importar o exportar → Exportar a un archivo → Valores separados por comas.&lt;br&gt;&lt;b&gt;Teléfono, Apple Contacts, Thunderbird:&lt;/b&gt; comparte o exporta tus contactos como archivo &lt;i&gt;.vcf&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Rapport:&lt;/b&gt; Archivo → Exportar… → JSON (&lt;i&gt;.json&lt;/i&gt;) lo recupera todo: en una carpeta de datos vacía lo restaura todo; en una con datos añade lo que sea nuevo.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Connections.csv, contacts.csv, contacts.vcf or rapport.json</source>
        <translation>Connections.csv, contacts.csv, contacts.vcf o rapport.json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Buscar un archivo</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconocer automáticamente</translation>
    </message>
    <message>
        <source>Rapport recognises the format from the content; choose one only if it cannot</source>
        <translation>Rapport reconoce el formato por el contenido; elige uno solo si no lo consigue</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {reason}.</source>
        <translation>&lt;b&gt;Este archivo no se puede importar.&lt;/b&gt; {reason}.</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>Contactos de LinkedIn (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Contactos (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Contactos de Outlook (CSV)</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Libreta de direcciones de Thunderbird (CSV)</translation>
    </message>
    <message>
        <source>Other CSV with name or e-mail columns</source>
        <translation>Otro CSV con columnas de nombre o correo</translation>
    </message>
    <message>
        <source>Rapport export (JSON)</source>
        <translation>Exportación de Rapport (JSON)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
    <message>
        <source>Circle filter</source>
        <translation>Filtro de círculo</translation>
    </message>
    <message>
        <source>Show one circle only</source>
        <translation>Mostrar un solo círculo</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtro de etapa</translation>
    </message>
    <message>
        <source>Show one stage only</source>
        <translation>Mostrar una sola etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Invitation status, quiet contacts, time to reconnect, target companies</source>
        <translation>Estado de la invitación, contactos inactivos, hora de retomar el contacto, empresas objetivo</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Not contacted in</source>
        <translation>Sin contacto en</translation>
    </message>
    <message>
        <source>Time to reconnect (due or overdue)</source>
        <translation>Hora de retomar el contacto (pendiente o atrasado)</translation>
    </message>
    <message>
        <source>At target companies</source>
        <translation>En empresas objetivo</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translation>Más filtros ({n})</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Todos los círculos</translation>
    </message>
    <message>
        <source>In no circle</source>
        <translation>Sin círculo</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln seguimiento</numerusform>
            <numerusform>%Ln seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>Done: {what}</source>
        <translation>Hecho: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Log %Ln interaction(s)</source>
        <translation>
            <numerusform>Registrar %Ln interacción</numerusform>
            <numerusform>Registrar %Ln interacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Snooze {what} to {day}</source>
        <translation>Posponer {what} ({day})</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <source>Snooze all overdue to {day}</source>
        <translation>Posponer todos los atrasados al {day}</translation>
    </message>
    <message>
        <source>Let go: {what}</source>
        <translation>Descartar: {what}</translation>
    </message>
    <message>
        <source>Stop repeating {what}</source>
        <translation>Dejar de repetir {what}</translation>
    </message>
    <message>
        <source>Reopen {what}</source>
        <translation>Reabrir {what}</translation>
    </message>
    <message>
        <source>Move {what} to {day}</source>
        <translation>Mover {what} al {day}</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>En &amp;3 días</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>La semana &amp;que viene</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <source>Each from its own due day</source>
        <translation>Cada uno desde su propio día de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Elegir una fecha…</translation>
    </message>
    <message>
        <source>Choose the day it comes back</source>
        <translation>Elegir el día en que vuelve</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <source>Snooze ▾</source>
        <translation>Posponer ▾</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>repeats {how}</source>
        <translation>se repite {how}</translation>
    </message>
    <message>
        <source>after the one before</source>
        <translation>después del anterior</translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation>movido (antes: {day})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Send thank-you to {name}</source>
        <translation>Enviar un agradecimiento a {name}</translation>
    </message>
    <message>
        <source>Friendly reminder to {name} about {about}</source>
        <translation>Recordatorio amable a {name} sobre {about}</translation>
    </message>
    <message>
        <source>Friendly reminder to {name} about what you sent on {day:day}</source>
        <translation>Recordatorio amable a {name} sobre lo que enviaste el {day:day}</translation>
    </message>
    <message>
        <source>Ask {name} how the introduction to {other} went</source>
        <translation>Preguntar a {name} qué tal fue la presentación a {other}</translation>
    </message>
    <message>
        <source>Contact {name} (referred by {referrer})</source>
        <translation>Contactar con {name} (recomendado por {referrer})</translation>
    </message>
    <message>
        <source>Tell {referrer} how it went with {name}</source>
        <translation>Contar a {referrer} cómo fue con {name}</translation>
    </message>
    <message>
        <source>Thank {name} for connecting; ask why and propose a chat</source>
        <translation>Agradecer a {name} la conexión; preguntar por qué y proponer una charla</translation>
    </message>
    <message>
        <source>Review pending invitation to {name} (withdraw or let go)</source>
        <translation>Revisar la invitación pendiente a {name} (retirarla o descartarla)</translation>
    </message>
    <message>
        <source>Reconnect with {name}</source>
        <translation>Retomar el contacto con {name}</translation>
    </message>
    <message>
        <source>Monthly update email to your network ({month:month})</source>
        <translation>Correo de novedades mensuales a tu red ({month:month})</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday</source>
        <translation>Felicitar a {name} por su cumpleaños</translation>
    </message>
    <message>
        <source>{kind:phrase} with {name}</source>
        <translation>{kind:phrase} con {name}</translation>
    </message>
    <message>
        <source>{kind:phrase} with {name}: {summary}</source>
        <translation>{kind:phrase} con {name}: {summary}</translation>
    </message>
    <message>
        <source>Check in about {role} at {company}</source>
        <translation>Hacer seguimiento de {role} en {company}</translation>
    </message>
    <message>
        <source>Check in about {role} at {company} with {name}</source>
        <translation>Hacer seguimiento de {role} en {company} con {name}</translation>
    </message>
    <message>
        <source>Thank {name} for the interview ({role} at {company})</source>
        <translation>Agradecer a {name} la entrevista ({role} en {company})</translation>
    </message>
    <message>
        <source>Prepare for the {company} interview (round {round}, {day:weekday_day})</source>
        <translation>Preparar la entrevista en {company} (ronda {round}, {day:weekday_day})</translation>
    </message>
    <message>
        <source>Tell {name} how it&apos;s going at {company}: {news:phrase}</source>
        <translation>Contar a {name} cómo va en {company}: {news:phrase}</translation>
    </message>
    <message>
        <source>Still interested in {role} at {company}? Apply, or let it go</source>
        <translation>¿Sigue interesándote {role} en {company}? Preséntate o descártalo</translation>
    </message>
    <message>
        <source>No news about {role} at {company} since {day:day}: follow up, or let it go</source>
        <translation>Sin noticias de {role} en {company} desde el {day:day}: haz un seguimiento o descártalo</translation>
    </message>
    <message>
        <source>you applied</source>
        <translation>enviaste la candidatura</translation>
    </message>
    <message>
        <source>a screening call</source>
        <translation>una llamada de preselección</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>entrevistas</translation>
    </message>
    <message>
        <source>an offer</source>
        <translation>una oferta</translation>
    </message>
    <message>
        <source>you accepted — thank them</source>
        <translation>aceptaste: dale las gracias</translation>
    </message>
    <message>
        <source>you declined the offer</source>
        <translation>rechazaste la oferta</translation>
    </message>
    <message>
        <source>it did not work out</source>
        <translation>no salió</translation>
    </message>
    <message>
        <source>you withdrew</source>
        <translation>te retiraste</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Contact referral</source>
        <translation>Contactar con una recomendación</translation>
    </message>
    <message>
        <source>Update referrer</source>
        <translation>Informar a quien te recomendó</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Recordatorio amable</translation>
    </message>
    <message>
        <source>Thank connection</source>
        <translation>Agradecer la conexión</translation>
    </message>
    <message>
        <source>Review invitation</source>
        <translation>Revisar la invitación</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Novedades del mes</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <source>Introduction check-in</source>
        <translation>Seguimiento de una presentación</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Application check-in</source>
        <translation>Seguimiento de candidatura</translation>
    </message>
    <message>
        <source>Interview thank-you</source>
        <translation>Agradecimiento tras la entrevista</translation>
    </message>
    <message>
        <source>Job news for referrer</source>
        <translation>Novedades para quien te recomendó</translation>
    </message>
    <message>
        <source>Interview prep</source>
        <translation>Preparar la entrevista</translation>
    </message>
    <message>
        <source>Quiet opportunity</source>
        <translation>Oportunidad sin noticias</translation>
    </message>
    <message>
        <source>Reminder (mine)</source>
        <translation>Recordatorio (propio)</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Contacto: {name}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Tipo: {kind}</translation>
    </message>
    <message>
        <source>First due: {day}</source>
        <translation>Primer vencimiento: {day}</translation>
    </message>
    <message>
        <source>{app} follow-ups</source>
        <translation>Seguimientos de {app}</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Nothing to follow up. Rapport adds follow-ups when you log conversations; add your own with “Add follow-up…”.</source>
        <translation>Nada pendiente. Rapport añade seguimientos cuando registras conversaciones; añade los tuyos con “Añadir seguimiento…”.</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Añadir seguimiento…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marcar como hecho el seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Let the selected follow-up go</source>
        <translation>Descartar el seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>Atrasado desde el {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Stage funnel</source>
        <translation>Embudo de etapas</translation>
    </message>
    <message>
        <source>How many relationships reached each stage; Enter lists the people of the chosen one</source>
        <translation>Cuántas relaciones llegaron a cada etapa; Enter muestra las personas de la etapa elegida</translation>
    </message>
    <message>
        <source>{stage}: {here} at this stage, {reached} at this stage or beyond. {hint}. Click to list everyone who got this far.</source>
        <translation>{stage}: {here} en esta etapa, {reached} en esta etapa o más allá. {hint}. Haz clic para ver a todos los que llegaron hasta aquí.</translation>
    </message>
    <message>
        <source>Reached “{s}” or beyond</source>
        <translation>Llegaron a “{s}” o más allá</translation>
    </message>
    <message>
        <source>How far each relationship got: solid = at this stage now, pale = moved beyond it. In brackets: of those who reached the stage above, how many got here.</source>
        <translation>Hasta dónde llegó cada relación: sólido = en esta etapa ahora; claro = la superó. Entre paréntesis: de los que llegaron a la etapa anterior, cuántos llegaron aquí.</translation>
    </message>
    <message>
        <source>Your contacts will show here by stage, from prospect to ally.</source>
        <translation>Aquí aparecerán tus contactos por etapa, de prospecto a aliado.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Rapport&apos;s window</source>
        <translation>El idioma de la ventana de Rapport</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>El mismo que el sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Rapport uses the language you choose the next time it starts.</source>
        <translation>Rapport usará el idioma que elijas la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>When Rapport starts, it tells you once a day what is due today. While it runs, it tells you about each follow-up as it comes due.</source>
        <translation>Cuando Rapport se inicia, te dice una vez al día qué vence hoy. Mientras está abierto, te avisa de cada seguimiento cuando vence.</translation>
    </message>
    <message>
        <source>Keep Rapport running in the system tray when its window is closed</source>
        <translation>Mantener Rapport en la bandeja del sistema al cerrar su ventana</translation>
    </message>
    <message>
        <source>Closing the window does not quit; Quit is in the menu of the tray icon</source>
        <translation>Cerrar la ventana no sale de Rapport; Salir está en el menú de su icono de la bandeja del sistema</translation>
    </message>
    <message>
        <source>Quit it from the tray icon&apos;s menu or with File → Quit (Ctrl+Q).</source>
        <translation>Ciérralo desde el menú del icono de la bandeja o con Archivo → Salir (Ctrl+Q).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Rapport.</source>
        <translation>Este escritorio no tiene bandeja del sistema: al cerrar la ventana se cierra Rapport.</translation>
    </message>
    <message>
        <source>Start Rapport when I log in</source>
        <translation>Iniciar Rapport al iniciar sesión</translation>
    </message>
    <message>
        <source>It starts in the tray, with the summary of the day; click the icon to open the window.</source>
        <translation>Se inicia en la bandeja, con el resumen del día; haz clic en el icono para abrir la ventana.</translation>
    </message>
    <message>
        <source>It opens its window, with the summary of the day in the status bar.</source>
        <translation>Abre su ventana, con el resumen del día en la barra de estado.</translation>
    </message>
    <message>
        <source>Rapport could not change how it starts at login: {error}</source>
        <translation>Rapport no pudo cambiar cómo se inicia al iniciar sesión: {error}</translation>
    </message>
</context>
<context>
    <name>GetStarted</name>
    <message>
        <source>Import your LinkedIn connections or address book</source>
        <translation>Importa tus contactos de LinkedIn o tu libreta de direcciones</translation>
    </message>
    <message>
        <source>List the people you know, circle by circle</source>
        <translation>Apunta a las personas que conoces, círculo por círculo</translation>
    </message>
    <message>
        <source>Write your 30-second pitch</source>
        <translation>Escribe tu pitch de 30 segundos</translation>
    </message>
    <message>
        <source>Rehearse it three times</source>
        <translation>Ensáyalo tres veces</translation>
    </message>
    <message>
        <source>Log your first conversation</source>
        <translation>Registra tu primera conversación</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>The next step of the checklist</source>
        <translation>El siguiente paso de la lista</translation>
    </message>
    <message>
        <source>Put the checklist away (Help → Get Started Checklist brings it back)</source>
        <translation>Guardar la lista (Ayuda → Lista de primeros pasos la recupera)</translation>
    </message>
    <message>
        <source>Hide the checklist</source>
        <translation>Ocultar la lista</translation>
    </message>
    <message>
        <source>Most jobs are found through people. Five steps set up your campaign; each one ticks itself when it is done.</source>
        <translation>La mayoría de los empleos se encuentran a través de personas. Cinco pasos ponen en marcha tu campaña; cada uno se marca solo cuando está hecho.</translation>
    </message>
    <message>
        <source>Explore with sample data…</source>
        <translation>Explorar con datos de ejemplo…</translation>
    </message>
    <message>
        <source>Opens a second window on fictional people in a separate folder; your own data is untouched.</source>
        <translation>Abre una segunda ventana con personas ficticias en una carpeta aparte; tus datos no se tocan.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <source>{n} of {total} done</source>
        <translation>{n} de {total} hechos</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Plegar</translation>
    </message>
    <message>
        <source>Show the five steps</source>
        <translation>Mostrar los cinco pasos</translation>
    </message>
    <message>
        <source>Fold the checklist into one line</source>
        <translation>Plegar la lista en una sola línea</translation>
    </message>
</context>
<context>
    <name>GiveButtons</name>
    <message>
        <source>Introduce…</source>
        <translation>Presentar…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Offer advice…</source>
        <translation>Ofrecer consejo…</translation>
    </message>
    <message>
        <source>Introduce them to someone</source>
        <translation>Preséntale a alguien</translation>
    </message>
    <message>
        <source>Who in your network should they know? Two people, one email.</source>
        <translation>¿A quién de tu red debería conocer? Dos personas, un correo.</translation>
    </message>
    <message>
        <source>Share an article or event</source>
        <translation>Comparte un artículo o un evento</translation>
    </message>
    <message>
        <source>Something useful for their work: a report, a talk, a meet-up.</source>
        <translation>Algo útil para su trabajo: un informe, una charla, un encuentro.</translation>
    </message>
    <message>
        <source>Offer advice</source>
        <translation>Ofrece consejo</translation>
    </message>
    <message>
        <source>Your experience may save them time — offer it, no strings attached.</source>
        <translation>Tu experiencia puede ahorrarle tiempo: ofrécela sin pedir nada a cambio.</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Share with {name}</source>
        <translation>Compartir con {name}</translation>
    </message>
    <message>
        <source>Offer advice to {name}</source>
        <translation>Ofrecer consejo a {name}</translation>
    </message>
    <message>
        <source>Something useful for their work — a report, a talk, a meet-up. It goes in your ledger as a give.</source>
        <translation>Algo útil para su trabajo: un informe, una charla, un encuentro. Se anota en tu balance como algo que das.</translation>
    </message>
    <message>
        <source>Your experience may save them time. Offer it with no strings attached; tick it in the ledger once you have given it.</source>
        <translation>Tu experiencia puede ahorrarle tiempo. Ofrécela sin pedir nada a cambio; márcala en el balance cuando la hayas dado.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>e.g. The 2026 warehouse robotics report</source>
        <translation>p. ej., El informe de 2026 sobre robótica en almacenes</translation>
    </message>
    <message>
        <source>e.g. A second look at her CV</source>
        <translation>p. ej., Una segunda revisión de su currículum</translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation>Enlace o lugar</translation>
    </message>
    <message>
        <source>https://… or where and when the event is</source>
        <translation>https://… o dónde y cuándo es el evento</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why it made you think of them (optional)</source>
        <translation>Por qué te hizo pensar en esta persona (opcional)</translation>
    </message>
    <message>
        <source>Also log it on their timeline (as an email)</source>
        <translation>Registrarlo también en su historial (como correo)</translation>
    </message>
    <message>
        <source>Add to ledger</source>
        <translation>Añadir al balance</translation>
    </message>
    <message>
        <source>Say what you shared or offered.</source>
        <translation>Indica qué compartiste u ofreciste.</translation>
    </message>
    <message>
        <source>This could not be recorded; see the log file for details.</source>
        <translation>No se pudo registrar; consulta el archivo de registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <source>Give before you ask</source>
        <translation>Da antes de pedir</translation>
    </message>
    <message>
        <source>Nothing given yet and no conversation: lead with curiosity, and look for a way to help.</source>
        <translation>Aún no has dado nada ni has conversado con esta persona: empieza con curiosidad y busca una forma de ayudar.</translation>
    </message>
    <message>
        <source>{first} has helped you already — find a way to return the favour.</source>
        <translation>{first} ya te ha ayudado: busca una forma de devolverle el favor.</translation>
    </message>
    <message>
        <source>You haven&apos;t given anything yet — look for a way to help before you ask.</source>
        <translation>Aún no has dado nada: busca una forma de ayudar antes de pedir.</translation>
    </message>
    <message>
        <source>You have asked more than you gave — find a way to help them this time.</source>
        <translation>Has pedido más de lo que has dado: busca una forma de ayudar esta vez.</translation>
    </message>
    <message>
        <source>A good footing. Keep giving: an introduction, an article, your experience.</source>
        <translation>Buena base. Sigue dando: una presentación, un artículo, tu experiencia.</translation>
    </message>
</context>
<context>
    <name>GoalsHistory</name>
    <message>
        <source>Weekly goals history</source>
        <translation>Historial de metas semanales</translation>
    </message>
    <message>
        <source>Week of {day}: {n}</source>
        <translation>Semana del {day}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>goal {t} a week · met {m} of %Ln week(s)</source>
        <translation>
            <numerusform>meta {t} por semana · cumplida {m} de %Ln semana</numerusform>
            <numerusform>meta {t} por semana · cumplida {m} de %Ln semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>not tracked — set a goal in Preferences</source>
        <translation>sin seguimiento: fija una meta en Preferencias</translation>
    </message>
    <message>
        <source>Follow-ups: on time vs late</source>
        <translation>Seguimientos: a tiempo frente a tarde</translation>
    </message>
    <message>
        <source>Week of {day}: {a} on time, {b} late</source>
        <translation>Semana del {day}: {a} a tiempo, {b} tarde</translation>
    </message>
    <message>
        <source>{p} on time (solid) · late (pale)</source>
        <translation>{p} a tiempo (sólido) · tarde (claro)</translation>
    </message>
    <message>
        <source>nothing done yet</source>
        <translation>aún no hay nada hecho</translation>
    </message>
</context>
<context>
    <name>GoalsStrip</name>
    <message>
        <source>This week&apos;s goals</source>
        <translation>Metas de esta semana</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your weeks so far, on the Insights page (Ctrl+5)</source>
        <translation>Tus semanas hasta ahora, en la página Análisis (Ctrl+5)</translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation>Fijar metas…</translation>
    </message>
    <message>
        <source>Choose your weekly targets</source>
        <translation>Elegir tus metas semanales</translation>
    </message>
    <message>
        <source>No weekly goals set. Choose a few targets — conversations, thank-yous, rehearsals, gives — and watch your streaks grow.</source>
        <translation>No hay metas semanales. Elige unas cuantas (conversaciones, agradecimientos, ensayos, cosas que das) y mira cómo crecen tus rachas.</translation>
    </message>
    <message>
        <source>{goal}: {done} of {target}</source>
        <translation>{goal}: {done} de {target}</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} de {target}</translation>
    </message>
    <message>
        <source>All met — well done!</source>
        <translation>Todas cumplidas: ¡bien hecho!</translation>
    </message>
    <message>
        <source>{met} of {n} met so far</source>
        <translation>{met} de {n} cumplidas</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Weekly goals</source>
        <translation>Metas semanales</translation>
    </message>
    <message>
        <source>Small, steady habits find jobs. Set a target for each week (Monday to Sunday); Today shows your progress and Insights your streaks. 0 leaves a goal out.</source>
        <translation>Los hábitos pequeños y constantes encuentran empleo. Fija una meta para cada semana (de lunes a domingo); Hoy muestra tu progreso y Análisis tus rachas. 0 deja una meta fuera.</translation>
    </message>
    <message>
        <source>{goal}: target a week</source>
        <translation>{goal}: meta por semana</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> por semana</translation>
    </message>
    <message>
        <source>Rapport also measures one habit without a target: how many follow-ups you complete by the day they are due.</source>
        <translation>Rapport también mide un hábito sin meta: cuántos seguimientos completas antes de su día de vencimiento.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started with Rapport</source>
        <translation>Primeros pasos con Rapport</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guía de primeros pasos</translation>
    </message>
    <message>
        <source>How to use Rapport, step by step; links open in your browser</source>
        <translation>Cómo usar Rapport, paso a paso; los enlaces se abren en tu navegador</translation>
    </message>
    <message>
        <source>The guide is missing from this installation: {path}</source>
        <translation>Falta la guía en esta instalación: {path}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open this guide in your web browser</source>
        <translation>Abrir esta guía en tu navegador web</translation>
    </message>
</context>
<context>
    <name>HandlesEditor</name>
    <message>
        <source>Add chat or social</source>
        <translation>Añadir chat o red social</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Rehearsal chart</source>
        <translation>Gráfico de ensayos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s); target {t:g} s</source>
        <translation>
            <numerusform>%Ln ensayo; objetivo {t:g} s</numerusform>
            <numerusform>%Ln ensayos; objetivo {t:g} s</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Target {t:g} s</source>
        <translation>Objetivo {t:g} s</translation>
    </message>
    <message>
        <source>Words a minute (right)</source>
        <translation>Palabras por minuto (derecha)</translation>
    </message>
    <message>
        <source>Your runs will appear here.</source>
        <translation>Aquí aparecerán tus ensayos.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No rehearsals yet. Press Rehearse (Ctrl+R), say your pitch out loud, and each run shows up here.</source>
        <translation>Aún no hay ensayos. Pulsa Ensayar (Ctrl+R), di tu pitch en voz alta y cada ensayo aparecerá aquí.</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Ensayos</translation>
    </message>
    <message>
        <source>Each time you rehearsed this pitch: how long it took, your pace, your rating and notes</source>
        <translation>Cada vez que ensayaste este pitch: cuánto duró, tu ritmo, tu valoración y tus notas</translation>
    </message>
    <message>
        <source>▶  Play recording</source>
        <translation>▶  Reproducir grabación</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ensayo</translation>
    </message>
    <message>
        <source>Delete the selected run and its recording (Del; undo with Ctrl+Z)</source>
        <translation>Eliminar el ensayo seleccionado y su grabación (Del; Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Mejor&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Average&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Media&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Último&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace&lt;/b&gt; {w:.0f} wpm</source>
        <translation>&lt;b&gt;Ritmo&lt;/b&gt; {w:.0f} ppm</translation>
    </message>
    <message>
        <source>&lt;b&gt;On target&lt;/b&gt; {n} of {total}</source>
        <translation>&lt;b&gt;En el objetivo&lt;/b&gt; {n} de {total}</translation>
    </message>
    <message>
        <source>🔥 {n} in a row</source>
        <translation>🔥 {n} seguidos</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported {file}: {line}</source>
        <translation>Importado {file}: {line}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Pasar al paso siguiente</translation>
    </message>
    <message>
        <source>Add the contacts shown in the preview</source>
        <translation>Añadir los contactos que muestra la vista previa</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Cerrar el asistente</translation>
    </message>
    <message>
        <source>Close the wizard without importing anything</source>
        <translation>Cerrar el asistente sin importar nada</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation>La importación falló y no se cambió nada: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>How your network works for you. Click any number to see the people behind it.</source>
        <translation>Cómo trabaja tu red para ti. Haz clic en cualquier número para ver las personas que hay detrás.</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>recomendaciones</translation>
    </message>
    <message>
        <source>conversations had</source>
        <translation>conversaciones mantenidas</translation>
    </message>
    <message>
        <source>leads at target companies</source>
        <translation>pistas en empresas objetivo</translation>
    </message>
    <message>
        <source>steps on your longest trail</source>
        <translation>pasos en tu cadena más larga</translation>
    </message>
    <message>
        <source>going cold</source>
        <translation>enfriándose</translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation>Enfriándose</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Metas semanales</translation>
    </message>
    <message>
        <source>Set goals…</source>
        <translation>Fijar metas…</translation>
    </message>
    <message>
        <source>Set a target for each week</source>
        <translation>Fijar una meta para cada semana</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Te los recomendaron</translation>
    </message>
    <message>
        <source>People someone recommended you talk to</source>
        <translation>Personas con las que alguien te recomendó hablar</translation>
    </message>
    <message>
        <source>People you have had a conversation with</source>
        <translation>Personas con las que has tenido una conversación</translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events that happened</source>
        <translation>Llamadas, cafés, reuniones, comidas y eventos que tuvieron lugar</translation>
    </message>
    <message>
        <source>Referred, at a target company</source>
        <translation>Recomendados, en una empresa objetivo</translation>
    </message>
    <message>
        <source>People referred to you who work at one of your target companies</source>
        <translation>Personas que te recomendaron y que trabajan en una de tus empresas objetivo</translation>
    </message>
    <message>
        <source>At the end of your longest trail</source>
        <translation>Al final de tu cadena más larga</translation>
    </message>
    <message>
        <source>How many introductions away from someone you knew your furthest contact is</source>
        <translation>A cuántas presentaciones de alguien que ya conocías está tu contacto más lejano</translation>
    </message>
    <message>
        <source>People you have been in touch with, now past their keep-in-touch maximum</source>
        <translation>Personas con las que has estado en contacto y que ya han pasado su plazo máximo sin contacto</translation>
    </message>
    <message numerus="yes">
        <source>the last %Ln week(s), this week on the right</source>
        <translation>
            <numerusform>la última semana, esta semana a la derecha</numerusform>
            <numerusform>las últimas %Ln semanas; esta semana a la derecha</numerusform>
        </translation>
    </message>
    <message>
        <source>no goals set yet</source>
        <translation>aún no hay metas</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>Introduce two people</source>
        <translation>Presentar a dos personas</translation>
    </message>
    <message>
        <source>Introducing two people who should know each other is one of the best gifts you can give. Ask each of them first, separately; once both say yes, send the introduction and log it — Rapport notes a give for each and reminds you to check in with both after {days} days.</source>
        <translation>Presentar a dos personas que deberían conocerse es uno de los mejores regalos que puedes hacer. Pregunta antes a cada una, por separado; cuando las dos digan que sí, envía la presentación y regístrala: Rapport anota algo que das a cada una y te recuerda preguntar a ambas cómo fue al cabo de {days} días.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Segunda persona</translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation>Presentar a</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Why they should meet</source>
        <translation>Por qué deberían conocerse</translation>
    </message>
    <message>
        <source>e.g. Both of you are rebuilding warehouse planning</source>
        <translation>p. ej., Las dos están rehaciendo la planificación de sus almacenes</translation>
    </message>
    <message>
        <source>Why meet?</source>
        <translation>¿Por qué conocerse?</translation>
    </message>
    <message>
        <source>the first person</source>
        <translation>la primera persona</translation>
    </message>
    <message>
        <source>the second person</source>
        <translation>la segunda persona</translation>
    </message>
    <message>
        <source>both people</source>
        <translation>ambas personas</translation>
    </message>
    <message>
        <source>1 · Ask the first</source>
        <translation>1 · Preguntar a la primera</translation>
    </message>
    <message>
        <source>2 · Ask the second</source>
        <translation>2 · Preguntar a la segunda</translation>
    </message>
    <message>
        <source>3 · Introduce both</source>
        <translation>3 · Presentar a ambas</translation>
    </message>
    <message>
        <source>Log introduction</source>
        <translation>Registrar presentación</translation>
    </message>
    <message>
        <source>Log it for both people: a give each, and a check-in with each later</source>
        <translation>Registrarlo para las dos personas: algo que das a cada una y un seguimiento con cada una más adelante</translation>
    </message>
    <message>
        <source>1 · Ask {name}</source>
        <translation>1 · Preguntar a {name}</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>la primera</translation>
    </message>
    <message>
        <source>2 · Ask {name}</source>
        <translation>2 · Preguntar a {name}</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>la segunda</translation>
    </message>
    <message>
        <source>No contact matches “{text}”.</source>
        <translation>Ningún contacto coincide con “{text}”.</translation>
    </message>
    <message>
        <source>Choose the two people to introduce.</source>
        <translation>Elige a las dos personas que quieres presentar.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Elige a dos personas distintas.</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation>No se pudo registrar la presentación; consulta el archivo de registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>ItemLists</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Marcar como hecho (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze (Ctrl+Shift+S)</source>
        <translation>Posponer (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Descartar (Delete)</translation>
    </message>
    <message>
        <source>Prepare for this meeting…</source>
        <translation>Preparar esta reunión…</translation>
    </message>
    <message>
        <source>Comes when the one before is done or let go</source>
        <translation>Llega cuando el anterior se haya hecho o descartado</translation>
    </message>
    <message>
        <source>Let go of this one</source>
        <translation>Descartar este</translation>
    </message>
    <message>
        <source>Let go of the series</source>
        <translation>Descartar la serie</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Abrir contacto</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Preparar una reunión…</translation>
    </message>
</context>
<context>
    <name>KindFilterButton</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show only some kinds of follow-up</source>
        <translation>Mostrar solo algunos tipos de seguimiento</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Mostrar todos los tipos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Calls, coffees, lunches, meetings and events you have planned</source>
        <translation>Llamadas, cafés, comidas, reuniones y eventos que tienes previstos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kind(s)</source>
        <translation>
            <numerusform>%Ln tipo</numerusform>
            <numerusform>%Ln tipos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Disk full</source>
        <translation>Disco lleno</translation>
    </message>
    <message>
        <source>The disk is full, so Rapport could not save. Free some space and try again; what was saved before is safe.</source>
        <translation>El disco está lleno, así que Rapport no pudo guardar. Libera espacio y vuelve a intentarlo; lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Carpeta de datos de solo lectura</translation>
    </message>
    <message>
        <source>Rapport cannot write to its data folder (it is read-only). Check the folder&apos;s permissions or the disk.</source>
        <translation>Rapport no puede escribir en su carpeta de datos (es de solo lectura). Revisa los permisos de la carpeta o el disco.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Rapport cannot open its database file. Check that the data folder exists and that you may write to it.</source>
        <translation>Rapport no puede abrir su archivo de base de datos. Comprueba que la carpeta de datos existe y que puedes escribir en ella.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Rapport is not allowed to use its database file. Check its permissions.</source>
        <translation>Rapport no tiene permiso para usar su archivo de base de datos. Revisa sus permisos.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Base de datos ocupada</translation>
    </message>
    <message>
        <source>The database is in use by another Rapport (or another program) and stayed locked. Close the other program or try again in a moment.</source>
        <translation>La base de datos la está usando otro Rapport (u otro programa) y sigue bloqueada. Cierra el otro programa o vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The database is locked by another connection. Try again in a moment.</source>
        <translation>La base de datos está bloqueada por otra conexión. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Disk error</source>
        <translation>Error de disco</translation>
    </message>
    <message>
        <source>The disk reported an error while Rapport was reading or writing. Check the disk; your last saved data is in the backups.</source>
        <translation>El disco informó de un error mientras Rapport leía o escribía. Revisa el disco; tus últimos datos guardados están en las copias de seguridad.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup (File → Restore backup…).</source>
        <translation>El archivo de base de datos está dañado. Restáuralo desde una copia de seguridad (Archivo → Restaurar copia de seguridad…).</translation>
    </message>
    <message>
        <source>Not a database</source>
        <translation>No es una base de datos</translation>
    </message>
    <message>
        <source>The database file is not a Rapport database. Restore it from a backup.</source>
        <translation>El archivo no es una base de datos de Rapport. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Cuota de disco superada</translation>
    </message>
    <message>
        <source>Your disk quota is used up. Free some space and try again.</source>
        <translation>Tu cuota de disco se ha agotado. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Read-only disk</source>
        <translation>Disco de solo lectura</translation>
    </message>
    <message>
        <source>The disk is read-only, so Rapport cannot write there.</source>
        <translation>El disco es de solo lectura, así que Rapport no puede escribir en él.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to write there. Check the folder&apos;s permissions.</source>
        <translation>Rapport no tiene permiso para escribir ahí. Revisa los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to do that here. Check the permissions.</source>
        <translation>Rapport no tiene permiso para hacer eso aquí. Revisa los permisos.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error.</source>
        <translation>El disco informó de un error de entrada/salida.</translation>
    </message>
</context>
<context>
    <name>KnownPanel</name>
    <message>
        <source>The interview</source>
        <translation>La entrevista</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Lo que sabes</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Primer encuentro</translation>
    </message>
    <message>
        <source>Why connect</source>
        <translation>Por qué conectar</translation>
    </message>
    <message>
        <source>on your target list ★</source>
        <translation>en tu lista de empresas objetivo ★</translation>
    </message>
    <message>
        <source>You also know {names}{more} there</source>
        <translation>También conoces allí a {names}{more}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>They referred</source>
        <translation>Te recomendó a</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) to you</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} earlier</source>
        <translation>… y {n} anteriores</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Nothing logged yet — this may be your first conversation.</source>
        <translation>Aún no hay nada registrado: puede que sea tu primera conversación con esta persona.</translation>
    </message>
    <message>
        <source>You promised</source>
        <translation>Prometiste</translation>
    </message>
    <message>
        <source>They helped with</source>
        <translation>Te ayudó con</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Pediste</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Contact referral</source>
        <translation>Contactar con una recomendación</translation>
    </message>
    <message>
        <source>Update referrer</source>
        <translation>Informar a quien te recomendó</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Recordatorio amable</translation>
    </message>
    <message>
        <source>Thank connection</source>
        <translation>Agradecer la conexión</translation>
    </message>
    <message>
        <source>Review invitation</source>
        <translation>Revisar la invitación</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Novedades del mes</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <source>Introduction check-in</source>
        <translation>Seguimiento de una presentación</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Application check-in</source>
        <translation>Seguimiento de candidatura</translation>
    </message>
    <message>
        <source>Interview thank-you</source>
        <translation>Agradecimiento tras la entrevista</translation>
    </message>
    <message>
        <source>Job news for referrer</source>
        <translation>Novedades para quien te recomendó</translation>
    </message>
    <message>
        <source>Interview prep</source>
        <translation>Preparar la entrevista</translation>
    </message>
    <message>
        <source>Quiet opportunity</source>
        <translation>Oportunidad sin noticias</translation>
    </message>
    <message>
        <source>Reminder (mine)</source>
        <translation>Recordatorio (propio)</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Me interesa</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entrevistas</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>worth applying to; not applied yet</source>
        <translation>merece una candidatura; aún no enviada</translation>
    </message>
    <message>
        <source>application sent, waiting to hear</source>
        <translation>candidatura enviada, esperando respuesta</translation>
    </message>
    <message>
        <source>a first call with a recruiter or HR</source>
        <translation>una primera llamada con un reclutador o RR. HH.</translation>
    </message>
    <message>
        <source>one or more rounds of interviews</source>
        <translation>una o varias rondas de entrevistas</translation>
    </message>
    <message>
        <source>an offer is on the table</source>
        <translation>hay una oferta sobre la mesa</translation>
    </message>
    <message>
        <source>you said yes</source>
        <translation>dijiste que sí</translation>
    </message>
    <message>
        <source>you said no to an offer</source>
        <translation>rechazaste una oferta</translation>
    </message>
    <message>
        <source>they said no</source>
        <translation>te dijeron que no</translation>
    </message>
    <message>
        <source>you stepped back</source>
        <translation>te retiraste</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Through a contact</source>
        <translation>A través de un contacto</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Cold application</source>
        <translation>Candidatura espontánea</translation>
    </message>
    <message>
        <source>Referred me</source>
        <translation>Me recomendó</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Inside contact</source>
        <translation>Contacto interno</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Reunido</translation>
    </message>
    <message>
        <source>Ally</source>
        <translation>Aliado</translation>
    </message>
    <message>
        <source>Someone to reach out to</source>
        <translation>Alguien a quien contactar</translation>
    </message>
    <message>
        <source>Invitation sent, no answer yet</source>
        <translation>Invitación enviada, aún sin respuesta</translation>
    </message>
    <message>
        <source>Connected, not yet talked</source>
        <translation>Conectado, aún sin hablar</translation>
    </message>
    <message>
        <source>Had a call or a chat</source>
        <translation>Hubo una llamada o una charla</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Encuentro en persona</translation>
    </message>
    <message>
        <source>Actively helping you</source>
        <translation>Te está ayudando activamente</translation>
    </message>
    <message>
        <source>No invitation</source>
        <translation>Sin invitación</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitación enviada</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Invitación recibida</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cercano</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Conocido</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Sent something</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Gave me referrals</source>
        <translation>Me dio recomendaciones</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>I asked</source>
        <translation>Pedí</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>Recibí</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>imported from LinkedIn</source>
        <translation>importado de LinkedIn</translation>
    </message>
    <message>
        <source>imported from a vCard</source>
        <translation>importado de una vCard</translation>
    </message>
    <message>
        <source>imported from Google</source>
        <translation>importado de Google</translation>
    </message>
    <message>
        <source>imported from Outlook</source>
        <translation>importado de Outlook</translation>
    </message>
    <message>
        <source>scanned from a business card</source>
        <translation>escaneado de una tarjeta de visita</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Nombre tal como se muestra</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Keep-in-touch status: in touch, due (time to reconnect) or overdue (going cold)</source>
        <translation>Estado del contacto: en contacto, toca retomar (hora de retomar el contacto) o atrasado (se está enfriando)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Where they work; ★ marks a target company</source>
        <translation>Dónde trabaja; ★ indica una empresa objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>The circles they belong to</source>
        <translation>Los círculos a los que pertenece</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>How far the relationship has come</source>
        <translation>Hasta dónde ha llegado la relación</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Last conversation, and whether it is time to reconnect</source>
        <translation>Última conversación, y si es hora de retomar el contacto</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next open follow-up</source>
        <translation>Próximo seguimiento abierto</translation>
    </message>
    <message>
        <source>Give/ask balance: what you gave minus what you asked (Always Be Giving)</source>
        <translation>Balance de dar y pedir: lo que diste menos lo que pediste (da siempre)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Toca retomar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>en contacto</translation>
    </message>
    <message>
        <source>due</source>
        <translation>toca retomar</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>not in touch yet</source>
        <translation>aún sin contacto</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>Calls, coffees, meetings, lunches and events with people in your network.</source>
        <translation>Llamadas, cafés, reuniones, comidas y eventos con personas de tu red.</translation>
    </message>
    <message>
        <source>Thank-yous on time</source>
        <translation>Agradecimientos a tiempo</translation>
    </message>
    <message>
        <source>thank-yous</source>
        <translation>agradecimientos</translation>
    </message>
    <message>
        <source>Thank-you follow-ups done by the day they were due — the same day is best.</source>
        <translation>Seguimientos de agradecimiento hechos como tarde el día previsto; mejor el mismo día.</translation>
    </message>
    <message>
        <source>Pitch rehearsals</source>
        <translation>Ensayos del pitch</translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation>ensayos</translation>
    </message>
    <message>
        <source>Timed runs of one of your pitches.</source>
        <translation>Ensayos cronometrados de uno de tus pitches.</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Cosas que das</translation>
    </message>
    <message>
        <source>gives</source>
        <translation>cosas que das</translation>
    </message>
    <message>
        <source>Introductions, articles or events shared, advice offered — anything you noted as “I gave”.</source>
        <translation>Presentaciones, artículos o eventos compartidos, consejos ofrecidos: todo lo que anotaste como “Di”.</translation>
    </message>
    <message>
        <source>Thank-you after a conversation</source>
        <translation>Agradecimiento después de una conversación</translation>
    </message>
    <message>
        <source>After a call, coffee, meeting, lunch or event: send a short thank-you the same day.</source>
        <translation>Después de una llamada, un café, una reunión, una comida o un evento: envía un breve agradecimiento el mismo día.</translation>
    </message>
    <message>
        <source>Contact a referral</source>
        <translation>Contactar con una recomendación</translation>
    </message>
    <message>
        <source>When someone is referred to you: get in touch within a few days (an unused introduction embarrasses the person who made it).</source>
        <translation>Cuando te recomiendan a alguien: ponte en contacto en pocos días (una presentación que no se aprovecha deja en mal lugar a quien la hizo).</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Contar a quien te recomendó cómo fue</translation>
    </message>
    <message>
        <source>After the first conversation with a referred contact: let the person who referred them know.</source>
        <translation>Tras la primera conversación con un contacto recomendado: cuéntaselo a quien te lo recomendó.</translation>
    </message>
    <message>
        <source>Friendly reminder after sending something</source>
        <translation>Recordatorio amable después de enviar algo</translation>
    </message>
    <message>
        <source>After you send a target list, résumé or article: one polite reminder if you have not heard back (7–10 days is about right).</source>
        <translation>Después de enviar una lista de empresas, un currículum o un artículo: un recordatorio educado si no has tenido respuesta (entre 7 y 10 días es lo adecuado).</translation>
    </message>
    <message>
        <source>Check in after an introduction</source>
        <translation>Seguimiento después de una presentación</translation>
    </message>
    <message>
        <source>A week after you introduce two people: ask each of them how it went — and whether they have met yet.</source>
        <translation>Una semana después de presentar a dos personas: pregunta a cada una qué tal fue y si ya se han visto.</translation>
    </message>
    <message>
        <source>Thank a new connection</source>
        <translation>Agradecer una nueva conexión</translation>
    </message>
    <message>
        <source>When an invitation is accepted: thank them, ask what made them connect, propose a short chat.</source>
        <translation>Cuando aceptan una invitación: da las gracias, pregunta qué le llevó a conectar y propón una charla breve.</translation>
    </message>
    <message>
        <source>Review a pending invitation</source>
        <translation>Revisar una invitación pendiente</translation>
    </message>
    <message>
        <source>When an invitation you sent stays unanswered: review it (withdraw it or let it go).</source>
        <translation>Cuando una invitación que enviaste sigue sin respuesta: revísala (retírala o descártala).</translation>
    </message>
    <message>
        <source>Check in after applying</source>
        <translation>Seguimiento después de presentar una candidatura</translation>
    </message>
    <message>
        <source>When nothing has moved a week after you applied: a short, friendly note to the recruiter or the hiring manager (or whoever referred you).</source>
        <translation>Cuando nada se ha movido una semana después de presentar tu candidatura: una nota breve y amable al reclutador o al responsable de contratación (o a quien te recomendó).</translation>
    </message>
    <message>
        <source>Thank each interviewer</source>
        <translation>Agradecer a cada entrevistador</translation>
    </message>
    <message>
        <source>On the day of an interview: a thank-you to each person who interviewed you.</source>
        <translation>El día de una entrevista: un agradecimiento a cada persona que te entrevistó.</translation>
    </message>
    <message>
        <source>Tell the referrer how it is going</source>
        <translation>Contar a quien te recomendó cómo va</translation>
    </message>
    <message>
        <source>After each stage change of an opportunity someone referred you to: let them know — they opened the door.</source>
        <translation>Tras cada cambio de etapa de una oportunidad para la que alguien te recomendó: cuéntaselo; te abrió la puerta.</translation>
    </message>
    <message>
        <source>Prepare for an interview</source>
        <translation>Preparar una entrevista</translation>
    </message>
    <message>
        <source>Before an interview: read the prep sheet — the opportunity&apos;s notes, the people, your pitch.</source>
        <translation>Antes de una entrevista: lee la ficha de preparación (las notas de la oportunidad, las personas, tu pitch).</translation>
    </message>
    <message>
        <source>Nudge a quiet opportunity</source>
        <translation>Reactivar una oportunidad sin noticias</translation>
    </message>
    <message>
        <source>When nothing has happened with an open opportunity for a while: follow up, or let it go.</source>
        <translation>Cuando no ha pasado nada con una oportunidad abierta durante un tiempo: haz un seguimiento o descártala.</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>¿De qué se habló?</translation>
    </message>
    <message>
        <source>Where, and what did you learn?</source>
        <translation>¿Dónde fue y qué aprendiste?</translation>
    </message>
    <message>
        <source>What came out of it?</source>
        <translation>¿Qué salió de ahí?</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>¿Qué evento?</translation>
    </message>
    <message>
        <source>Subject or gist</source>
        <translation>Asunto o idea principal</translation>
    </message>
    <message>
        <source>Gist of the message</source>
        <translation>Idea principal del mensaje</translation>
    </message>
    <message>
        <source>What you sent, e.g. my target company list</source>
        <translation>Lo que enviaste, p. ej., mi lista de empresas objetivo</translation>
    </message>
    <message>
        <source>Who did you introduce, and why?</source>
        <translation>¿A quién presentaste y por qué?</translation>
    </message>
    <message>
        <source>Whom did they suggest?</source>
        <translation>¿A quién te sugirió?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>Warm call</source>
        <translation>Llamada cálida</translation>
    </message>
    <message>
        <source>Connection note</source>
        <translation>Nota de conexión</translation>
    </message>
    <message>
        <source>Thanks for connecting</source>
        <translation>Gracias por conectar</translation>
    </message>
    <message>
        <source>Referral ask</source>
        <translation>Pedir recomendaciones</translation>
    </message>
    <message>
        <source>Update the referrer</source>
        <translation>Informar a quien te recomendó</translation>
    </message>
    <message>
        <source>Introduction — ask first</source>
        <translation>Presentación: preguntar antes</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Nothing given or asked yet. Introduce them to someone, share an article, offer advice — then note it here.</source>
        <translation>Aún no has dado ni pedido nada. Preséntale a alguien, comparte un artículo, ofrece consejo… y anótalo aquí.</translation>
    </message>
    <message>
        <source>Give:</source>
        <translation>Dar:</translation>
    </message>
    <message>
        <source>Note the ask anyway</source>
        <translation>Anotar la petición de todos modos</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>e.g. Introduced her to Joe at Northwind</source>
        <translation>p. ej., Le presenté a Joe de Northwind</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>Márcalo cuando esté hecho (entregado, respondido)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>LightWidget</name>
    <message>
        <source>Grey — keep going</source>
        <translation>Gris — sigue</translation>
    </message>
    <message>
        <source>Green — you can finish</source>
        <translation>Verde — ya puedes terminar</translation>
    </message>
    <message>
        <source>Yellow — wrap up</source>
        <translation>Amarilla — ve cerrando</translation>
    </message>
    <message>
        <source>Red — time&apos;s up</source>
        <translation>Roja — se acabó el tiempo</translation>
    </message>
    <message>
        <source>Rehearsal light: {state}</source>
        <translation>Luz de ensayo: {state}</translation>
    </message>
    <message>
        <source>Grey while you speak, green once you can finish, yellow to wrap up, red when time is up</source>
        <translation>Gris mientras hablas, verde cuando ya puedes terminar, amarilla para ir cerrando, roja cuando se acaba el tiempo</translation>
    </message>
</context>
<context>
    <name>LinkContactsDialog</name>
    <message>
        <source>Who does this pitch suit?</source>
        <translation>¿A quién le encaja este pitch?</translation>
    </message>
    <message>
        <source>Search by name or company</source>
        <translation>Buscar por nombre o empresa</translation>
    </message>
    <message>
        <source>Tick the people you would give this version of your pitch to.</source>
        <translation>Marca las personas a las que darías esta versión de tu pitch.</translation>
    </message>
    <message>
        <source>No contact matches. Add people on the Contacts page first.</source>
        <translation>Ningún contacto coincide. Añade antes a personas en la página Contactos.</translation>
    </message>
    <message>
        <source>Showing the first {n}: type to narrow down.</source>
        <translation>Se muestran los {n} primeros: escribe para acotar.</translation>
    </message>
    <message>
        <source>{n} linked</source>
        <translation>{n} vinculados</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Who? Type a name</source>
        <translation>¿Quién? Escribe un nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>How you were in touch: a coffee, a call, an email…</source>
        <translation>Qué tipo de contacto fue: un café, una llamada, un correo…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>The other person of the introduction</source>
        <translation>La otra persona de la presentación</translation>
    </message>
    <message>
        <source>Introduced to</source>
        <translation>Presentado a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything to remember: what they need, names they gave, promises made</source>
        <translation>Lo que haya que recordar: qué necesita, nombres que te dio, promesas hechas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Recordármelo en</translation>
    </message>
    <message>
        <source>Add a follow-up to get back in touch after the days set next</source>
        <translation>Añadir un seguimiento para retomar el contacto pasados los días indicados al lado</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Días hasta el recordatorio</translation>
    </message>
    <message>
        <source>How many days from today the follow-up falls due</source>
        <translation>Dentro de cuántos días, a partir de hoy, vence el seguimiento</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Texto del recordatorio</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Hacer un seguimiento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Friendly reminder about what I sent</source>
        <translation>Recordatorio amable sobre lo que envié</translation>
    </message>
    <message>
        <source>Send a thank-you today, and ask who else they&apos;d recommend you talk to.</source>
        <translation>Envía hoy un agradecimiento y pregunta con quién más te recomendaría hablar.</translation>
    </message>
    <message>
        <source>If you hear nothing, one friendly reminder after a week to ten days is right.</source>
        <translation>Si no tienes noticias, lo adecuado es un recordatorio amable al cabo de una semana o diez días.</translation>
    </message>
    <message>
        <source>a thank-you, due {day}</source>
        <translation>un agradecimiento ({day})</translation>
    </message>
    <message>
        <source>a friendly reminder, due {day}</source>
        <translation>un recordatorio amable ({day})</translation>
    </message>
    <message>
        <source>the introduction on both timelines and a give in both ledgers</source>
        <translation>la presentación en ambos historiales y algo que das en ambos balances</translation>
    </message>
    <message>
        <source>a check-in with each of them, due {day}</source>
        <translation>un seguimiento con cada uno ({day})</translation>
    </message>
    <message>
        <source>the next reconnect moves to {day}</source>
        <translation>el próximo contacto pasa a: {day}</translation>
    </message>
    <message>
        <source>Rapport will add: {items}.</source>
        <translation>Rapport añadirá: {items}.</translation>
    </message>
    <message>
        <source>Choose who it was with: type part of their name and pick them.</source>
        <translation>Elige con quién fue: escribe parte de su nombre y elígelo.</translation>
    </message>
    <message>
        <source>No contact matches {text!r} for the introduction.</source>
        <translation>Ningún contacto coincide con {text!r} para la presentación.</translation>
    </message>
    <message>
        <source>Friendly reminder to {name}</source>
        <translation>Recordatorio amable a {name}</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Hacer un seguimiento con {name}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>The introduction could not be logged; see the log file for details.</source>
        <translation>No se pudo registrar la presentación; consulta el archivo de registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — sample data</source>
        <translation>{app} — datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import contacts from LinkedIn, Google, Outlook or vCard files</source>
        <translation>Importar contactos de LinkedIn, Google, Outlook o archivos vCard</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export contacts as vCard or CSV, or everything as JSON</source>
        <translation>Exportar contactos como vCard o CSV, o todo como JSON</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Show the folder where Rapport keeps your data</source>
        <translation>Mostrar la carpeta donde Rapport guarda tus datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Rapport</source>
        <translation>Salir de Rapport</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Contact…</source>
        <translation>&amp;Buscar contacto…</translation>
    </message>
    <message>
        <source>Search your contacts</source>
        <translation>Buscar en tus contactos</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact</source>
        <translation>Registrar una llamada, un café, un correo… con un contacto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>Mostrar {page}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Rule cadences, your data folder and more</source>
        <translation>Frecuencia de las reglas, tu carpeta de datos y más</translation>
    </message>
    <message>
        <source>&amp;Prepare for a Meeting…</source>
        <translation>&amp;Preparar una reunión…</translation>
    </message>
    <message>
        <source>What you know, your questions and your pitch, before you meet someone</source>
        <translation>Lo que sabes, tus preguntas y tu pitch, antes de reunirte con alguien</translation>
    </message>
    <message>
        <source>&amp;Introduce Two Contacts…</source>
        <translation>Presentar a &amp;dos contactos…</translation>
    </message>
    <message>
        <source>Introduce two people who should know each other — a give for both</source>
        <translation>Presentar a dos personas que deberían conocerse: algo que das a ambas</translation>
    </message>
    <message>
        <source>&amp;Scripts…</source>
        <translation>&amp;Guiones…</translation>
    </message>
    <message>
        <source>Call scripts and email templates: preview, copy, open in your mail program</source>
        <translation>Guiones de llamada y plantillas de correo: vista previa, copiar, abrir en tu programa de correo</translation>
    </message>
    <message>
        <source>&amp;Monthly Update…</source>
        <translation>&amp;Novedades del mes…</translation>
    </message>
    <message>
        <source>Draft this month&apos;s update to everyone you have talked with</source>
        <translation>Redactar las novedades de este mes para todas las personas con las que has hablado</translation>
    </message>
    <message>
        <source>Export ICS…</source>
        <translation>Exportar ICS…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a calendar file (Ctrl+Alt+E)</source>
        <translation>Guardar los seguimientos abiertos como archivo de calendario (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>A short guide to Rapport (offline)</source>
        <translation>Una guía breve de Rapport (sin conexión)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Show the folder of Rapport&apos;s log file, to attach it to a problem report</source>
        <translation>Mostrar la carpeta del archivo de registro de Rapport, para adjuntarlo a un informe de problemas</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>A&amp;cerca de Rapport</translation>
    </message>
    <message>
        <source>Version, licence and data folder</source>
        <translation>Versión, licencia y carpeta de datos</translation>
    </message>
    <message>
        <source>Log  {key}</source>
        <translation>Registrar  {key}</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with a contact (Ctrl+L)</source>
        <translation>Registrar una llamada, un café, un correo… con un contacto (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation>Preparando los datos de ejemplo…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <source>Could not make the sample data:
{error}</source>
        <translation>No se pudieron crear los datos de ejemplo:
{error}</translation>
    </message>
    <message>
        <source>Could not start a second Rapport window.</source>
        <translation>No se pudo abrir una segunda ventana de Rapport.</translation>
    </message>
    <message>
        <source>Opening sample data from {path}</source>
        <translation>Abriendo los datos de ejemplo de {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln atrasado</numerusform>
            <numerusform>%Ln atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln para hoy</numerusform>
            <numerusform>%Ln para hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: {o} overdue, {t} due today (Ctrl+1)</source>
        <translation>Hoy: {o} atrasados, {t} para hoy (Ctrl+1)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>Pitches</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>MeetingPrepDialog</name>
    <message>
        <source>Meeting prep</source>
        <translation>Preparación de la reunión</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print the prep sheet</source>
        <translation>Imprimir la ficha de preparación</translation>
    </message>
    <message>
        <source>Save the prep sheet as a PDF</source>
        <translation>Guardar la ficha de preparación como PDF</translation>
    </message>
    <message>
        <source>Log the meeting (after it)</source>
        <translation>Registrar la reunión (después)</translation>
    </message>
    <message>
        <source>Prepare: {name}</source>
        <translation>Preparar: {name}</translation>
    </message>
    <message>
        <source>Prepare: {name}, {role}</source>
        <translation>Preparar: {name}, {role}</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} con {name}</translation>
    </message>
    <message>
        <source>Logged the {kind}.</source>
        <translation>Registrado: {kind}.</translation>
    </message>
    <message>
        <source>Send your thank-you today.</source>
        <translation>Envía hoy tu agradecimiento.</translation>
    </message>
    <message>
        <source>Save the prep sheet</source>
        <translation>Guardar la ficha de preparación</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Guardado {name}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Combinar contactos</translation>
    </message>
    <message>
        <source>Merge into one person</source>
        <translation>Combinar en una sola persona</translation>
    </message>
    <message>
        <source>&lt;b&gt;{keep}&lt;/b&gt; stays; &lt;b&gt;{other}&lt;/b&gt; moves to the trash once everything is copied over.</source>
        <translation>&lt;b&gt;{keep}&lt;/b&gt; se queda; &lt;b&gt;{other}&lt;/b&gt; pasa a la papelera cuando se haya copiado todo.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Conservar el otro</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>No conflicting fields: the other&apos;s details fill the gaps.</source>
        <translation>No hay campos en conflicto: los datos del otro rellenan los huecos.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entr(y/ies)</source>
        <translation>
            <numerusform>%n entrada del balance</numerusform>
            <numerusform>%n entradas del balance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n teléfono</numerusform>
            <numerusform>%n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n círculo</numerusform>
            <numerusform>%n círculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Also kept from {other}: {items}.</source>
        <translation>También se conserva de {other}: {items}.</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) takes the merge back.</source>
        <translation>Editar → Deshacer (Ctrl+Z) revierte la combinación.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
</context>
<context>
    <name>MonthlyUpdateDialog</name>
    <message>
        <source>Monthly update</source>
        <translation>Novedades del mes</translation>
    </message>
    <message>
        <source>People who thought of something weeks later assume you found a job unless you tell them otherwise. Send a short update every month to everyone you have talked with.</source>
        <translation>Quien pensó en algo semanas después da por hecho que ya encontraste empleo, salvo que le digas lo contrario. Envía cada mes unas breves novedades a todas las personas con las que has hablado.</translation>
    </message>
    <message>
        <source>The month the update tells about; its summary is drafted from it</source>
        <translation>El mes del que hablan las novedades; el resumen se redacta a partir de él</translation>
    </message>
    <message>
        <source>The wording the update email is written with</source>
        <translation>La plantilla con la que se redacta el correo</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>What I did this month</source>
        <translation>Lo que hice este mes</translation>
    </message>
    <message>
        <source>Drafted from the month&apos;s conversations; edit it before you send the update</source>
        <translation>Redactado a partir de las conversaciones del mes; edítalo antes de enviar las novedades</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Everyone you have talked with who has an email address: they get the update</source>
        <translation>Las personas con las que has hablado y de las que tienes el correo: ellas recibirán las novedades</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The email as the first recipient will read it</source>
        <translation>El correo tal como lo leerá el primer destinatario</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy the update (greeting “Hi all”) to the clipboard</source>
        <translation>Copiar las novedades (saludo “Hola a todos”) al portapapeles</translation>
    </message>
    <message>
        <source>Save .eml drafts…</source>
        <translation>Guardar borradores .eml…</translation>
    </message>
    <message>
        <source>One personalised draft per person, in a folder you choose</source>
        <translation>Un borrador personalizado por persona, en una carpeta que elijas</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <source>Opens your mail program with up to {n} people in BCC; click again for the next batch</source>
        <translation>Abre tu programa de correo con hasta {n} personas en CCO; vuelve a hacer clic para el siguiente grupo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the monthly update without sending anything</source>
        <translation>Cierra las novedades del mes sin enviar nada</translation>
    </message>
    <message>
        <source>Nobody yet: people appear here once you have talked with them.</source>
        <translation>Aún no hay nadie: las personas aparecen aquí cuando has hablado con ellas.</translation>
    </message>
    <message>
        <source>{n} more without an email address: {names}</source>
        <translation>{n} más sin dirección de correo: {names}</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Asunto: {s}</translation>
    </message>
    <message>
        <source>Open in mail ({i} of {n})</source>
        <translation>Abrir en el correo ({i} de {n})</translation>
    </message>
    <message>
        <source>No mail program answered. Save .eml drafts instead.</source>
        <translation>Ningún programa de correo respondió. Guarda borradores .eml en su lugar.</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Carpeta para los borradores</translation>
    </message>
    <message>
        <source>Save drafts</source>
        <translation>Guardar borradores</translation>
    </message>
    <message>
        <source>Could not write the drafts:
{e}</source>
        <translation>No se pudieron escribir los borradores:
{e}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in {folder}.</source>
        <translation>
            <numerusform>Se guardó %Ln borrador en {folder}.</numerusform>
            <numerusform>Se guardaron %Ln borradores en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiPanel</name>
    <message>
        <source>Add to circle…</source>
        <translation>Añadir a un círculo…</translation>
    </message>
    <message>
        <source>Remove from circle…</source>
        <translation>Quitar de un círculo…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Cambiar etapa…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Combinar estos dos…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) selected</source>
        <translation>
            <numerusform>%Ln contacto seleccionado</numerusform>
            <numerusform>%Ln contactos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> y %Ln más</numerusform>
            <numerusform> y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>+1 202 555 0143</source>
        <translation>+1 202 555 0143</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Primary: used first in exports and messages</source>
        <translation>Principal: se usa primero en exportaciones y mensajes</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stored as {e164}</source>
        <translation>Guardado como {e164}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Switch between Today, Contacts, Pitches, Calendar and Insights</source>
        <translation>Cambiar entre Hoy, Contactos, Pitches, Calendario y Análisis</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>e.g. Ada Okafor</source>
        <translation>p. ej., Ada Okafor</translation>
    </message>
    <message>
        <source>Where they work now; optional</source>
        <translation>Dónde trabaja ahora; opcional</translation>
    </message>
    <message>
        <source>Their mobile number; optional</source>
        <translation>Su número de móvil; opcional</translation>
    </message>
    <message>
        <source>The group of people they belong to, such as former colleagues</source>
        <translation>El círculo al que pertenece, por ejemplo antiguos compañeros de trabajo</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Sin círculo</translation>
    </message>
    <message>
        <source>Optional: who referred them</source>
        <translation>Opcional: quién te lo recomendó</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>New contact {name}</source>
        <translation>Nuevo contacto {name}</translation>
    </message>
</context>
<context>
    <name>OpportunityProblem</name>
    <message>
        <source>an interview lasts 5 minutes to a day</source>
        <translation>una entrevista dura de 5 minutos a un día</translation>
    </message>
    <message>
        <source>a round is 1–{most}</source>
        <translation>una ronda va de 1 a {most}</translation>
    </message>
    <message>
        <source>at most {most} interviews</source>
        <translation>como máximo {most} entrevistas</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (https://…)</source>
        <translation>{value!r} no es una dirección web (https://…)</translation>
    </message>
    <message>
        <source>which company is it at?</source>
        <translation>¿en qué empresa es?</translation>
    </message>
    <message>
        <source>what is the role, such as “Operations lead”?</source>
        <translation>¿cuál es el puesto, por ejemplo «Jefe de operaciones»?</translation>
    </message>
    <message>
        <source>{day} is in the future; a move is dated the day it happened</source>
        <translation>{day} está en el futuro; un paso lleva la fecha del día en que ocurrió</translation>
    </message>
    <message>
        <source>{day} is before {first}, when it got here</source>
        <translation>{day} es anterior al {first}, cuando llegó aquí</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} es demasiado antiguo</translation>
    </message>
    <message>
        <source>at most {most} people</source>
        <translation>como máximo {most} personas</translation>
    </message>
    <message>
        <source>{day} is after the next move ({next})</source>
        <translation>{day} es posterior al siguiente paso ({next})</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>Prepare for a meeting</source>
        <translation>Preparar una reunión</translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation>¿Con quién te reúnes?</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>PictureProblem</name>
    <message>
        <source>iPhone photos (HEIC) need the optional HEIC support: `pip install &apos;rapport[heic]&apos;`.</source>
        <translation>las fotos de iPhone (HEIC) necesitan el soporte opcional de HEIC: `pip install &apos;rapport[heic]&apos;`.</translation>
    </message>
    <message>
        <source>the file is {size} MB; pictures up to 40 MB can be read</source>
        <translation>el archivo ocupa {size} MB; se pueden leer imágenes de hasta 40 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>is not a picture Rapport can read (use a JPEG, PNG or HEIC photo or scan)</source>
        <translation>no es una imagen que Rapport pueda leer (usa una foto o un escaneo JPEG, PNG o HEIC)</translation>
    </message>
    <message>
        <source>is a HEIC photo. {hint}</source>
        <translation>es una foto HEIC. {hint}</translation>
    </message>
    <message>
        <source>the HEIC photo could not be decoded ({reason})</source>
        <translation>no se pudo leer la foto HEIC ({reason})</translation>
    </message>
</context>
<context>
    <name>PitchEditor</name>
    <message>
        <source>Pitch text</source>
        <translation>Texto del pitch</translation>
    </message>
    <message>
        <source>What you say about yourself in thirty seconds; hard words and long sentences are underlined</source>
        <translation>Lo que cuentas de ti en treinta segundos; las palabras difíciles y las frases largas aparecen subrayadas</translation>
    </message>
</context>
<context>
    <name>PitchHeader</name>
    <message>
        <source>Pitch title</source>
        <translation>Título del pitch</translation>
    </message>
    <message>
        <source>Title, e.g. Recruiter</source>
        <translation>Título, p. ej., Reclutador</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Who this version is for: a recruiter, a neighbour, an engineer…</source>
        <translation>Para quién es esta versión: un reclutador, un vecino, una ingeniera…</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Duración objetivo en segundos</translation>
    </message>
    <message>
        <source>Target </source>
        <translation>Objetivo </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the pitch may take. The lights scale with it.</source>
        <translation>Cuánto puede durar el pitch. Las luces se ajustan a ello.</translation>
    </message>
    <message>
        <source>Speaking pace in words a minute</source>
        <translation>Ritmo al hablar en palabras por minuto</translation>
    </message>
    <message>
        <source>Pace </source>
        <translation>Ritmo </translation>
    </message>
    <message>
        <source> wpm</source>
        <translation> ppm</translation>
    </message>
    <message>
        <source>Your speaking pace in words a minute: 150 is a relaxed, clear pace.</source>
        <translation>Tu ritmo al hablar en palabras por minuto: 150 es un ritmo tranquilo y claro.</translation>
    </message>
    <message>
        <source>When the rehearsal light turns green and yellow</source>
        <translation>Cuándo se pone verde y amarilla la luz de ensayo</translation>
    </message>
    <message>
        <source>Link this pitch to the people it suits (Ctrl+Shift+L)</source>
        <translation>Vincular este pitch a las personas a las que les encaja (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lights {g:g} / {y:g} / {r:g} s</source>
        <translation>Luces {g:g} / {y:g} / {r:g} s</translation>
    </message>
    <message>
        <source>Suits: {names}</source>
        <translation>Para: {names}</translation>
    </message>
    <message>
        <source>Link contacts…</source>
        <translation>Vincular contactos…</translation>
    </message>
    <message>
        <source>Suits {names}</source>
        <translation>Para {names}</translation>
    </message>
    <message>
        <source>Suits {a}, {b} +{n}</source>
        <translation>Para {a}, {b} +{n}</translation>
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
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>{n}× rehearsed</source>
        <translation>ensayado {n}×</translation>
    </message>
    <message>
        <source>about {e:.0f} s — {o:.0f} s over the target</source>
        <translation>unos {e:.0f} s — {o:.0f} s por encima del objetivo</translation>
    </message>
    <message>
        <source>about {e:.0f} s</source>
        <translation>unos {e:.0f} s</translation>
    </message>
</context>
<context>
    <name>PitchPanel</name>
    <message>
        <source>Your pitch</source>
        <translation>Tu pitch</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Ensayar…</translation>
    </message>
    <message>
        <source>Open this pitch in rehearsal mode</source>
        <translation>Abrir este pitch en modo ensayo</translation>
    </message>
    <message>
        <source>No pitch written yet</source>
        <translation>Aún no has escrito ningún pitch</translation>
    </message>
    <message>
        <source>Write a 30-second pitch in plain words on the Pitches page (Ctrl+3) and rehearse it.</source>
        <translation>Escribe un pitch de 30 segundos con palabras sencillas en la página Pitches (Ctrl+3) y ensáyalo.</translation>
    </message>
    <message>
        <source> · for {a}</source>
        <translation> · para {a}</translation>
    </message>
    <message>
        <source>Why this one: {reason}.</source>
        <translation>Por qué este: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Last rehearsed {when} · %Ln run(s)</source>
        <translation>
            <numerusform>Último ensayo {when} · %Ln ensayo</numerusform>
            <numerusform>Último ensayo {when} · %Ln ensayos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rehearsed yet — a few runs make it sound natural.</source>
        <translation>Aún sin ensayar: unos cuantos ensayos lo harán sonar natural.</translation>
    </message>
</context>
<context>
    <name>PitchProblem</name>
    <message>
        <source>a pitch needs a title, such as “Recruiter” or “Neighbour”</source>
        <translation>un pitch necesita un título, por ejemplo «Reclutadora» o «Vecino»</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>como máximo {most} caracteres</translation>
    </message>
    <message>
        <source>pace must be {low}–{high} words a minute, got {wpm}</source>
        <translation>el ritmo debe ser de {low} a {high} palabras por minuto, no {wpm}</translation>
    </message>
    <message>
        <source>at most {most} characters — a spoken pitch is far shorter</source>
        <translation>como máximo {most} caracteres: un pitch hablado es mucho más corto</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>ritmo</translation>
    </message>
    <message>
        <source>must be above 0 words a minute, got {wpm}</source>
        <translation>debe ser mayor que 0 palabras por minuto, no {wpm}</translation>
    </message>
    <message>
        <source>must be above 0 seconds, got {seconds}</source>
        <translation>debe ser mayor que 0 segundos, no {seconds}</translation>
    </message>
    <message>
        <source>{seconds} s is outside {low}–{high} s</source>
        <translation>{seconds} s está fuera de {low}–{high} s</translation>
    </message>
    <message>
        <source>{green} s must be after the start</source>
        <translation>{green} s debe ser después del inicio</translation>
    </message>
    <message>
        <source>{green} s must come before yellow ({yellow} s)</source>
        <translation>{green} s debe ir antes del amarillo ({yellow} s)</translation>
    </message>
    <message>
        <source>{yellow} s must not come after the target ({target} s)</source>
        <translation>{yellow} s no debe ir después del objetivo ({target} s)</translation>
    </message>
</context>
<context>
    <name>PitchSaver</name>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved automatically as you type; Ctrl+S keeps a version</source>
        <translation>Se guarda automáticamente mientras escribes; Ctrl+S conserva una versión</translation>
    </message>
    <message>
        <source>Not saved — see the log</source>
        <translation>No guardado: consulta el registro</translation>
    </message>
    <message>
        <source>the database is busy (another program or a sync is writing to it)</source>
        <translation>la base de datos está ocupada (otro programa o una sincronización está escribiendo en ella)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Not saved yet: {what} — your text is kept; trying again in {n} s</source>
        <translation>Aún sin guardar: {what}; tu texto se conserva; se reintentará dentro de {n} s</translation>
    </message>
    <message>
        <source>Your pitch is saved.</source>
        <translation>Tu pitch está guardado.</translation>
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
        <translation>Tus pitches; elige uno para escribirlo, ensayarlo o repasar su historial</translation>
    </message>
    <message>
        <source>No pitch yet. Start typing on the right: your first 30-second pitch is created as you write.</source>
        <translation>Aún no hay ningún pitch. Empieza a escribir a la derecha: tu primer pitch de 30 segundos se crea mientras escribes.</translation>
    </message>
    <message>
        <source>New pitch</source>
        <translation>Nuevo pitch</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Duplicate, delete, link contacts, print</source>
        <translation>Duplicar, eliminar, vincular contactos, imprimir</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escribir</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>My pitch</source>
        <translation>Mi pitch</translation>
    </message>
    <message>
        <source>Also changed elsewhere — your text is kept; the other version is in Revisions</source>
        <translation>También cambió en otro lugar: tu texto se conserva; la otra versión está en Revisiones</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Version saved</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <source>Pitch {n}</source>
        <translation>Pitch {n}</translation>
    </message>
    <message>
        <source>Pitch deleted — Ctrl+Z brings it back</source>
        <translation>Pitch eliminado: Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <source>Pitch not changed</source>
        <translation>El pitch no ha cambiado</translation>
    </message>
    <message>
        <source>Restore pitch version</source>
        <translation>Restaurar versión del pitch</translation>
    </message>
</context>
<context>
    <name>PrepHeader</name>
    <message>
        <source>Prepare for {name}</source>
        <translation>Preparar: {name}</translation>
    </message>
    <message>
        <source>{tie} tie</source>
        <translation>Vínculo {tie}</translation>
    </message>
    <message>
        <source>{kind} {day}, {time}{summary}</source>
        <translation>{kind} {day}, {time}{summary}</translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation>, {day}</translation>
    </message>
    <message>
        <source>For: {title}{due}</source>
        <translation>Para: {title}{due}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. This is what the import will do.</source>
        <translation>Aún no se ha cambiado nada. Esto es lo que hará la importación.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Formato detectado</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Lo que pasará</translation>
    </message>
    <message>
        <source>What else the file brings</source>
        <translation>Qué más trae el archivo</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Filas que mostrar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>Already here (merged)</source>
        <translation>Ya están aquí (se combinan)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Show only the rows that will be added, merged or skipped</source>
        <translation>Mostrar solo las filas que se añadirán, combinarán u omitirán</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>{path}&lt;br&gt;{format} · {encoding}</source>
        <translation>{path}&lt;br&gt;{format} · {encoding}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) (kept apart)</source>
        <translation>
            <numerusform>%Ln posible duplicado (se mantiene aparte)</numerusform>
            <numerusform>%Ln posibles duplicados (se mantienen aparte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {n} of {total} rows.</source>
        <translation>Se muestran las {n} primeras de {total} filas.</translation>
    </message>
    <message>
        <source>There is nobody to import in this file: every row has a problem (see Details).</source>
        <translation>No hay nadie que importar en este archivo: todas las filas tienen algún problema (ver Detalles).</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>No se pudo leer el archivo: {error}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Tell Rapport about you</source>
        <translation>Háblale a Rapport de ti</translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Discard your changes to your profile?</source>
        <translation>¿Descartar los cambios en tu perfil?</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>p. ej. Lucía Fernández</translation>
    </message>
    <message>
        <source>Your name as you introduce yourself</source>
        <translation>Tu nombre tal como te presentas</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>e.g. Operations manager · warehouses that ship on time</source>
        <translation>p. ej. Responsable de operaciones · almacenes que entregan a tiempo</translation>
    </message>
    <message>
        <source>One line saying what you do; it goes under your name on your card</source>
        <translation>Una línea que dice a qué te dedicas; va debajo de tu nombre en tu tarjeta</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Busco</translation>
    </message>
    <message>
        <source>e.g. an operations manager role at a logistics company</source>
        <translation>p. ej. un puesto de responsable de operaciones en una empresa de logística</translation>
    </message>
    <message>
        <source>What you are looking for, in words a neighbour understands (used in your emails)</source>
        <translation>Lo que buscas, en palabras que entendería un vecino (se usa en tus correos)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>The address people should write to</source>
        <translation>La dirección a la que deben escribirte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>e.g. (202) 555-0147</source>
        <translation>p. ej. 612 345 678</translation>
    </message>
    <message>
        <source>As you would write it for people to dial</source>
        <translation>Tal como lo escribirías para que te llamen</translation>
    </message>
    <message>
        <source>Your LinkedIn profile address</source>
        <translation>La dirección de tu perfil de LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>e.g. yourname.com</source>
        <translation>p. ej. tunombre.com</translation>
    </message>
    <message>
        <source>A personal site or portfolio, if you have one</source>
        <translation>Un sitio personal o un portafolio, si tienes uno</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>e.g. Springfield</source>
        <translation>p. ej. Valencia</translation>
    </message>
    <message>
        <source>Where you live or want to work</source>
        <translation>Dónde vives o quieres trabajar</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>This is you: it goes on your business card, under your emails and into your monthly update. It stays on this computer.</source>
        <translation>Estos son tus datos: van en tu tarjeta de visita, al pie de tus correos y en tus novedades del mes. Se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>How people reach you</source>
        <translation>Cómo contactarte</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>A friendly head-and-shoulders picture (JPEG or PNG)</source>
        <translation>Una foto amable de cabeza y hombros (JPEG o PNG)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove your photo</source>
        <translation>Quitar tu foto</translation>
    </message>
    <message>
        <source>Choose your photo</source>
        <translation>Elegir tu foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} is not a picture Rapport can read ({reason})</source>
        <translation>{file} no es una imagen que Rapport pueda leer ({reason})</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Everything is saved in one step at the end, so a cancelled import changes nothing.</source>
        <translation>Todo se guarda de una vez al final, así que una importación cancelada no cambia nada.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves your contacts exactly as they were.</source>
        <translation>Cancelar detiene la importación y deja tus contactos exactamente como estaban.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name (Enter adds)</source>
        <translation>Nombre (Enter añade)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this person to the list (Enter)</source>
        <translation>Añadir esta persona a la lista (Enter)</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Personas añadidas</translation>
    </message>
    <message>
        <source>The people you have added in this window, newest first</source>
        <translation>Las personas que has añadido en esta ventana, las más recientes primero</translation>
    </message>
    <message>
        <source>Already in your contacts ({n}) — add anyway if it is someone else.</source>
        <translation>Ya está en tus contactos ({n}): añádelo de todos modos si es otra persona.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Escribe primero un nombre.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>¿Qué tal ha ido?</translation>
    </message>
    <message>
        <source>How natural did it feel?</source>
        <translation>¿Qué tan natural te sentiste?</translation>
    </message>
    <message>
        <source>Rate this run {n} of 5 (key {n})</source>
        <translation>Valorar este ensayo con {n} de 5 (tecla {n})</translation>
    </message>
    <message>
        <source>A note for next time (optional): e.g. “slow down at the numbers”</source>
        <translation>Una nota para la próxima vez (opcional): p. ej., “ir más despacio con las cifras”</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Guardar ensayo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Forget this run (Esc)</source>
        <translation>Olvidar este ensayo (Esc)</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>No referrals yet. After each conversation, ask “Who else would you recommend I talk to?” and add the names with “Ask for referrals…”.</source>
        <translation>Aún no hay recomendaciones. Después de cada conversación, pregunta “¿Con quién más me recomiendas hablar?” y añade los nombres con “Pedir recomendaciones…”.</translation>
    </message>
    <message>
        <source>Ask for referrals…</source>
        <translation>Pedir recomendaciones…</translation>
    </message>
    <message>
        <source>Add the people this contact recommends, referred by them</source>
        <translation>Añadir a las personas que recomienda este contacto, como recomendadas por él</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Árbol de recomendaciones</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation>Doble clic en una persona para abrirla</translation>
    </message>
    <message>
        <source>Referred {next}</source>
        <translation>Recomendó a {next}</translation>
    </message>
    <message>
        <source>the person below</source>
        <translation>la persona de abajo</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recomendado por {name}</translation>
    </message>
    <message>
        <source>chain started with {root}</source>
        <translation>cadena iniciada por {root}</translation>
    </message>
    <message>
        <source>referred {direct} directly, {total} in all</source>
        <translation>recomendó a {direct} directamente, {total} en total</translation>
    </message>
    <message>
        <source>referred {n}</source>
        <translation>recomendó a {n}</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (en la papelera)</translation>
    </message>
</context>
<context>
    <name>RehearsalController</name>
    <message>
        <source>Start or stop the rehearsal timer</source>
        <translation>Iniciar o detener el cronómetro de ensayo</translation>
    </message>
    <message>
        <source>Leave rehearsal mode</source>
        <translation>Salir del modo ensayo</translation>
    </message>
    <message>
        <source>Run cancelled — not saved</source>
        <translation>Ensayo cancelado: no se ha guardado</translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation>Tu pitch</translation>
    </message>
    <message>
        <source>{title} · target {t} s</source>
        <translation>{title} · objetivo {t} s</translation>
    </message>
</context>
<context>
    <name>RehearsalTableModel</name>
    <message>
        <source>{n:.0f} wpm</source>
        <translation>{n:.0f} ppm</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>On target: ended between the green light and the target</source>
        <translation>En el objetivo: terminó entre la luz verde y el objetivo</translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation>{s:.1f} s por encima del objetivo</translation>
    </message>
    <message>
        <source>Ended before the green light</source>
        <translation>Terminó antes de la luz verde</translation>
    </message>
    <message>
        <source>Rated {n} of 5</source>
        <translation>Valorado con {n} de 5</translation>
    </message>
    <message>
        <source>Play the recording of this run</source>
        <translation>Reproducir la grabación de este ensayo</translation>
    </message>
</context>
<context>
    <name>RehearsalView</name>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Space starts and stops the timer; Esc leaves rehearsal mode</source>
        <translation>Espacio inicia y detiene el cronómetro; Esc sale del modo ensayo</translation>
    </message>
    <message>
        <source>Time spoken so far</source>
        <translation>Tiempo hablado hasta ahora</translation>
    </message>
    <message>
        <source>Pitch text</source>
        <translation>Texto del pitch</translation>
    </message>
    <message>
        <source>The pitch to say aloud, in large type</source>
        <translation>El pitch para decirlo en voz alta, en letra grande</translation>
    </message>
    <message>
        <source>Green {g} · Yellow {y} · Red {r}</source>
        <translation>Verde {g} · Amarilla {y} · Roja {r}</translation>
    </message>
    <message>
        <source>{s:.1f} s over the target</source>
        <translation>{s:.1f} s por encima del objetivo</translation>
    </message>
    <message>
        <source>under the green light — slow down or say more</source>
        <translation>antes de la luz verde: ve más despacio o di algo más</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>en el objetivo</translation>
    </message>
    <message>
        <source>{time} · {words} words · {wpm:.0f} words a minute — {verdict}</source>
        <translation>{time} · {words} palabras · {wpm:.0f} palabras por minuto — {verdict}</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Prepárate…</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Pulsa Space para empezar</translation>
    </message>
    <message>
        <source>Stopped — Space to go again</source>
        <translation>Detenido: Space para repetir</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>During the meeting</source>
        <translation>Durante la reunión</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <source>Research notes</source>
        <translation>Notas de investigación</translation>
    </message>
    <message>
        <source>What you found out about this person before meeting them; saved as you type</source>
        <translation>Lo que averiguaste sobre esta persona antes de la reunión; se guarda mientras escribes</translation>
    </message>
    <message>
        <source>What you found out before meeting them: their company&apos;s news, their role, a talk they gave, people you both know…</source>
        <translation>Lo que averiguaste antes de reunirte: noticias de su empresa, su puesto, una charla que dio, conocidos en común…</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>Asking good questions is a gift in itself: who, what, why, where, when. Tick them off.</source>
        <translation>Hacer buenas preguntas ya es un regalo: quién, qué, por qué, dónde, cuándo. Márcalas a medida que las hagas.</translation>
    </message>
    <message>
        <source>Tick each question once you have asked it; Delete removes one of your own</source>
        <translation>Marca cada pregunta cuando ya la hayas hecho; Delete quita una de las tuyas</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Tu propia pregunta</translation>
    </message>
    <message>
        <source>Add a question of your own</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the question typed beside it to the list</source>
        <translation>Añadir a la lista la pregunta escrita al lado</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Quitar esta pregunta</translation>
    </message>
    <message>
        <source>Remove one of your own questions</source>
        <translation>Quitar una de tus preguntas</translation>
    </message>
    <message>
        <source>Your own question (Delete removes it)</source>
        <translation>Tu propia pregunta (Delete la quita)</translation>
    </message>
    <message>
        <source>A “{word}” question</source>
        <translation>Una pregunta de tipo “{word}”</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>automatic, daily</source>
        <translation>automática, diaria</translation>
    </message>
    <message>
        <source>saved by you</source>
        <translation>guardada por ti</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is kept as a backup.</source>
        <translation>Elige la copia de seguridad a la que volver. Tus datos actuales se conservan como copia de seguridad.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The automatic backups, newest first; double-click one to restore it</source>
        <translation>Las copias de seguridad automáticas, de la más reciente a la más antigua; haz doble clic en una para restaurarla</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>No automatic backups yet: Rapport makes one each day you open it.</source>
        <translation>Aún no hay copias automáticas: Rapport hace una cada día que lo abres.</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Choose a backup file saved somewhere else and restore it</source>
        <translation>Elegir un archivo de copia de seguridad guardado en otro sitio y restaurarlo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Go back to the chosen backup; your current data is kept as a backup</source>
        <translation>Volver a la copia de seguridad elegida; tus datos actuales se guardan como copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de Rapport (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Earlier versions of the pitch, newest first, with their length</source>
        <translation>Versiones anteriores del pitch, de la más reciente a la más antigua, con su extensión</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <source>The text of the version chosen in the list, compared with the current text</source>
        <translation>El texto de la versión elegida en la lista, comparado con el texto actual</translation>
    </message>
    <message>
        <source>No earlier versions yet. Versions are kept as you write (one per pause of five minutes or more), and Ctrl+S keeps one on demand.</source>
        <translation>Aún no hay versiones anteriores. Se conservan versiones mientras escribes (una por cada pausa de cinco minutos o más), y Ctrl+S guarda una cuando quieras.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Replace the text with this version (undo with Ctrl+Z)</source>
        <translation>Sustituir el texto por esta versión (Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>Same as the current text.</source>
        <translation>Igual que el texto actual.</translation>
    </message>
    <message>
        <source>Restoring this version removes the &lt;s&gt;struck&lt;/s&gt; words and brings back the &lt;u&gt;underlined&lt;/u&gt; ones.</source>
        <translation>Restaurar esta versión quita las palabras &lt;s&gt;tachadas&lt;/s&gt; y recupera las &lt;u&gt;subrayadas&lt;/u&gt;.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>After something happens</source>
        <translation>Después de que pase algo</translation>
    </message>
    <message>
        <source>Rapport does the remembering: each rule adds a follow-up after the event. Choose how long each waits; turn off what you don&apos;t use. Changes move the open follow-ups of that rule.</source>
        <translation>Rapport se encarga de recordar: cada regla añade un seguimiento después del suceso. Elige cuánto espera cada una; desactiva lo que no uses. Los cambios mueven los seguimientos abiertos de esa regla.</translation>
    </message>
    <message>
        <source>{rule}: days</source>
        <translation>{rule}: días</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Novedades del mes</translation>
    </message>
    <message>
        <source>Remind me to send an update to my network on the first</source>
        <translation>Recordarme enviar novedades a mi red el día 1</translation>
    </message>
    <message>
        <source>of each month</source>
        <translation>de cada mes</translation>
    </message>
    <message>
        <source>Sent to everyone you have talked with (stage “talked” or beyond).</source>
        <translation>Se envían a todas las personas con las que has hablado (etapa “Hablado” o posterior).</translation>
    </message>
    <message>
        <source>The first of this weekday in each month</source>
        <translation>El primero de este día de la semana en cada mes</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Remind me to wish people a happy birthday</source>
        <translation>Recordarme felicitar los cumpleaños</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>Birthday wish: days before the birthday</source>
        <translation>Felicitación: días antes del cumpleaños</translation>
    </message>
    <message>
        <source>Every year, for everyone whose birthday you know (More fields, in their details). A wish you have not sent stays a week after the day, then waits for next year.</source>
        <translation>Cada año, para todas las personas cuyo cumpleaños conoces (Más campos, en sus datos). Una felicitación que no has enviado se mantiene una semana después del día y luego espera al año siguiente.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Remind me to reconnect with people after</source>
        <translation>Recordarme retomar el contacto con la gente después de</translation>
    </message>
    <message>
        <source>Default keep-in-touch cadence</source>
        <translation>Frecuencia de contacto predeterminada</translation>
    </message>
    <message>
        <source>Any logged interaction restarts the clock. A person&apos;s own cadence wins, then their circle&apos;s (the shortest, if several), then this default. Reminders are made for people you have talked with or given a cadence; the “maximum” is when the contact turns red (going cold).</source>
        <translation>Cualquier interacción registrada reinicia el reloj. Manda la frecuencia propia de la persona, luego la de su círculo (la más corta, si hay varios) y luego esta predeterminada. Se crean recordatorios para las personas con las que has hablado o a las que has dado una frecuencia; el “máximo” es cuando el contacto se pone en rojo (se enfría).</translation>
    </message>
    <message>
        <source>Days without contact before a reminder, for people without a cadence of their own</source>
        <translation>Días sin contacto antes de un recordatorio, para las personas sin frecuencia propia</translation>
    </message>
    <message>
        <source>Circle cadences</source>
        <translation>Frecuencia por círculo</translation>
    </message>
    <message>
        <source>How often to reconnect with the people of each circle</source>
        <translation>Cada cuánto retomar el contacto con las personas de cada círculo</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation>Retomar el contacto después de</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>1.5 × ideal</source>
        <translation>1,5 × lo ideal</translation>
    </message>
    <message>
        <source>{circle}: reconnect after</source>
        <translation>{circle}: retomar el contacto después de</translation>
    </message>
    <message>
        <source>{circle}: at most</source>
        <translation>{circle}: como máximo</translation>
    </message>
    <message>
        <source>Days without contact before a reminder; 0 uses the default</source>
        <translation>Días sin contacto antes de un recordatorio; 0 usa el valor predeterminado</translation>
    </message>
    <message>
        <source>Days without contact before a person turns cold</source>
        <translation>Días sin contacto antes de que una persona se enfríe</translation>
    </message>
    <message>
        <source>{circle}: the maximum ({m} days) must be at least the reconnect time ({i} days).</source>
        <translation>{circle}: el máximo ({m} días) debe ser al menos el plazo para retomar el contacto ({i} días).</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>Record the run from your microphone to listen back</source>
        <translation>Grabar el ensayo con el micrófono para escucharlo después</translation>
    </message>
    <message>
        <source>Recording stopped: {m}</source>
        <translation>Grabación detenida: {m}</translation>
    </message>
    <message>
        <source>Run not saved</source>
        <translation>Ensayo no guardado</translation>
    </message>
    <message>
        <source>The database refused it; see the log.</source>
        <translation>La base de datos lo rechazó; consulta el registro.</translation>
    </message>
    <message>
        <source>Run saved: {time}</source>
        <translation>Ensayo guardado: {time}</translation>
    </message>
    <message>
        <source>▶  Play back the recording</source>
        <translation>▶  Reproducir la grabación</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample data — nothing here is yours</source>
        <translation>Datos de ejemplo: nada de esto es tuyo</translation>
    </message>
    <message>
        <source>These people and follow-ups are made up, to try Rapport out. Your own data is in your other window.</source>
        <translation>Estas personas y seguimientos son inventados, para probar Rapport. Tus propios datos están en tu otra ventana.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a business card</source>
        <translation>Escanear una tarjeta de visita</translation>
    </message>
    <message>
        <source>Scan Business Card</source>
        <translation>Escanear tarjeta de visita</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading and type the details yourself (Esc)</source>
        <translation>Dejar de leer y escribir tú los datos (Esc)</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Texto reconocido</translation>
    </message>
    <message>
        <source>The text found on the card appears here.</source>
        <translation>Aquí aparece el texto encontrado en la tarjeta.</translation>
    </message>
    <message>
        <source>Text found on the card</source>
        <translation>Texto encontrado en la tarjeta</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>Save as a new contact, or add to the person it matches (Ctrl+S)</source>
        <translation>Guardar como contacto nuevo, o añadir a la persona que coincide (Ctrl+S)</translation>
    </message>
    <message>
        <source>Text recognition is not available.</source>
        <translation>El reconocimiento de texto no está disponible.</translation>
    </message>
    <message>
        <source>Reading the card with {engine}…</source>
        <translation>Leyendo la tarjeta con {engine}…</translation>
    </message>
    <message>
        <source>Stopped. Type the details from the picture yourself.</source>
        <translation>Detenido. Escribe tú los datos de la imagen.</translation>
    </message>
    <message>
        <source>{message} You can still type the details yourself.</source>
        <translation>{message} Todavía puedes escribir tú los datos.</translation>
    </message>
    <message>
        <source>No text was found on this picture. Check that it shows the front of the card, sharp and well lit — or type the details yourself; the picture is kept with the contact.</source>
        <translation>No se encontró texto en esta imagen. Comprueba que muestra el anverso de la tarjeta, nítido y bien iluminado, o escribe tú los datos; la imagen se guarda con el contacto.</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln line(s) with {engine}. Check each field, then add how you met.</source>
        <translation>
            <numerusform>Se leyó %Ln línea con {engine}. Revisa cada campo y luego añade cómo la conociste.</numerusform>
            <numerusform>Se leyeron %Ln líneas con {engine}. Revisa cada campo y luego añade cómo la conociste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to {name}, already in your contacts ({reason}); uncheck to save a separate contact</source>
        <translation>Añadir a {name}, que ya está en tus contactos ({reason}); desmárcalo para guardar un contacto aparte</translation>
    </message>
    <message>
        <source>Add to Contact</source>
        <translation>Añadir al contacto</translation>
    </message>
    <message>
        <source>The contact could not be saved: {error}</source>
        <translation>No se pudo guardar el contacto: {error}</translation>
    </message>
    <message>
        <source>Added the card to {name}</source>
        <translation>Se añadió la tarjeta a {name}</translation>
    </message>
    <message>
        <source>Saved {name} from their card</source>
        <translation>Se guardó a {name} a partir de su tarjeta</translation>
    </message>
</context>
<context>
    <name>ScriptsDialog</name>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>Your calls, emails and notes to reuse; choose one to edit it</source>
        <translation>Tus guiones de llamadas, correos y notas para reutilizar; elige uno para editarlo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Start a new script from the one shown</source>
        <translation>Empezar un guion nuevo a partir del que se muestra</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this script (Edit → Undo brings it back)</source>
        <translation>Eliminar este guion (Editar → Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>What the script is called in the list</source>
        <translation>Cómo se llama el guion en la lista</translation>
    </message>
    <message>
        <source>When you use the script, such as a warm call or a thank-you note</source>
        <translation>Para qué usas el guion, por ejemplo una llamada cálida o un agradecimiento</translation>
    </message>
    <message>
        <source>(none: a call or a short note)</source>
        <translation>(ninguno: una llamada o una nota breve)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>Texto del guion</translation>
    </message>
    <message>
        <source>The words of the script; fields in braces such as {first_name} are filled in for each person</source>
        <translation>El texto del guion; los campos entre llaves como {first_name} se rellenan para cada persona</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Insert a merge field such as {first_name} at the cursor</source>
        <translation>Insertar en el cursor un campo combinado como {first_name}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this script (Ctrl+S)</source>
        <translation>Guardar este guion (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restaurar el original</translation>
    </message>
    <message>
        <source>Put back the text Rapport shipped for this script</source>
        <translation>Recuperar el texto que Rapport traía para este guion</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview for contact</source>
        <translation>Vista previa para el contacto</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Use the script anyway</source>
        <translation>Usar el guion de todos modos</translation>
    </message>
    <message>
        <source>The script as the person chosen above would read it</source>
        <translation>El guion tal como lo leería la persona elegida arriba</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard</source>
        <translation>Copiar el texto al portapapeles</translation>
    </message>
    <message>
        <source>Open in mail</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <source>Start a new message in your mail program</source>
        <translation>Empezar un mensaje nuevo en tu programa de correo</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>Guardar .eml…</translation>
    </message>
    <message>
        <source>Save a draft your mail program opens</source>
        <translation>Guardar un borrador que abre tu programa de correo</translation>
    </message>
    <message>
        <source>Edit script “{name}”</source>
        <translation>Editar el guion “{name}”</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Nuevo guion</translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation>Hola, {first_name}:

</translation>
    </message>
    <message>
        <source>Delete script “{name}”</source>
        <translation>Eliminar el guion “{name}”</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Asunto: {s}</translation>
    </message>
    <message>
        <source>Pick a contact above to fill in their details.</source>
        <translation>Elige un contacto arriba para rellenar sus datos.</translation>
    </message>
    <message>
        <source>No value yet for {fields}: fill it in before sending.</source>
        <translation>Aún no hay valor para {fields}: complétalo antes de enviar.</translation>
    </message>
    <message>
        <source>Your own details come from Edit → My Profile.</source>
        <translation>Tus propios datos vienen de Editar → Mi perfil.</translation>
    </message>
    <message>
        <source>Not merge fields (left as written): {bad}. Known fields include {known}…</source>
        <translation>No son campos combinados (se dejan tal cual): {bad}. Entre los campos conocidos están {known}…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>This message is long; some mail programs cut long links short. Save an .eml draft instead?</source>
        <translation>Este mensaje es largo; algunos programas de correo recortan los enlaces largos. ¿Guardar un borrador .eml en su lugar?</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy or Save .eml instead.</source>
        <translation>Ningún programa de correo respondió. Usa Copiar o Guardar .eml.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Correo (*.eml)</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Reglas de seguimiento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Weekly goals</source>
        <translation>Metas semanales</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>ShippedText</name>
    <message>
        <source>Ask before introducing (double opt-in)</source>
        <translation>Preguntar antes de presentar (doble consentimiento)</translation>
    </message>
    <message>
        <source>Would you like to meet {other_name}?</source>
        <translation>¿Te gustaría conocer a {other_name}?</translation>
    </message>
    <message>
        <source>Hi {first_name},

I&apos;ve been thinking you would enjoy meeting {other_name}. {why_meet}

Would you be open to an introduction? If you are, I&apos;ll send a short email to you both. If the timing isn&apos;t right, no problem at all — just say so.

{my_name}</source>
        <translation>Hola, {first_name}:

He pensado que te gustaría conocer a {other_name}. {why_meet}

¿Te parece bien que te lo presente? Si es así, enviaré un breve correo a los dos. Si no es buen momento, no pasa nada: solo dímelo.

{my_name}</translation>
    </message>
    <message>
        <source>Introduce two people</source>
        <translation>Presentar a dos personas</translation>
    </message>
    <message>
        <source>Introduction: {first_name}, meet {other_name}</source>
        <translation>Presentación: {first_name}, te presento a {other_name}</translation>
    </message>
    <message>
        <source>Hi {first_name} and {other_name},

As promised, here is the introduction — you both said you&apos;d be glad to meet. {why_meet}

I&apos;ll let you take it from here; I&apos;d love to hear how it goes.

{my_name}</source>
        <translation>Hola, {first_name} y {other_name}:

Como prometí, aquí va la presentación, con el visto bueno de los dos. {why_meet}

A partir de aquí me retiro; me encantará saber qué tal va.

{my_name}</translation>
    </message>
    <message>
        <source>Warm call — someone referred me</source>
        <translation>Llamada cálida: alguien me recomendó</translation>
    </message>
    <message>
        <source>Hi {first_name}, this is {my_name}. {referrer} suggested I give you a call — is now a good moment for two minutes?

{referrer} thought you&apos;d be a good person to talk to because you know {company} and the people around it. I&apos;m looking for {my_target}, and I&apos;m not asking you for a job — I&apos;d value twenty minutes of your advice, over coffee or on the phone, whenever suits you in the next week or two.</source>
        <translation>Hola, {first_name}, soy {my_name}. {referrer} me sugirió que le llamara. ¿Tiene dos minutos ahora?

{referrer} pensó que sería una buena persona con quien hablar porque conoce {company} y a la gente de su entorno. Busco {my_target}, y no le estoy pidiendo un empleo: le agradecería veinte minutos de consejo, con un café o por teléfono, cuando le venga bien en las próximas dos semanas.</translation>
    </message>
    <message>
        <source>Thank you after a conversation</source>
        <translation>Agradecimiento después de una conversación</translation>
    </message>
    <message>
        <source>Thank you, {first_name}</source>
        <translation>Gracias, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for taking the time to talk with me today — I really enjoyed hearing about your work.

As promised, here is the list of companies I&apos;m targeting; any thoughts on it are welcome:
{target_companies}

A quick reminder of what I&apos;m looking for: {my_target}. If anyone comes to mind who I should talk to, I&apos;d be glad of an introduction.

Thanks again,
{my_contact_block}</source>
        <translation>Hola, {first_name}:

Gracias por dedicarme hoy su tiempo; me gustó mucho que me hablara de su trabajo.

Como le prometí, aquí tiene la lista de empresas a las que me dirijo; cualquier comentario será bienvenido:
{target_companies}

Le recuerdo brevemente lo que busco: {my_target}. Si se le ocurre alguien con quien debería hablar, le agradecería mucho que me lo presentara.

Gracias de nuevo,
{my_contact_block}</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Recordatorio amable</translation>
    </message>
    <message>
        <source>Following up: {what_i_sent}</source>
        <translation>Seguimiento: {what_i_sent}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I hope your week is going well. I&apos;m just checking that {what_i_sent} reached you — no rush at all. If anything on it sparks an idea or a name, I&apos;d love to hear it.

All the best,
{my_name}</source>
        <translation>Hola, {first_name}:

Espero que esté teniendo una buena semana. Solo quería comprobar que le llegó {what_i_sent}; sin ninguna prisa. Si le sugiere alguna idea o algún nombre, me encantará saberlo.

Un saludo,
{my_name}</translation>
    </message>
    <message>
        <source>Connection note — why I&apos;d like to connect</source>
        <translation>Nota de conexión: por qué me gustaría conectar</translation>
    </message>
    <message>
        <source>Hi {first_name}, {why_connect} I&apos;d be glad to connect and to hear what you&apos;re working on. — {my_name}</source>
        <translation>Hola, {first_name}: {why_connect} Me encantaría conectar y saber en qué está trabajando. — {my_name}</translation>
    </message>
    <message>
        <source>Thanks for connecting</source>
        <translation>Gracias por conectar</translation>
    </message>
    <message>
        <source>Thanks for connecting, {first_name}</source>
        <translation>Gracias por conectar, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thanks for connecting! I&apos;m curious what made you reach out (or accept) — and I&apos;d enjoy a short call to hear about your work. Would fifteen minutes one day next week suit you?

{my_contact_block}</source>
        <translation>Hola, {first_name}:

¡Gracias por conectar! Me pica la curiosidad: ¿qué le llevó a escribirme (o a aceptar)? Me encantaría tener una breve llamada para conocer su trabajo. ¿Le vendrían bien quince minutos algún día de la semana que viene?

{my_contact_block}</translation>
    </message>
    <message>
        <source>Who else should I talk to?</source>
        <translation>¿Con quién más debería hablar?</translation>
    </message>
    <message>
        <source>Thank you, this has been really helpful. Who else would you recommend I talk to? Would you be comfortable if I mentioned your name when I get in touch?</source>
        <translation>Gracias, me ha sido de gran ayuda. ¿Con quién más me recomendaría hablar? ¿Le importaría que mencionara su nombre al ponerme en contacto?</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Novedades del mes</translation>
    </message>
    <message>
        <source>A quick update from {my_name} — {month}</source>
        <translation>Unas breves novedades de {my_name} — {month}</translation>
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
        <translation>Hola, {first_name}:

Le escribo con unas breves novedades sobre mi búsqueda, porque a menudo a alguien se le ocurre algo semanas después y da por hecho que ya he encontrado empleo si no digo lo contrario.

Lo que he hecho este mes:
{month_summary}

Lo que busco: {my_target}

Empresas en las que me encantaría que me presentaran a alguien:
{target_companies}

Gracias por su ayuda hasta ahora; las ideas y los nombres siempre son bienvenidos.

{my_contact_block}</translation>
    </message>
    <message>
        <source>Reconnect after a while</source>
        <translation>Retomar el contacto después de un tiempo</translation>
    </message>
    <message>
        <source>It&apos;s been a while, {first_name}</source>
        <translation>Cuánto tiempo, {first_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

It&apos;s been a while since we last caught up, and I was thinking of you. How are things at {company}? Who have you met lately who impressed you? I&apos;d enjoy a coffee or a call if you have time in the coming weeks.

{my_name}</source>
        <translation>Hola, {first_name}:

Hace tiempo que no hablamos y me he acordado de ti. ¿Qué tal te va en {company}? ¿Has conocido últimamente a alguien que te haya impresionado? Me encantaría tomar un café o hablar por teléfono si tienes tiempo en las próximas semanas.

{my_name}</translation>
    </message>
    <message>
        <source>Tell the referrer how it went</source>
        <translation>Contar a quien te recomendó cómo fue</translation>
    </message>
    <message>
        <source>Thanks for the introduction to {other_name}</source>
        <translation>Gracias por presentarme a {other_name}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I wanted to let you know I spoke with {other_name} — thank you for the introduction, it was a really useful conversation. I&apos;ll keep you posted on where it leads.

{my_name}</source>
        <translation>Hola, {first_name}:

Quería contarte que hablé con {other_name}. Gracias por la presentación: fue una conversación muy útil. Te iré contando adónde lleva.

{my_name}</translation>
    </message>
    <message>
        <source>Hi {first_name} and {other_name},

I think you two should know each other. {first_name}, … {other_name}, … I&apos;ll let you take it from here.

{my_name}</source>
        <translation>Hola, {first_name} y {other_name}:

Creo que merece la pena que se conozcan. {first_name}, … {other_name}, … A partir de aquí me retiro.

{my_name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{page} page</source>
        <translation>Página «{page}»</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Type to filter, e.g. “backup” or “Ctrl+Shift”</source>
        <translation>Escribe para filtrar, p. ej., “copia” o “Ctrl+Shift”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each action and its keys, grouped by menu and page; the field above narrows the list</source>
        <translation>Cada acción y sus teclas, agrupadas por menú y página; el campo de arriba filtra la lista</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Ningún atajo coincide.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Your contacts are on the Contacts page; the Today page shows what to do next.</source>
        <translation>Tus contactos están en la página Contactos; la página Hoy muestra qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Skipped rows and notes</source>
        <translation>Filas omitidas y notas</translation>
    </message>
    <message>
        <source>Review Possible Duplicates…</source>
        <translation>Revisar posibles duplicados…</translation>
    </message>
    <message>
        <source>Review possible duplicates</source>
        <translation>Revisar posibles duplicados</translation>
    </message>
    <message>
        <source>People who only share a name with someone were kept apart: decide in Contacts → Duplicates</source>
        <translation>Las personas que solo comparten el nombre con otra se mantuvieron aparte: decide en Contactos → Duplicados</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln new contact(s).</source>
        <translation>
            <numerusform>Se añadió %Ln contacto nuevo.</numerusform>
            <numerusform>Se añadieron %Ln contactos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>Se omitió %Ln fila.</numerusform>
            <numerusform>Se omitieron %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} were already in Rapport and were merged ({u} got new details).</source>
        <translation>{n} ya estaban en Rapport y se combinaron ({u} recibieron datos nuevos).</translation>
    </message>
    <message>
        <source>{n} look like someone already here (same name) and were kept apart, since a name alone does not make the same person.</source>
        <translation>{n} parecen alguien que ya está aquí (mismo nombre) y se mantuvieron aparte, porque un nombre por sí solo no hace a la misma persona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What was odd in the file&lt;/b&gt;&lt;br&gt;Each line names its place in the file. Odd values were kept as notes or left out; the people were imported all the same.</source>
        <translation>&lt;b&gt;Lo que era raro en el archivo&lt;/b&gt;&lt;br&gt;Cada línea indica su lugar en el archivo. Los valores raros se guardaron como notas o se dejaron fuera; las personas se importaron igualmente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What needs a look&lt;/b&gt;&lt;br&gt;Odd values were kept as notes on their person; a skipped row had nobody in it. Importing the file again after fixing it merges, never doubles.</source>
        <translation>&lt;b&gt;Lo que hay que revisar&lt;/b&gt;&lt;br&gt;Los valores raros se guardaron como notas en su persona; una fila omitida no tenía a nadie. Volver a importar el archivo después de corregirlo combina, nunca duplica.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync with your server now (File → Sync Now)</source>
        <translation>Sincronizar ahora con tu servidor (Archivo → Sincronizar ahora)</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincro&amp;nizar ahora</translation>
    </message>
    <message>
        <source>Sync contacts and follow-ups with your CardDAV/CalDAV server</source>
        <translation>Sincronizar contactos y seguimientos con tu servidor CardDAV/CalDAV</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión: %Ln cambio en espera</numerusform>
            <numerusform>Sin conexión: %Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: the server refused the login — check Preferences → Sync</source>
        <translation>Sincronización: el servidor rechazó el inicio de sesión; revisa Preferencias → Sincronización</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Error de sincronización: %Ln cambio en espera</numerusform>
            <numerusform>Error de sincronización: %Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln change(s) waiting</source>
        <translation>
            <numerusform> — %Ln cambio en espera</numerusform>
            <numerusform> — %Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Aún sin sincronizar: %Ln cambio en espera</numerusform>
            <numerusform>Aún sin sincronizar: %Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source> — {n} to review in Preferences → Sync</source>
        <translation> — {n} por revisar en Preferencias → Sincronización</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <source>this machine has no system keyring (Secret Service, KWallet, Windows Credential Locker or macOS Keychain) to keep the password in; give a command that prints it instead, e.g. --password-command &apos;pass show dav&apos;</source>
        <translation>este ordenador no tiene un llavero del sistema (Secret Service, KWallet, Administrador de credenciales de Windows o Llavero de macOS) donde guardar la contraseña; indica en su lugar un comando que la imprima, p. ej., --password-command &apos;pass show dav&apos;</translation>
    </message>
    <message>
        <source>the password command could not run: {reason}</source>
        <translation>no se pudo ejecutar el comando de la contraseña: {reason}</translation>
    </message>
    <message>
        <source>the password command exited with {code}</source>
        <translation>el comando de la contraseña terminó con {code}</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>el comando de la contraseña no imprimió nada</translation>
    </message>
    <message>
        <source>the system keyring did not give the password: {reason}</source>
        <translation>el llavero del sistema no dio la contraseña: {reason}</translation>
    </message>
    <message>
        <source>the system keyring has no password for {name}; run &apos;rapport sync setup&apos; again</source>
        <translation>el llavero del sistema no tiene contraseña para {name}; vuelve a configurar la sincronización (&apos;rapport sync setup&apos;)</translation>
    </message>
    <message>
        <source>the server does not allow this ({request})</source>
        <translation>el servidor no lo permite ({request})</translation>
    </message>
    <message>
        <source>the server at {url} refused the login for user &apos;{user}&apos; (check the user name and password)</source>
        <translation>el servidor {url} rechazó el inicio de sesión del usuario &apos;{user}&apos; (revisa el nombre de usuario y la contraseña)</translation>
    </message>
    <message>
        <source>the server at {url} did not answer as a CardDAV/CalDAV server: {reason}</source>
        <translation>el servidor {url} no respondió como un servidor CardDAV/CalDAV: {reason}</translation>
    </message>
    <message>
        <source>cannot reach the server at {url}: {reason}</source>
        <translation>no se puede conectar con el servidor {url}: {reason}</translation>
    </message>
    <message>
        <source>the server at {url} answered {status} ({request})</source>
        <translation>el servidor {url} respondió {status} ({request})</translation>
    </message>
    <message>
        <source>the server did not create the {kind} collection &apos;{name}&apos; ({status})</source>
        <translation>el servidor no creó la colección {kind} &apos;{name}&apos; ({status})</translation>
    </message>
    <message>
        <source>the server did not send the items ({status})</source>
        <translation>el servidor no envió los elementos ({status})</translation>
    </message>
    <message>
        <source>the server refused to store {item} ({status}): {reply}</source>
        <translation>el servidor se negó a guardar {item} ({status}): {reply}</translation>
    </message>
    <message>
        <source>the server refused to delete {item} ({status})</source>
        <translation>el servidor se negó a borrar {item} ({status})</translation>
    </message>
    <message>
        <source>the server has no address book called &apos;{name}&apos;</source>
        <translation>el servidor no tiene ninguna libreta de direcciones llamada &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the server has no calendar called &apos;{name}&apos;</source>
        <translation>el servidor no tiene ningún calendario llamado &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync with your server</source>
        <translation>Sincronizar con tu servidor</translation>
    </message>
    <message>
        <source>Keep your contacts and follow-ups on your phone and in your calendar: Rapport syncs both ways with a CardDAV/CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Your phone syncs with the same server.</source>
        <translation>Ten tus contactos y seguimientos en el móvil y en tu calendario: Rapport sincroniza en ambos sentidos con un servidor CardDAV/CalDAV (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale, Baïkal…). Tu móvil se sincroniza con el mismo servidor.</translation>
    </message>
    <message>
        <source>a command that prints the password, e.g. pass show dav</source>
        <translation>un comando que imprime la contraseña, p. ej., pass show dav</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Comando de contraseña</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;command:</source>
        <translation>Coman&amp;do de contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in your system keyring, never in Rapport&apos;s files.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en los archivos de Rapport.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the password in: give a command that prints it (Rapport runs it at each sync and stores only the command).</source>
        <translation>Este ordenador no tiene un llavero del sistema donde guardar la contraseña: indica un comando que la imprima (Rapport lo ejecuta en cada sincronización y solo guarda el comando).</translation>
    </message>
    <message>
        <source>The account name you sign in to your server with</source>
        <translation>El nombre de cuenta con el que inicias sesión en tu servidor</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Check that Rapport can reach the server with this account</source>
        <translation>Comprobar que Rapport puede conectar con el servidor con esta cuenta</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Libreta de direcciones</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Where your contacts go on the server; type a new name and Rapport creates it</source>
        <translation>La libreta de direcciones del servidor donde van tus contactos; escribe un nombre nuevo y Rapport la crea</translation>
    </message>
    <message>
        <source>Where your follow-ups go on the server; type a new name and Rapport creates it</source>
        <translation>El calendario del servidor donde van tus seguimientos; escribe un nombre nuevo y Rapport lo crea</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Libreta de direcciones:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Cal&amp;endario:</translation>
    </message>
    <message>
        <source>Choose one the server has, or type a new name: Rapport creates it.</source>
        <translation>Elige una de las que tiene el servidor, o escribe un nombre nuevo: Rapport la crea.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sync on &amp;start, after a change and every</source>
        <translation>Sincronizar al &amp;iniciar, tras un cambio y cada</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sincronizar automáticamente</translation>
    </message>
    <message>
        <source>Sync on start, after each change and every few minutes</source>
        <translation>Sincronizar al iniciar, tras cada cambio y cada pocos minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutos entre sincronizaciones</translation>
    </message>
    <message>
        <source>How often Rapport syncs on its own while it is open</source>
        <translation>Cada cuánto se sincroniza Rapport por sí solo mientras está abierto</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Nothing to review. When a field was changed here and on the server differently, Rapport keeps yours, adds the server&apos;s to the notes, and lists it here.</source>
        <translation>Nada que revisar. Cuando un campo cambió de forma distinta aquí y en el servidor, Rapport conserva el tuyo, añade el del servidor a las notas y lo muestra aquí.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marcar como revisado</translation>
    </message>
    <message>
        <source>Clear the list of conflicts once you have checked them</source>
        <translation>Vaciar la lista de conflictos cuando los hayas revisado</translation>
    </message>
    <message>
        <source>&amp;Forget this account</source>
        <translation>&amp;Olvidar esta cuenta</translation>
    </message>
    <message>
        <source>Stop syncing and remove this account and its password from Rapport</source>
        <translation>Dejar de sincronizar y quitar esta cuenta y su contraseña de Rapport</translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation>(guardada en el llavero)</translation>
    </message>
    <message>
        <source>No account yet: fill in the server and press Test connection.</source>
        <translation>Aún no hay cuenta: completa el servidor y pulsa Probar conexión.</translation>
    </message>
    <message>
        <source>Last sync: {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún sin sincronizar.</translation>
    </message>
    <message>
        <source>{name}: {field} — kept “{ours}”, the server had “{theirs}”</source>
        <translation>{name}: {field} — se conservó “{ours}”; el servidor tenía “{theirs}”</translation>
    </message>
    <message>
        <source>type the password (or a password command)</source>
        <translation>escribe la contraseña (o un comando de contraseña)</translation>
    </message>
    <message>
        <source>Fill in the server and the user name.</source>
        <translation>Completa el servidor y el nombre de usuario.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: {books} address books, {calendars} calendars.</source>
        <translation>Conectado: {books} libretas de direcciones, {calendars} calendarios.</translation>
    </message>
    <message>
        <source>Sync: fill in the server and the user name (or clear both).</source>
        <translation>Sincronización: completa el servidor y el nombre de usuario (o vacía ambos).</translation>
    </message>
    <message>
        <source>Sync: this computer has no system keyring; give a command that prints the password.</source>
        <translation>Sincronización: este ordenador no tiene llavero del sistema; indica un comando que imprima la contraseña.</translation>
    </message>
    <message>
        <source>Sync: {reason}</source>
        <translation>Sincronización: {reason}</translation>
    </message>
    <message>
        <source>Forget the sync account</source>
        <translation>Olvidar la cuenta de sincronización</translation>
    </message>
    <message>
        <source>Stop syncing with {url}? Your contacts and follow-ups stay here and on the server; Rapport forgets the account, its password and what it last synced.</source>
        <translation>¿Dejar de sincronizar con {url}? Tus contactos y seguimientos se quedan aquí y en el servidor; Rapport olvida la cuenta, su contraseña y lo último que sincronizó.</translation>
    </message>
</context>
<context>
    <name>TargetCompaniesDialog</name>
    <message>
        <source>Target companies</source>
        <translation>Empresas objetivo</translation>
    </message>
    <message>
        <source>Companies you want to work for</source>
        <translation>Empresas en las que quieres trabajar</translation>
    </message>
    <message>
        <source>Tick a company to put it on your list. At the end of a coffee, offer to send the list and ask for suggestions — then log it as “Sent something”.</source>
        <translation>Marca una empresa para ponerla en tu lista. Al final de un café, ofrece enviar la lista y pide sugerencias; después regístralo como “Envío”.</translation>
    </message>
    <message>
        <source>Add a target company (Enter)</source>
        <translation>Añadir una empresa objetivo (Enter)</translation>
    </message>
    <message>
        <source>New target company</source>
        <translation>Nueva empresa objetivo</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter target companies</source>
        <translation>Filtrar empresas objetivo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Your companies and how many people you know at each; tick the ones you would love to work for</source>
        <translation>Tus empresas y cuántas personas conoces en cada una; marca aquellas en las que te encantaría trabajar</translation>
    </message>
    <message>
        <source>Who you know there</source>
        <translation>A quién conoces allí</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Has your list</source>
        <translation>Tiene tu lista</translation>
    </message>
    <message>
        <source>Your contacts at the chosen company, their stage and whether they have your list</source>
        <translation>Tus contactos en la empresa elegida, su etapa y si tienen tu lista</translation>
    </message>
    <message>
        <source>Log: sent them the list…</source>
        <translation>Registrar: le envié la lista…</translation>
    </message>
    <message>
        <source>Record that you sent your target list to the chosen person</source>
        <translation>Registrar que enviaste tu lista de empresas objetivo a la persona elegida</translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation>Mostrar contacto</translation>
    </message>
    <message>
        <source>Closes this window and opens the chosen person&apos;s details</source>
        <translation>Cierra esta ventana y abre la ficha de la persona elegida</translation>
    </message>
    <message>
        <source>Who has your list</source>
        <translation>Quién tiene tu lista</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>The people you sent your list to, when and what; double-click one to open their details</source>
        <translation>Las personas a las que enviaste tu lista, cuándo y qué; haz doble clic en una para abrir su ficha</translation>
    </message>
    <message>
        <source>Nobody yet. Log a “Sent something” interaction when you send your list.</source>
        <translation>Nadie todavía. Registra una interacción “Envío” cuando envíes tu lista.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Nobody you know works here yet. Ask your contacts who does.</source>
        <translation>Todavía no conoces a nadie que trabaje aquí. Pregunta a tus contactos quién trabaja allí.</translation>
    </message>
    <message>
        <source>My target company list</source>
        <translation>Mi lista de empresas objetivo</translation>
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
        <translation>fin</translation>
    </message>
    <message>
        <source>paused — Space to go</source>
        <translation>en pausa: Space para seguir</translation>
    </message>
    <message>
        <source>{wpm:.0f} wpm   {time}   {state}</source>
        <translation>{wpm:.0f} ppm   {time}   {state}</translation>
    </message>
    <message>
        <source>Space pause · ↑ ↓ pace · ← → jump · Home restart · Esc leave</source>
        <translation>Space pausa · ↑ ↓ ritmo · ← → saltar · Home volver al inicio · Esc salir</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Rehearsal lights</source>
        <translation>Luces de ensayo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Green — you can finish, at</source>
        <translation>Verde — ya puedes terminar, a los</translation>
    </message>
    <message>
        <source>Yellow — wrap up, at</source>
        <translation>Amarilla — ve cerrando, a los</translation>
    </message>
    <message>
        <source>Red — time&apos;s up, at</source>
        <translation>Roja — se acabó el tiempo, a los</translation>
    </message>
    <message>
        <source>{t} s (the target)</source>
        <translation>{t} s (el objetivo)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>Green at 2/3 and yellow at 5/6 of the target</source>
        <translation>Verde a 2/3 y amarilla a 5/6 del objetivo</translation>
    </message>
</context>
<context>
    <name>TiesPanel</name>
    <message>
        <source>Strong and weak ties</source>
        <translation>Vínculos fuertes y débiles</translation>
    </message>
    <message>
        <source>Ties reached</source>
        <translation>Vínculos alcanzados</translation>
    </message>
    <message>
        <source>How many people you know well, a little or not yet you have been in touch with; Enter lists them</source>
        <translation>De las personas que conoces bien, un poco o todavía no, con cuántas has estado en contacto; Enter las muestra</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuertes</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débiles</translation>
    </message>
    <message>
        <source>{r} of {t} reached</source>
        <translation>{r} de {t} alcanzados</translation>
    </message>
    <message>
        <source>{label}: {share} reached — at least one interaction logged</source>
        <translation>{label}: {share} alcanzados (al menos una interacción registrada)</translation>
    </message>
    <message>
        <source>Reached: {label}</source>
        <translation>Alcanzados: {label}</translation>
    </message>
    <message>
        <source>People you know less well are often the most willing to help. Solid: reached.</source>
        <translation>Las personas que conoces menos suelen ser las más dispuestas a ayudar. Sólido: alcanzados.</translation>
    </message>
    <message>
        <source>Mark how well you know each person (close, acquaintance, new) to compare here.</source>
        <translation>Indica cuánto conoces a cada persona (cercana, conocida, nueva) para compararlo aquí.</translation>
    </message>
    <message>
        <source>{n} of your {t} referrals</source>
        <translation>{n} de tus {t} recomendaciones</translation>
    </message>
    <message>
        <source>Referred by weak ties</source>
        <translation>Recomendados por vínculos débiles</translation>
    </message>
    <message>
        <source>Weak ties gave {link} ({share}).</source>
        <translation>Los vínculos débiles aportaron {link} ({share}).</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Choose from a list of times (Alt+Down)</source>
        <translation>Elegir de una lista de horas (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a time — 9, 930, 9:30, 14.30, 2pm — or press Alt+Down for a list</source>
        <translation>Escribe una hora — 9, 930, 9:30, 14.30, 14 — o pulsa Alt+Down para ver una lista</translation>
    </message>
    <message>
        <source>not a time — try 9:30 or 2pm</source>
        <translation>no es una hora: prueba 9:30 o 14</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message numerus="yes">
        <source>{day}: %Ln item(s)</source>
        <translation>
            <numerusform>{day}: %Ln elemento</numerusform>
            <numerusform>{day}: %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message numerus="yes">
        <source>{day}
%Ln item(s)</source>
        <translation>
            <numerusform>{day}
%Ln elemento</numerusform>
            <numerusform>{day}
%Ln elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>No conversations logged yet. After a call, a coffee or an email, press Ctrl+L to log it.</source>
        <translation>Aún no hay conversaciones registradas. Después de una llamada, un café o un correo, pulsa Ctrl+L para registrarlo.</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <source>Log a call, coffee, email… with this contact (Ctrl+L)</source>
        <translation>Registrar una llamada, un café, un correo… con este contacto (Ctrl+L)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Con {name}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>TimesPopup</name>
    <message>
        <source>Choose a time</source>
        <translation>Elegir una hora</translation>
    </message>
</context>
<context>
    <name>TimingBar</name>
    <message>
        <source>Length against target</source>
        <translation>Duración frente al objetivo</translation>
    </message>
    <message>
        <source>About {e:.0f} s of {t:.0f} s</source>
        <translation>Unos {e:.0f} s de {t:.0f} s</translation>
    </message>
    <message>
        <source> — {o:.0f} s too long</source>
        <translation> — {o:.0f} s de más</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <source>Log a call, coffee or email, and get reminded (Ctrl+L)</source>
        <translation>Registrar una llamada, un café o un correo, y recibir un recordatorio (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <source>Get Started &amp;Checklist</source>
        <translation>&amp;Lista de primeros pasos</translation>
    </message>
    <message>
        <source>Show the five steps that set up your campaign on Today</source>
        <translation>Mostrar en Hoy los cinco pasos que ponen en marcha tu campaña</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasados</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>para hoy</translation>
    </message>
    <message>
        <source>later this week</source>
        <translation>más adelante esta semana</translation>
    </message>
    <message>
        <source>done this week</source>
        <translation>hechos esta semana</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>contactos nuevos</translation>
    </message>
    <message>
        <source>rehearsals</source>
        <translation>ensayos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done</source>
        <translation>Marcar como hechos los seguimientos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the selected follow-ups</source>
        <translation>Descartar los seguimientos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Snooze the selected follow-ups (Ctrl+Shift+S)</source>
        <translation>Posponer los seguimientos seleccionados (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>Show the contact of the selected follow-up</source>
        <translation>Mostrar el contacto del seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Snooze all overdue</source>
        <translation>Posponer todos los atrasados</translation>
    </message>
    <message>
        <source>Move every overdue follow-up to a later day (Ctrl+Shift+O)</source>
        <translation>Mover todos los seguimientos atrasados a un día posterior (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>What to do today and what is overdue; Enter opens the person, Ctrl+D marks it done</source>
        <translation>Lo que toca hoy y lo que está atrasado; Enter abre la ficha de la persona y Ctrl+D lo marca como hecho</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Hoy · {day}</translation>
    </message>
    <message>
        <source>Nothing due in the next seven days. Follow-ups appear here when you log a conversation, add a referral or send someone something — try “Log interaction…”.</source>
        <translation>Nada pendiente en los próximos siete días. Los seguimientos aparecen aquí cuando registras una conversación, añades una recomendación o envías algo a alguien: prueba “Registrar interacción…”.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>Conversations and messages logged since Monday</source>
        <translation>Conversaciones y mensajes registrados desde el lunes</translation>
    </message>
    <message>
        <source>Open follow-ups whose day has passed</source>
        <translation>Seguimientos abiertos cuyo día ya pasó</translation>
    </message>
    <message>
        <source>Open follow-ups due after today and by Sunday</source>
        <translation>Seguimientos abiertos para después de hoy y hasta el domingo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Compose the monthly update…</source>
        <translation>Redactar las novedades del mes…</translation>
    </message>
    <message>
        <source>Open script…</source>
        <translation>Abrir guion…</translation>
    </message>
    <message>
        <source>Prepare for a meeting…</source>
        <translation>Preparar una reunión…</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Hecho: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) done</source>
        <translation>
            <numerusform>%Ln seguimiento hecho</numerusform>
            <numerusform>%Ln seguimientos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation>Registrar {what}</translation>
    </message>
    <message>
        <source>Record that you did it, so your timeline and keep-in-touch stay right</source>
        <translation>Registrar que lo hiciste, para que tu historial y el contacto periódico estén al día</translation>
    </message>
    <message>
        <source>Compose update…</source>
        <translation>Redactar novedades…</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Abrir guion</translation>
    </message>
    <message>
        <source>Logged — your timeline is up to date.</source>
        <translation>Registrado: tu historial está al día.</translation>
    </message>
</context>
<context>
    <name>TrailPanel</name>
    <message>
        <source>Referral trail</source>
        <translation>Cadena de recomendaciones</translation>
    </message>
    <message>
        <source>Referral trail depth</source>
        <translation>Profundidad de la cadena de recomendaciones</translation>
    </message>
    <message>
        <source>How many people you reached through one, two or more introductions; Enter lists them</source>
        <translation>A cuántas personas llegaste a través de una, dos o más recomendaciones; Enter las muestra</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln paso</numerusform>
            <numerusform>%Ln pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} people {level} introductions away from someone you knew</source>
        <translation>{n} personas a {level} presentaciones de alguien que conocías</translation>
    </message>
    <message>
        <source>{label} along a referral trail</source>
        <translation>{label} a lo largo de una cadena de recomendaciones</translation>
    </message>
    <message>
        <source>When someone refers you to a person who then refers you on, the trail shows here.</source>
        <translation>Cuando alguien te recomienda a una persona que a su vez te recomienda a otra, la cadena aparece aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) you knew</source>
        <translation>
            <numerusform>%Ln persona que conocías</numerusform>
            <numerusform>%Ln personas que conocías</numerusform>
        </translation>
    </message>
    <message>
        <source>People who referred someone to you</source>
        <translation>Personas que te recomendaron a alguien</translation>
    </message>
    <message>
        <source>{starters} started trails that reached {n} new people. Each name leads to the next — follow them up within a few days.</source>
        <translation>{starters} iniciaron cadenas que llegaron a {n} personas nuevas. Cada nombre lleva al siguiente: contacta con ellos en pocos días.</translation>
    </message>
    <message>
        <source>Longest trail: {chain}</source>
        <translation>Cadena más larga: {chain}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show Rapport</source>
        <translation>&amp;Mostrar Rapport</translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation>&amp;Salir de Rapport</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetings</name>
    <message>
        <source>Meetings coming up</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>No meetings planned this week. Log a coffee with a time ahead (Ctrl+L) and prepare for it here.</source>
        <translation>No hay reuniones previstas esta semana. Registra un café con una hora futura (Ctrl+L) y prepáralo aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {kind}, {day} {time}</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>What you know, your questions, your pitch — before you go</source>
        <translation>Lo que sabes, tus preguntas, tu pitch: antes de ir</translation>
    </message>
</context>
<context>
    <name>WebsitesEditor</name>
    <message>
        <source>Add website</source>
        <translation>Añadir sitio web</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <source>goal {n}</source>
        <translation>meta {n}</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your last changes on {pages} could not be saved yet.</source>
        <translation>Tus últimos cambios en {pages} aún no se han podido guardar.</translation>
    </message>
    <message>
        <source>Rapport keeps trying while the window is open (the disk may be full, or another program may hold the database). Close anyway and lose them, or keep the window open?</source>
        <translation>Rapport sigue intentándolo mientras la ventana esté abierta (puede que el disco esté lleno u otro programa tenga la base de datos). ¿Cerrar de todos modos y perderlos, o mantener la ventana abierta?</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Mantener abierta</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Rapport is still running</source>
        <translation>Rapport sigue en marcha</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of follow-ups. Quit it from this icon&apos;s menu or with File → Quit; Edit → Preferences → General turns this off.</source>
        <translation>Se queda en la bandeja para recordarte los seguimientos. Ciérralo desde el menú de este icono o con Archivo → Salir; Editar → Preferencias → General lo desactiva.</translation>
    </message>
</context>
<context>
    <name>WriteTab</name>
    <message>
        <source>Who you are, what you do best (one example with a number), what you are looking for — then ask: “Who do you know who…?” Plain words, about 75 for 30 seconds.</source>
        <translation>Quién eres, qué haces mejor (un ejemplo con una cifra), qué buscas, y luego pregunta: “¿A quién conoces que…?”. Palabras sencillas, unas 75 para 30 segundos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ {s} s at {wpm} wpm</source>
        <translation>≈ {s} s a {wpm} ppm</translation>
    </message>
    <message>
        <source>of {t} s — {o} s over</source>
        <translation>de {t} s — {o} s de más</translation>
    </message>
    <message>
        <source>of {t} s</source>
        <translation>de {t} s</translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Quitar esta dirección</translation>
    </message>
</context>
<context>
    <name>_DateRow</name>
    <message>
        <source>e.g. Graduation</source>
        <translation>p. ej., Graduación</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Qué es la fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Quitar esta fecha</translation>
    </message>
</context>
<context>
    <name>_HandleRow</name>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Signal, Matrix, Mastodon, GitHub… or type another</source>
        <translation>Signal, Matrix, Mastodon, GitHub… o escribe otro</translation>
    </message>
    <message>
        <source>@name or address</source>
        <translation>@nombre o dirección</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Handle label</source>
        <translation>Etiqueta del usuario</translation>
    </message>
    <message>
        <source>Remove this handle</source>
        <translation>Quitar este usuario</translation>
    </message>
</context>
<context>
    <name>_WebsiteRow</name>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Website label</source>
        <translation>Etiqueta del sitio web</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>Quitar este sitio web</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rapport&apos;s database is damaged and there is no backup to restore:
{path}

{detail}

The file has not been changed. Keep it safe; it may still be recoverable with SQLite tools.</source>
        <translation>La base de datos de Rapport está dañada y no hay ninguna copia de seguridad que restaurar:
{path}

{detail}

El archivo no se ha modificado. Guárdalo bien; quizá aún se pueda recuperar con las herramientas de SQLite.</translation>
    </message>
    <message>
        <source>Rapport&apos;s database is damaged:
{detail}

Restore the newest good backup, from {when}? The damaged file is kept beside it.</source>
        <translation>La base de datos de Rapport está dañada:
{detail}

¿Restaurar la copia buena más reciente, del {when}? El archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
        <source>The data folder is read-only:
{path}

The window saves what you type as you type, so it does not open on a folder it cannot write. The data can still be read from the command line (rapport --data-dir FOLDER export, search, agenda, backup -o FILE); make the folder writable to work in it.</source>
        <translation>La carpeta de datos es de solo lectura:
{path}

La ventana guarda lo que escribes a medida que lo escribes, así que no se abre en una carpeta en la que no puede escribir. Los datos se pueden seguir leyendo desde la línea de comandos (rapport --data-dir CARPETA export, search, agenda, backup -o ARCHIVO); haz que la carpeta admita escritura para trabajar en ella.</translation>
    </message>
    <message>
        <source>Rapport cannot use its data folder:
{error}</source>
        <translation>Rapport no puede usar su carpeta de datos:
{error}</translation>
    </message>
    <message>
        <source>Rapport cannot start: {problem}</source>
        <translation>Rapport no puede iniciarse: {problem}</translation>
    </message>
    <message>
        <source>Rapport is already open with this data folder{who}:
{path}

Switch to that window, or close it before starting Rapport again.</source>
        <translation>Rapport ya está abierto con esta carpeta de datos{who}:
{path}

Cambia a esa ventana o ciérrala antes de volver a iniciar Rapport.</translation>
    </message>
    <message>
        <source>Rapport cannot open its database:
{path}

{error}</source>
        <translation>Rapport no puede abrir su base de datos:
{path}

{error}</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>same day</source>
        <translation>mismo día</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Move meeting to {when}</source>
        <translation>Mover la reunión al {when}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Rapport — unexpected error</source>
        <translation>Rapport — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that Rapport did not expect. Everything you saved is safe.</source>
        <translation>Ha ocurrido algo que Rapport no esperaba. Todo lo que guardaste está a salvo.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>Los detalles se escribieron en el archivo de registro:
{path}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Combinar con…</translation>
    </message>
    <message>
        <source>Which contact is the same person as {name}?</source>
        <translation>¿Qué contacto es la misma persona que {name}?</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>Add follow-up: {title}</source>
        <translation>Añadir seguimiento: {title}</translation>
    </message>
</context>
<context>
    <name>opportunities</name>
    <message>
        <source>New &amp;Opportunity…</source>
        <translation>Nueva &amp;oportunidad…</translation>
    </message>
    <message>
        <source>Add a job you are interested in, applied to or were referred to</source>
        <translation>Añadir un empleo que te interesa, al que te has presentado o para el que te han recomendado</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
</context>
</TS>
