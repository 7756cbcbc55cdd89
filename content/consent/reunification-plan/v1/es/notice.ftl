# El plan de reunificación. Fuente: inglés. No promete nada: los planes pueden cambiar.
# Nunca edite una versión publicada: cree una v2.
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children,
# "usted" for adults; "reunificación" only for 16-17 and adults; no placeables.

notice-title-b0to5 = Un plan para vivir con tu familia
notice-body-b0to5 =
    Unas personas adultas están haciendo un plan para que vivas con tu familia.
    Quieren saber qué piensas.
    Puedes decir que sí o que no. Las dos respuestas están bien.
notice-withdraw-b0to5 = Si cambias de opinión, díselo a tu tutor o tutora.

notice-title-b6to9 = El plan para ir con tu familia
notice-body-b6to9 =
    La persona que lleva tu caso está preparando un plan para que vivas con tu familia.
    Antes de seguir con el plan, queremos saber si estás de acuerdo.
    Los planes pueden cambiar. Si cambia, la persona que lleva tu caso te lo va a contar.
    Puedes decir que sí o que no.
notice-withdraw-b6to9 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener o díselo a la persona que lleva tu caso.

notice-title-b10to12 = El plan para reunirte con tu familia
notice-body-b10to12 =
    La persona que lleva tu caso está preparando un plan para que vayas a vivir con tu familia. El plan dice con quién vivirías y cómo sería la mudanza.
    Te preguntamos si estás de acuerdo antes de seguir adelante.
    Los planes pueden cambiar. Si algo cambia, la persona que lleva tu caso te explicará por qué.
    Puedes decir que sí o que no. Tu opinión cuenta en la decisión.
notice-withdraw-b10to12 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener en la app o díselo a la persona que lleva tu caso.

notice-title-b13to15 = El plan para reunirte con tu familia
notice-body-b13to15 =
    La persona que lleva tu caso está preparando un plan para que vivas con tu familia: con quién vivirías, dónde y cómo sería la mudanza.
    Te pedimos permiso antes de seguir adelante. Tu opinión es parte de la decisión.
    Los planes pueden cambiar. Si cambia, la persona que lleva tu caso te explicará por qué y te volverá a preguntar.
notice-withdraw-b13to15 = Puedes retirar tu permiso en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Entonces el plan se vuelve a revisar.

notice-title-b16to17 = El plan de reunificación
notice-body-b16to17 =
    La persona que lleva tu caso está preparando un plan para que vivas con tu familia: con quién vivirías, dónde y cómo sería la mudanza.
    Te pedimos tu consentimiento antes de seguir adelante. Tu opinión es parte de la decisión.
    Los planes pueden cambiar. Si cambia, la persona que lleva tu caso te explicará por qué y te volverá a preguntar.
notice-withdraw-b16to17 = Puedes retirar tu consentimiento en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Entonces el plan se vuelve a revisar.

notice-title-adult = El plan de reunificación del niño o la niña
notice-body-adult =
    La persona a cargo del caso está preparando un plan para que el niño o la niña viva con su familia: con quién, dónde y cómo sería la mudanza.
    Le pedimos su consentimiento antes de seguir adelante. La opinión del niño o la niña es parte de la decisión.
    Los planes pueden cambiar; si el plan cambia, se le volverá a preguntar.
notice-withdraw-adult = Puede retirar su consentimiento en cualquier momento en la app o a través de la persona a cargo del caso. Entonces el plan se vuelve a revisar.
