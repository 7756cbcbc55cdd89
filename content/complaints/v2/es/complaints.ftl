# Quejas: lo que una persona lee antes, durante y después de poner una queja. Versión 2.
# Version 2 of content/complaints/v1/es/complaints.ftl: never edit in place.
# Spanish (es): MACHINE DRAFT translation of content/complaints/v1/en/complaints.ftl, made by
# an AI model (Claude) on 2026-12-03; not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording; no variables, no selectors.
# Terms: complaint team = "el equipo de quejas"; receipt number = "número de seguimiento";
# "poner una queja" (children), "presentar una queja" (b16to17, adults). As in English, no
# promise of an outcome or a day: "intentan" / "procura" stay as weak as "try to" / "aim to".
#
# Version 2 (issue 14): the 18 texts for 0–9 that changed in English v2 are a new MACHINE
# DRAFT by an AI model (Claude), 2026-12-03, translated from content/complaints/v2/en; not
# reviewed by a native speaker. They name "el equipo de quejas" (no more "nos", "el equipo"
# or, in 0–5, "las personas que te ayudan") and explain it the first time in each text in
# the same words as the status texts v2:
#   complaint team: "Son personas que trabajan para ayudar cuando algo está mal."
#   (in the two referred texts, first: "El equipo de quejas trabaja para ayudar cuando
#   algo está mal.")
# All other texts are as in version 1.

complaint-help-after-b0to5 = Dijiste que algo está mal. Alguien del equipo de quejas lo va a leer. Son personas que trabajan para ayudar cuando algo está mal. Van a intentar que las cosas mejoren.
complaint-help-after-b6to9 = El equipo de quejas va a leer lo que escribiste. Son personas que trabajan para ayudar cuando algo está mal. Te van a contestar aquí. Vuelve para ver su respuesta.
complaint-help-after-b10to12 = Una persona del equipo de quejas va a leer tu queja y te va a contestar aquí. En el equipo intentan responder antes de que pase una semana. Vuelve con tu número de seguimiento para leer su respuesta.
complaint-help-after-b13to15 = Una persona del equipo de quejas va a leer tu queja y te va a responder aquí. El equipo procura responderte en un plazo de una semana y contarte lo que hizo en un plazo de tres meses. Puedes agregar más cosas en cualquier momento.
complaint-help-after-b16to17 = El equipo de quejas lee todas las quejas. Procura responderte en un plazo de una semana y contarte lo que hizo en un plazo de tres meses. Puedes agregar más información en cualquier momento con tu número de seguimiento.
complaint-help-after-adult = El equipo de quejas lee todas las quejas. Procura confirmar que la recibió en un plazo de 7 días e informarle de lo que se hizo en un plazo de 3 meses. Puede agregar información en cualquier momento con su número de seguimiento.

complaint-help-readers-b0to5 = Solo el equipo de quejas puede verlo. Son personas que trabajan para ayudar cuando algo está mal. La persona de la que hablas no puede verlo.
complaint-help-readers-b6to9 = Solo el equipo de quejas puede leerlo. Son personas que trabajan para ayudar cuando algo está mal. Si es sobre una persona, esa persona no puede verlo. No tienes que decir tu nombre.
complaint-help-readers-b10to12 = Solo el equipo de quejas puede leer tu queja. La persona de la que te quejas no puede verla. No tienes que decir tu nombre.
complaint-help-readers-b13to15 = Solo el equipo de quejas puede leer tu queja, en sus propios teléfonos. La persona de la que te quejas no puede verla, y el servidor que la lleva no puede leerla. No tienes que decir tu nombre.
complaint-help-readers-b16to17 = Solo el equipo de quejas puede leer tu queja: se cierra con llave en tu teléfono y se abre en los teléfonos del equipo. La persona de la que te quejas no puede verla. No tienes que decir tu nombre.
complaint-help-readers-adult = Solo el equipo de quejas puede leer la queja: se cifra en su teléfono y se descifra en los teléfonos del equipo. La persona de la que se queja no puede verla. No tiene que dar su nombre.

complaint-help-receipt-b0to5 = Te dan un número. Una persona adulta de confianza puede guardarlo por ti.
complaint-help-receipt-b6to9 = Te dan un número largo. Es tu llave para ver la respuesta. Guárdalo en secreto. Anótalo y escóndelo.
complaint-help-receipt-b10to12 = Te dan un número de seguimiento. Con él puedes leer la respuesta, en cualquier teléfono. Guárdalo en secreto: cualquier persona que tenga el número puede leer tu queja.
complaint-help-receipt-b13to15 = Te dan un número de seguimiento una sola vez. Con él puedes leer las respuestas y agregar más cosas, en cualquier teléfono. Guárdalo en secreto: quien lo tenga puede leer tu queja. Si lo pierdes, nadie puede encontrarlo por ti.
complaint-help-receipt-b16to17 = Te dan un número de seguimiento una sola vez. Con él puedes leer las respuestas y agregar más cosas, desde cualquier teléfono. Guárdalo en secreto: quien lo tenga puede leer tu queja. Si lo pierdes, nadie puede devolvértelo.
complaint-help-receipt-adult = Se le entrega un número de seguimiento una sola vez. Con él puede leer las respuestas y agregar información desde cualquier dispositivo. Guárdelo en secreto: quien lo tenga puede leer la queja. Si se pierde, nadie puede recuperarlo.

