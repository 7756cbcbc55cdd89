# Compartir datos del caso con las organizaciones aliadas de búsqueda. Fuente: inglés. Es el
# aviso que una persona ve antes de decidir; el hash de sus bytes exactos se guarda con la
# decisión. Nunca edite una versión publicada: cree una v2.
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording; no placeables.

notice-title-b0to5 = Buscando a tu familia
notice-body-b0to5 =
    Unas personas que ayudan a encontrar familias quieren saber de ti.
    Quieren saber tu nombre y los nombres de tu familia.
    Los usan para buscar a tu familia.
    Puedes decir que sí o que no. Las dos respuestas están bien.
notice-withdraw-b0to5 = Si cambias de opinión, díselo a tu tutor o tutora.

notice-title-b6to9 = Ayudar a buscar a tu familia
notice-body-b6to9 =
    Hay grupos que ayudan a encontrar familias. Nos gustaría contarles sobre ti.
    Les diríamos tu nombre, los nombres de tu familia y dónde los viste por última vez.
    Solo usan esto para buscar a tu familia.
    Puedes decir que sí o que no. Si dices que no, te seguimos ayudando.
notice-withdraw-b6to9 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener o díselo a la persona que lleva tu caso.

notice-title-b10to12 = Compartir tus datos para encontrar a tu familia
notice-body-b10to12 =
    Las organizaciones aliadas de búsqueda son grupos que ayudan a encontrar familias. Nos gustaría compartir tus datos con ellas.
    Compartiríamos tu nombre, los nombres de tu familia y lo que nos contaste sobre dónde vivías.
    Solo los usan para buscar a tu familia, mientras dure la búsqueda.
    Puedes decir que sí o que no. Si dices que no, te seguiremos ayudando.
notice-withdraw-b10to12 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener en la app o díselo a la persona que lleva tu caso.

notice-title-b13to15 = Compartir los datos de tu caso con organizaciones aliadas de búsqueda
notice-body-b13to15 =
    Las organizaciones aliadas de búsqueda se dedican a buscar familias. Te pedimos permiso para compartir con ellas tu nombre, los nombres de tu familia y la historia de tu caso.
    Solo pueden usar estos datos para buscar a tu familia, y solo mientras la búsqueda siga abierta.
    Tú decides. Si dices que no, sigues recibiendo toda la demás ayuda.
notice-withdraw-b13to15 = Puedes retirar tu permiso en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Desde ese momento dejamos de compartir.

notice-title-b16to17 = Compartir los datos de tu caso con organizaciones aliadas de búsqueda
notice-body-b16to17 =
    Las organizaciones aliadas de búsqueda se dedican a buscar familias. Te pedimos tu consentimiento para compartir con ellas tu nombre, los nombres de tu familia y la historia de tu caso.
    Solo pueden usar estos datos para buscar a tu familia, y solo mientras la búsqueda siga abierta.
    Tú decides. Si dices que no, sigues recibiendo toda la demás ayuda.
notice-withdraw-b16to17 = Puedes retirar tu consentimiento en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Desde ese momento dejamos de compartir. Lo que ya se compartió antes queda compartido.

notice-title-adult = Compartir los datos del caso con organizaciones aliadas de búsqueda
notice-body-adult =
    Las organizaciones aliadas de búsqueda se dedican a buscar familias. Le pedimos su consentimiento para compartir con ellas el nombre del niño o la niña, los nombres de su familia y la historia de su caso.
    Solo pueden usar estos datos para buscar a la familia del niño o la niña, y solo mientras la búsqueda siga abierta.
    Si usted dice que no, no cambia ninguna otra ayuda que recibe el niño o la niña.
notice-withdraw-adult = Puede retirar su consentimiento en cualquier momento en la app o a través de la persona a cargo del caso. Desde ese momento se deja de compartir; lo que ya se compartió antes queda compartido.
