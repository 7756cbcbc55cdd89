# Texts a child meets around their case status, version 1. Never edit in place.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult

status-reassure-b0to5 = Nada de esto es tu culpa. Estás a salvo, y les importas a muchas personas.
status-reassure-b6to9 = Esperar es difícil. Nada de esto es tu culpa. Hay personas trabajando para ti todos los días.
status-reassure-b10to12 = Esperar puede ser difícil. No es tu culpa que esto tome tiempo. Hay personas trabajando en tu caso.
status-reassure-b13to15 = Esperar puede ser difícil. No es tu culpa que todavía no hayan encontrado a tu familia, ni que las revisiones tomen tiempo.
status-reassure-b16to17 = Esperar puede ser difícil. Nada de esto es tu culpa. La persona que lleva tu caso te avisará en cuanto haya noticias.
status-reassure-adult = La búsqueda y las verificaciones toman tiempo. La persona a cargo del caso se comunicará con usted en cuanto haya noticias.

status-guardian-b0to5 = Tu tutor o tutora te ayuda. Pídele a una persona adulta que llame por ti.
status-guardian-b6to9 = Tu tutor o tutora está para ayudarte. Mándale un mensaje en esta app, o pídele a una persona que te cuida que llame por ti.
status-guardian-b10to12 = Puedes escribirle a tu tutor o tutora en esta app. Si es urgente, pídele a una persona que te cuida que llame por ti.
status-guardian-b13to15 = Puedes escribirle a tu tutor o tutora en esta app cuando quieras. Si es urgente, pídele a una persona que te cuida que llame por ti.
status-guardian-b16to17 = Puedes escribirle a tu tutor o tutora en esta app cuando quieras. Si es urgente, llama por teléfono o pide ayuda a una persona que te cuida.
status-guardian-adult = Puede escribirle a la persona a cargo del caso en esta app.

status-complaint-b0to5 = Si alguien te hace daño o te pone triste, cuéntaselo a una persona adulta de confianza.
status-complaint-b6to9 = Si algo está mal, o alguien te trata mal, puedes contárnoslo. No tienes que decir tu nombre.
status-complaint-b10to12 = Si algo está mal, o alguien te trata mal, puedes poner una queja en esta app. No tienes que decir tu nombre.
status-complaint-b13to15 = Si algo está mal, o alguien te trata mal, puedes poner una queja en esta app. No tienes que decir tu nombre, y la persona de la que te quejas no la verá.
status-complaint-b16to17 = Puedes presentar una queja en esta app sobre cualquier cosa que esté mal, incluso sobre alguien del equipo. No tienes que decir tu nombre, y la persona de la que te quejas no la verá.
status-complaint-adult = Puede presentar una queja en esta app sin dar su nombre. La persona de la que se queja no la verá.
