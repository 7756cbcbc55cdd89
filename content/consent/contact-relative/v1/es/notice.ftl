# Contacto con una persona concreta de la familia (la app muestra quién junto a este texto).
# Fuente: inglés. Nunca edite una versión publicada: cree una v2.
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording (also for the relative); no placeables.

notice-title-b0to5 = Hablar con alguien de tu familia
notice-body-b0to5 =
    Una persona de tu familia puede hablar contigo en la app.
    Tu tutor o tutora te va a mostrar quién es.
    Puedes decir que sí o que no. Las dos respuestas están bien.
notice-withdraw-b0to5 = Si quieres parar, díselo a tu tutor o tutora.

notice-title-b6to9 = Hablar con alguien de tu familia
notice-body-b6to9 =
    Una persona de tu familia quiere mandarte mensajes. La app te muestra quién es.
    La persona que lleva tu caso revisó quién es.
    ¿Quieres hablar con esa persona? Puedes decir que sí o que no.
notice-withdraw-b6to9 = Puedes parar cuando quieras. Toca el botón Detener o díselo a la persona que lleva tu caso.

notice-title-b10to12 = Mensajes con una persona de tu familia
notice-body-b10to12 =
    Una persona de tu familia quiere escribirte mensajes. La app te muestra quién es.
    La persona que lleva tu caso revisó quién es antes de preguntarte.
    Si dices que sí, pueden mandarse mensajes. Nadie más puede leerlos, ni siquiera nosotros.
    Puedes decir que sí o que no. Tú eliges.
notice-withdraw-b10to12 = Puedes parar cuando quieras. Toca el botón Detener en la app o díselo a la persona que lleva tu caso. Los mensajes se detienen de inmediato.

notice-title-b13to15 = Contacto con una persona de tu familia
notice-body-b13to15 =
    Una persona de tu familia quiere estar en contacto contigo. La app te muestra quién es.
    La persona que lleva tu caso comprobó primero su identidad.
    Si estás de acuerdo, pueden enviarse mensajes. Los mensajes están cifrados: solo ustedes dos pueden leerlos.
    Tú eliges. Puedes decir que no, y puedes cambiar de opinión más adelante.
notice-withdraw-b13to15 = Puedes terminar el contacto en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. El contacto se detiene de inmediato.

notice-title-b16to17 = Contacto con una persona de tu familia
notice-body-b16to17 =
    Una persona de tu familia quiere estar en contacto contigo. La app te muestra quién es.
    La persona que lleva tu caso comprobó primero su identidad.
    Si estás de acuerdo, pueden enviarse mensajes. Los mensajes están cifrados: solo ustedes dos pueden leerlos.
    Tú eliges. Puedes decir que no, y puedes cambiar de opinión más adelante.
notice-withdraw-b16to17 = Puedes terminar el contacto en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. El contacto se detiene de inmediato.

notice-title-adult = Contacto entre el niño o la niña y una persona de su familia
notice-body-adult =
    Una persona de la familia, que aparece junto a este texto, quiere estar en contacto con el niño o la niña.
    La persona a cargo del caso comprobó primero la identidad de esa persona.
    Si usted está de acuerdo, el niño o la niña y esa persona podrán enviarse mensajes. Los mensajes tienen cifrado de extremo a extremo: el servicio no puede leerlos.
notice-withdraw-adult = Puede retirar su consentimiento en cualquier momento en la app o a través de la persona a cargo del caso. El contacto se detiene de inmediato.
