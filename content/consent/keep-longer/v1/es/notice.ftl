# Datos del caso guardados más allá del plazo normal. Fuente: inglés. Nunca edite una
# versión publicada.
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording; no placeables.

notice-title-b0to5 = Guardar tu historia
notice-body-b0to5 =
    Guardamos lo que sabemos de ti mientras te ayudamos.
    Nos gustaría guardarlo por más tiempo, por si lo necesitas más adelante.
    Puedes decir que sí o que no. Las dos respuestas están bien.
notice-withdraw-b0to5 = Si cambias de opinión, díselo a tu tutor o tutora.

notice-title-b6to9 = Guardar tu información por más tiempo
notice-body-b6to9 =
    Cuando termina tu caso, normalmente borramos lo que sabemos de ti después de un tiempo.
    Nos gustaría guardarlo por más tiempo, por si tú o tu familia lo necesitan más adelante.
    Puedes decir que sí o que no.
notice-withdraw-b6to9 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener o díselo a la persona que lleva tu caso.

notice-title-b10to12 = Guardar tu información por más tiempo
notice-body-b10to12 =
    Cuando se cierra tu caso, normalmente borramos tu información después de un tiempo fijo.
    Nos gustaría guardarla hasta cinco años, por si tú o tu familia la necesitan más adelante, por ejemplo para mostrar la historia de tu familia.
    Puedes decir que sí o que no.
notice-withdraw-b10to12 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener en la app o díselo a la persona que lleva tu caso. Entonces la borramos en el plazo normal.

notice-title-b13to15 = Guardar la información de tu caso por más tiempo
notice-body-b13to15 =
    Normalmente, la información de tu caso se borra un tiempo fijo después de que se cierra tu caso.
    Te pedimos permiso para guardarla hasta cinco años después del cierre, para que tú o tu familia puedan pedirla más adelante.
    Tú eliges.
notice-withdraw-b13to15 = Puedes retirar tu permiso en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Entonces tu información se borra en el plazo normal.

notice-title-b16to17 = Guardar la información de tu caso por más tiempo
notice-body-b16to17 =
    Normalmente, la información de tu caso se borra un tiempo fijo después de que se cierra tu caso.
    Te pedimos tu consentimiento para guardarla hasta cinco años después del cierre, para que tú o tu familia puedan pedirla más adelante.
    Tú eliges.
notice-withdraw-b16to17 = Puedes retirar tu consentimiento en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Entonces tu información se borra en el plazo normal.

notice-title-adult = Guardar por más tiempo la información del caso del niño o la niña
notice-body-adult =
    Normalmente, la información del caso se borra un tiempo fijo después del cierre del caso (el plazo de conservación).
    Le pedimos su consentimiento para guardarla hasta cinco años después del cierre, para que el niño o la niña o su familia puedan pedirla más adelante.
notice-withdraw-adult = Puede retirar su consentimiento en cualquier momento en la app o a través de la persona a cargo del caso. Entonces la información se borra en el plazo normal.
