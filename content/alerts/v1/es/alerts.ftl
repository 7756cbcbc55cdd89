# Check-ins and "I need help now": what a child reads, and the words on the buttons.
# Audiences: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult.
#   checkin-ask-<audience>: the question on the check-in screen
#   checkin-face-<1..5>-<audience>: the five faces, from 1 (very bad) to 5 (very good)
#   checkin-talk-<audience>: the button "I want to talk to …" (the pictures of the
#     guardian and caseworker follow it)
#   checkin-words-<audience>: the optional words box (older bands; young ones get a
#     picture-only screen, but the text exists for a caregiver reading aloud)
#   checkin-sent-<audience>: shown once the check-in has gone
#   checkin-free-<audience>: that checking in is never a duty
#   checkin-invite-<audience>: the gentle reminder when the agreed rhythm comes round
#   help-button-<audience>: the "I need help now" button
#   help-what-<audience>: what pressing it does
#   help-queued-<audience>: pressed without a connection: it waits on the phone
#   help-sent-<audience>: the server has it; on-call staff are told
#   help-seen-<audience>: a person has seen it (and nothing more is promised)
# No promise the system cannot keep: a person is told and a person has seen it; nobody
# can promise when someone arrives or what happens next.
#
# Spanish (es): MACHINE DRAFT translation of content/alerts/v1/en/alerts.ftl, made by an
# AI model (Claude) on 2026-12-03; not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording; no variables, no selectors.
# Terms: check in = "contar cómo estás / cómo te sientes" (no noun); call for help =
# "pedido de ayuda"; on duty = "de turno"; helpers (b0to5) = "las personas que te ayudan";
# caseworker = "la persona que lleva tu caso" / "la persona a cargo del caso" (adults);
# guardian = "tu tutor o tutora". Promises no stronger than the English: "se avisa",
# "vio" — never "te van a ayudar" or "alguien va a venir".

checkin-ask-b0to5 = ¿Cómo te sientes hoy?
checkin-ask-b6to9 = ¿Cómo te sientes hoy?
checkin-ask-b10to12 = ¿Cómo te sientes hoy?
checkin-ask-b13to15 = ¿Cómo te sientes hoy?
checkin-ask-b16to17 = ¿Cómo estás hoy?
checkin-ask-adult = ¿Cómo está hoy el niño o la niña?

checkin-face-1-b0to5 = Muy triste
checkin-face-1-b6to9 = Muy mal
checkin-face-1-b10to12 = Muy mal
checkin-face-1-b13to15 = Muy mal
checkin-face-1-b16to17 = Muy mal
checkin-face-1-adult = Muy mal

checkin-face-2-b0to5 = Triste
checkin-face-2-b6to9 = Mal
checkin-face-2-b10to12 = No muy bien
checkin-face-2-b13to15 = No muy bien
checkin-face-2-b16to17 = No muy bien
checkin-face-2-adult = No muy bien

checkin-face-3-b0to5 = Más o menos
checkin-face-3-b6to9 = Más o menos
checkin-face-3-b10to12 = Más o menos
checkin-face-3-b13to15 = Más o menos
checkin-face-3-b16to17 = Más o menos
checkin-face-3-adult = Más o menos

checkin-face-4-b0to5 = Feliz
checkin-face-4-b6to9 = Bien
checkin-face-4-b10to12 = Bien
checkin-face-4-b13to15 = Bien
checkin-face-4-b16to17 = Bien
checkin-face-4-adult = Bien

checkin-face-5-b0to5 = Muy feliz
checkin-face-5-b6to9 = Muy bien
checkin-face-5-b10to12 = Muy bien
checkin-face-5-b13to15 = Muy bien
checkin-face-5-b16to17 = Muy bien
checkin-face-5-adult = Muy bien

checkin-talk-b0to5 = Quiero hablar con …
checkin-talk-b6to9 = Quiero hablar con …
checkin-talk-b10to12 = Quiero hablar con …
checkin-talk-b13to15 = Me gustaría hablar con …
checkin-talk-b16to17 = Me gustaría hablar con …
checkin-talk-adult = Al niño o a la niña le gustaría hablar con …

checkin-words-b0to5 = Puedes contarle más a la persona adulta que está contigo.
checkin-words-b6to9 = Puedes escribir más si quieres.
checkin-words-b10to12 = Puedes escribir más si quieres. Solo tu tutor o tutora y la persona que lleva tu caso pueden leerlo.
checkin-words-b13to15 = Puedes agregar palabras si quieres. Solo tu tutor o tutora y la persona que lleva tu caso pueden leerlas.
checkin-words-b16to17 = Puedes agregar palabras si quieres. Solo tu tutor o tutora y la persona que lleva tu caso pueden leerlas, en sus teléfonos.
checkin-words-adult = Agregar palabras es opcional. Solo pueden leerlas el tutor o la tutora del niño o la niña y la persona a cargo del caso, en sus dispositivos.

