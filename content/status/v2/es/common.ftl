# Texts a child meets around their case status, version 2. Never edit in place.
# MACHINE DRAFT (2026-12-03): translated from English v2 by an AI language model (Claude);
# not reviewed by a native speaker.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
#   status-not-found-<audience>: new in version 2. What happens if no family is found:
#                                referenced from status-tracing-<audience>-next
#   status-scam-warning-adult:   new in version 2. Warning about scams, referenced from
#                                the adult can-do texts of family-found, verifying and
#                                planning-reunification (where contact begins)
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult
#
# Spanish: role words explained in 0–9 the first time they appear in each text, always
# in the same words:
#   caseworker:     "La persona que lleva tu caso es quien trabaja para ayudarte."
#                   (or "Es quien trabaja para ayudarte." right after it)
#   guardian:       "Tu tutor o tutora es la persona adulta que habla a tu favor."
#   complaint team: "Son personas que trabajan para ayudar cuando algo está mal."
# Gender-neutral wording; no $gender selector (as in version 1).

status-reassure-b0to5 = Nada de esto es tu culpa. A las personas de aquí les importas. Si te sientes triste o tienes miedo, cuéntaselo a una persona adulta de confianza.
status-reassure-b6to9 = Esperar es difícil. Nada de esto es tu culpa. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarle qué está pasando.
status-reassure-b10to12 = Esperar puede ser difícil. No es tu culpa que esto tome tiempo. Puedes preguntarle a la persona que lleva tu caso qué está pasando, en cualquier momento.
status-reassure-b13to15 = Esperar puede ser difícil. No es tu culpa que esto tome tiempo. Puedes preguntarle a la persona que lleva tu caso qué se ha hecho hasta ahora, en cualquier momento.
status-reassure-b16to17 = Esperar puede ser difícil. Nada de esto es tu culpa. La persona que lleva tu caso te avisará cuando haya noticias, y puedes preguntarle en cualquier momento qué se ha hecho.
status-reassure-adult = La búsqueda y las verificaciones toman tiempo. La persona a cargo del caso se comunicará con usted cuando haya noticias. También puede consultarle en esta app en cualquier momento.

status-guardian-b0to5 = Tu tutor o tutora es la persona adulta que habla a tu favor. Pídele a una persona adulta de confianza que llame por ti.
status-guardian-b6to9 = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes mandarle un mensaje en esta app. O pídele a la persona adulta que te cuida que llame por ti.
status-guardian-b10to12 = Puedes escribirle a tu tutor o tutora en esta app. Si es urgente, pídele a una persona que te cuida que llame por ti.
status-guardian-b13to15 = Puedes escribirle a tu tutor o tutora en esta app cuando quieras. Si es urgente, pídele a una persona que te cuida que llame por ti.
status-guardian-b16to17 = Puedes escribirle a tu tutor o tutora en esta app cuando quieras. Si es urgente, llama por teléfono o pide ayuda a una persona que te cuida.
status-guardian-adult = Puede escribirle a la persona a cargo del caso en esta app.

status-complaint-b0to5 = ¿Alguien te hace daño o te pone triste? Cuéntaselo a una persona adulta de confianza.
status-complaint-b6to9 = ¿Algo está mal? ¿Alguien te trata mal? Puedes contárselo al equipo de quejas en esta app. Son personas que trabajan para ayudar cuando algo está mal. No tienes que decir tu nombre. Si es sobre una persona, esa persona no lo va a ver.
status-complaint-b10to12 = Si algo está mal, o alguien te trata mal, puedes poner una queja en esta app. No tienes que decir tu nombre.
status-complaint-b13to15 = Si algo está mal, o alguien te trata mal, puedes poner una queja en esta app. No tienes que decir tu nombre, y la persona de la que te quejas no la verá.
status-complaint-b16to17 = Puedes presentar una queja en esta app sobre cualquier cosa que esté mal, incluso sobre alguien del equipo. No tienes que decir tu nombre, y la persona de la que te quejas no la verá.
status-complaint-adult = Puede presentar una queja en esta app sin dar su nombre. La persona de la que se queja no la verá.

status-not-found-b0to5 = A veces no se encuentra a la familia, aunque pase mucho tiempo. Entonces, unas personas adultas te van a seguir cuidando. La persona que lleva tu caso es quien trabaja para ayudarte. Te va a seguir ayudando. Puede volver a buscar si hay noticias.
status-not-found-b6to9 = A veces no se encuentra a la familia, aunque pase mucho tiempo. Entonces, unas personas adultas te van a seguir cuidando. La persona que lleva tu caso es quien trabaja para ayudarte. Te va a seguir ayudando y va a hacer un plan contigo. Se puede volver a buscar si hay noticias.
status-not-found-b10to12 = A veces no se puede encontrar a la familia, aunque se busque mucho tiempo. Si pasa eso, vivirás con personas que te cuidan, como una familia de acogida. La persona que lleva tu caso te seguirá ayudando y hará contigo un plan para los próximos años. La búsqueda puede empezar otra vez si hay noticias.
status-not-found-b13to15 = A veces no se puede encontrar a nadie de la familia, aunque se busque mucho tiempo. Si pasa eso, vivirás con personas que te cuidan, como una familia de acogida o un hogar pequeño. La persona que lleva tu caso te seguirá ayudando y hará contigo un plan a largo plazo. La búsqueda puede volver a empezar si hay noticias.
status-not-found-b16to17 = A veces no se puede encontrar a nadie de la familia, aunque se busque mucho tiempo. Si pasa eso, vivirás con personas que te cuidan, como una familia de acogida, un hogar pequeño o una vivienda con apoyo. La persona que lleva tu caso te seguirá ayudando y hará contigo un plan a largo plazo, también para cuando cumplas 18 años. La búsqueda puede volver a empezar si hay noticias.
status-not-found-adult = Si no se encuentra a ningún familiar, o si nadie puede cuidar al niño o la niña de forma segura, seguirá en una modalidad de cuidado alternativo, con un plan a largo plazo. La persona a cargo del caso sigue apoyando al niño o la niña. La búsqueda puede volver a empezar cuando haya información nueva.

status-scam-warning-adult = Cuidado con las estafas. Algunas personas se hacen pasar por familiares o por alguien que trabaja en el caso. Pueden pedirle dinero o preguntarle dónde está el niño o la niña. No envíe dinero y no diga dónde está el niño o la niña. Primero consulte con la persona a cargo del caso en esta app.