complaint-urgent-b0to5 = Si alguien está lastimando a un niño o a una niña ahora, toca aquí. Enseguida se le avisa a una persona que está de turno.
complaint-urgent-b6to9 = Si un niño o una niña está en peligro ahora, elige esto. Enseguida se le avisa a una persona que está de turno.
complaint-urgent-b10to12 = Si un niño o una niña está en peligro ahora, elige esto. Enseguida se les avisa a las personas que están de turno.
complaint-urgent-b13to15 = Si un niño o una niña está en peligro ahora, elige esto. Enseguida se les avisa a las personas que están de turno, y si nadie responde, se les avisa a otras personas.
complaint-urgent-b16to17 = Si un niño o una niña está en peligro ahora, elige esto. Enseguida se les avisa a las personas que están de turno, y si nadie responde rápido, se les avisa a más personas.
complaint-urgent-adult = Si un niño o una niña está en peligro ahora, elija esta opción. El personal de turno recibe una alerta de inmediato, y la alerta llega a más personas si nadie responde.

complaint-received-b0to5 = Gracias por contárselo al equipo de quejas. Son personas que trabajan para ayudar cuando algo está mal. Una de ellas lo va a leer.
complaint-received-b6to9 = Gracias. Tu queja llegó. Alguien del equipo de quejas la va a leer. Son personas que trabajan para ayudar cuando algo está mal.
complaint-received-b10to12 = Gracias. Tu queja llegó. Una persona del equipo de quejas la va a leer.
complaint-received-b13to15 = Gracias. Tu queja llegó de forma segura. Una persona del equipo de quejas la va a leer y te va a responder aquí.
complaint-received-b16to17 = Gracias. Tu queja llegó de forma segura. El equipo de quejas la va a leer y te va a responder aquí.
complaint-received-adult = Gracias. Se recibió su queja. El equipo de quejas la leerá y responderá aquí.

complaint-status-received-b0to5 = Tu mensaje está esperando al equipo de quejas. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-received-b6to9 = Tu queja está esperando. Todavía nadie la leyó.
complaint-status-received-b10to12 = Tu queja llegó. Todavía nadie del equipo la leyó.
complaint-status-received-b13to15 = Tu queja llegó. Todavía nadie del equipo la leyó.
complaint-status-received-b16to17 = Recibida. Todavía nadie del equipo de quejas la leyó.
complaint-status-received-adult = Recibida. El equipo de quejas todavía no la ha leído.

complaint-status-acknowledged-b0to5 = Alguien del equipo de quejas leyó tu mensaje. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-acknowledged-b6to9 = Alguien del equipo de quejas leyó tu queja. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-acknowledged-b10to12 = Una persona del equipo de quejas leyó tu queja.
complaint-status-acknowledged-b13to15 = Una persona del equipo de quejas leyó tu queja.
complaint-status-acknowledged-b16to17 = Leída por el equipo de quejas.
complaint-status-acknowledged-adult = Recepción confirmada por el equipo de quejas.

complaint-status-in-review-b0to5 = Alguien del equipo de quejas se está ocupando de esto. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-in-review-b6to9 = El equipo de quejas está revisando lo que le contaste. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-in-review-b10to12 = El equipo de quejas está revisando lo que pasó.
complaint-status-in-review-b13to15 = El equipo de quejas está revisando lo que pasó.
complaint-status-in-review-b16to17 = El equipo de quejas la está revisando.
complaint-status-in-review-adult = En revisión por el equipo de quejas.

complaint-status-referred-b0to5 = El equipo de quejas trabaja para ayudar cuando algo está mal. Les pidió a otras personas que ayuden con esto.
complaint-status-referred-b6to9 = El equipo de quejas trabaja para ayudar cuando algo está mal. Les pidió ayuda a otras personas que pueden ayudar con esto.
complaint-status-referred-b10to12 = El equipo de quejas se la pasó a otro servicio que puede ayudar con esto.
complaint-status-referred-b13to15 = El equipo de quejas se la pasó a otro servicio que puede ayudar con esto.
complaint-status-referred-b16to17 = Se pasó a otro servicio que puede encargarse de esto.
complaint-status-referred-adult = Remitida a otro servicio que puede encargarse del asunto.

complaint-status-action-taken-b0to5 = El equipo de quejas hizo algo sobre esto. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-action-taken-b6to9 = El equipo de quejas hizo algo sobre tu queja. Son personas que trabajan para ayudar cuando algo está mal.
complaint-status-action-taken-b10to12 = El equipo de quejas hizo algo sobre tu queja. Lee su respuesta.
complaint-status-action-taken-b13to15 = El equipo de quejas tomó medidas sobre tu queja. Lee su respuesta.
complaint-status-action-taken-b16to17 = El equipo de quejas tomó medidas. Su respuesta dice lo que hizo.
complaint-status-action-taken-adult = Se tomaron medidas. La respuesta del equipo indica lo que se hizo.

complaint-status-closed-b0to5 = El equipo de quejas terminó con esto. Son personas que trabajan para ayudar cuando algo está mal. Puedes volver a contarles cuando quieras.
complaint-status-closed-b6to9 = El equipo de quejas terminó con esta queja. Son personas que trabajan para ayudar cuando algo está mal. Puedes poner una queja nueva cuando quieras.
complaint-status-closed-b10to12 = El equipo de quejas terminó con esta queja. Puedes poner una nueva cuando quieras.
complaint-status-closed-b13to15 = El equipo de quejas cerró esta queja. Todavía puedes leerla por un tiempo, y poner una nueva cuando quieras.
complaint-status-closed-b16to17 = Cerrada. Todavía puedes leerla por un tiempo, y presentar una nueva queja cuando quieras.
complaint-status-closed-adult = Cerrada. Se puede leer durante un tiempo; se puede presentar una nueva queja en cualquier momento.