checkin-sent-b0to5 = Gracias. Las personas que te ayudan ya pueden ver la carita que elegiste.
checkin-sent-b6to9 = Gracias. Tu tutor o tutora y la persona que lleva tu caso ya pueden verlo.
checkin-sent-b10to12 = Gracias. Tu tutor o tutora y la persona que lleva tu caso pueden ver cómo te sientes.
checkin-sent-b13to15 = Gracias. Ahora tu tutor o tutora y la persona que lleva tu caso pueden ver cómo te sientes.
checkin-sent-b16to17 = Gracias. Ahora tu tutor o tutora y la persona que lleva tu caso pueden ver cómo estás.
checkin-sent-adult = Enviado. El tutor o la tutora del niño o la niña y la persona a cargo del caso ya pueden verlo.

checkin-free-b0to5 = Puedes hacerlo cuando quieras. Está bien si no lo haces.
checkin-free-b6to9 = Puedes hacerlo cuando quieras. Está bien si te lo saltas.
checkin-free-b10to12 = Puedes hacerlo en cualquier momento. Está bien si un día no lo haces.
checkin-free-b13to15 = Puedes contar cómo estás en cualquier momento. Si una vez no lo haces, no pasa nada: nadie te lo va a reprochar.
checkin-free-b16to17 = Puedes contar cómo estás en cualquier momento. Si una vez no lo haces, no pasa nada: nunca se usa en tu contra.
checkin-free-adult = Contar cómo está nunca es una obligación para el niño o la niña. Si una vez no lo hace, eso no se usa en su contra.

checkin-invite-b0to5 = ¿Quieres mostrar cómo te sientes?
checkin-invite-b6to9 = ¿Quieres contarnos cómo te sientes? Puedes saltártelo.
checkin-invite-b10to12 = ¿Quieres contar cómo te sientes hoy? Puedes saltártelo.
checkin-invite-b13to15 = Es hora de contar cómo estás, si quieres. Puedes saltártelo.
checkin-invite-b16to17 = Es hora de contar cómo estás, si quieres. Puedes saltártelo.
checkin-invite-adult = Llegó el momento en que el niño o la niña puede contar cómo está, si quiere. Nunca es una obligación.

help-button-b0to5 = Necesito ayuda ahora
help-button-b6to9 = Necesito ayuda ahora
help-button-b10to12 = Necesito ayuda ahora
help-button-b13to15 = Necesito ayuda ahora
help-button-b16to17 = Necesito ayuda ahora
help-button-adult = El niño o la niña necesita ayuda ahora

help-what-b0to5 = Toca este botón si necesitas ayuda ahora. Se le avisa a una de las personas que te ayudan.
help-what-b6to9 = Toca este botón si necesitas ayuda ahora. Se le avisa a una persona que está trabajando en este momento.
help-what-b10to12 = Toca este botón si necesitas ayuda ahora. Enseguida se les avisa a las personas que están de turno. Si quieres, puedes agregar palabras.
help-what-b13to15 = Toca este botón si necesitas ayuda ahora. Enseguida se les avisa a las personas que están de turno, y si nadie responde, se les avisa a más personas. Si quieres, puedes agregar palabras.
help-what-b16to17 = Toca este botón si necesitas ayuda ahora. Enseguida se les avisa a las personas que están de turno, y si nadie responde, se les avisa a más personas. Las palabras que agregues son solo para tu tutor o tutora y la persona que lleva tu caso.
help-what-adult = Esto envía de inmediato una alerta al personal de turno, y a más personas del equipo si nadie responde. Las palabras que se agreguen solo las pueden leer el tutor o la tutora del niño o la niña y la persona a cargo del caso.

help-queued-b0to5 = Tu teléfono lo va a enviar pronto.
help-queued-b6to9 = Ahora no hay internet. Tu teléfono lo va a enviar cuando pueda.
help-queued-b10to12 = Ahora no hay internet. Tu teléfono lo guarda y lo envía en cuanto pueda.
help-queued-b13to15 = Ahora no hay conexión. Tu teléfono guarda tu pedido de ayuda y lo envía en cuanto pueda.
help-queued-b16to17 = Ahora no hay conexión. Tu teléfono guarda tu pedido de ayuda y lo envía en el momento en que pueda.
help-queued-adult = Sin conexión. El pedido de ayuda se guarda en el teléfono y se envía en cuanto haya conexión.

help-sent-b0to5 = Enviado. Ya se le avisó a una de las personas que te ayudan.
help-sent-b6to9 = Enviado. Ya se le avisó a una persona que está de turno.
help-sent-b10to12 = Enviado. Ya se les avisó a las personas que están de turno.
help-sent-b13to15 = Enviado. Ya se les avisó a las personas que están de turno. Aquí vas a ver cuando una persona lo haya visto.
help-sent-b16to17 = Enviado. Ya se les avisó a las personas que están de turno. Aquí vas a ver cuando una persona lo haya visto.
help-sent-adult = Enviado. Se alertó al personal de turno. Aquí se mostrará cuando una persona lo haya visto.

help-seen-b0to5 = Una de las personas que te ayudan ya lo vio.
help-seen-b6to9 = Una persona vio tu pedido de ayuda.
help-seen-b10to12 = Una persona vio tu pedido de ayuda.
help-seen-b13to15 = Una persona que está de turno vio tu pedido de ayuda.
help-seen-b16to17 = Una persona que está de turno vio tu pedido de ayuda.
help-seen-adult = Una persona del personal de turno vio el pedido de ayuda.
