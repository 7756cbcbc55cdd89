# Una foto del niño o la niña usada en la búsqueda. Fuente: inglés. Nunca edite una versión
# publicada.
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording; no placeables.

notice-title-b0to5 = Tu foto
notice-body-b0to5 =
    Unas personas que buscan familias quieren mostrar tu foto.
    Quizás alguien de tu familia la vea y te reconozca.
    Puedes decir que sí o que no. Las dos respuestas están bien.
notice-withdraw-b0to5 = Si cambias de opinión, díselo a tu tutor o tutora.

notice-title-b6to9 = Mostrar tu foto
notice-body-b6to9 =
    Nos gustaría mostrar tu foto a personas que ayudan a encontrar familias.
    Quizás tu familia la vea y sepa que eres tú.
    Puedes decir que sí o que no. Si dices que no, seguimos buscando a tu familia.
notice-withdraw-b6to9 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener o díselo a la persona que lleva tu caso.

notice-title-b10to12 = Usar tu foto para encontrar a tu familia
notice-body-b10to12 =
    A veces, las organizaciones aliadas de búsqueda muestran fotos de niñas y niños, para que sus familias puedan reconocerlos.
    Nos gustaría darles tu foto para esto.
    Otras personas también pueden verla. Puedes decir que sí o que no. Si dices que no, seguimos buscando a tu familia.
notice-withdraw-b10to12 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener en la app o díselo a la persona que lleva tu caso. A partir de ese momento, tu foto no se volverá a mostrar.

notice-title-b13to15 = Usar tu foto en la búsqueda de tu familia
notice-body-b13to15 =
    Las organizaciones aliadas de búsqueda pueden mostrar tu foto a personas que podrían reconocerte, en lugares donde podría estar tu familia.
    Otras personas, no solo tu familia, pueden verla. Una foto permite saber quién eres, así que piensa si esto te parece bien.
    Tú eliges. Si dices que no, la búsqueda no se detiene.
notice-withdraw-b13to15 = Puedes retirar tu permiso en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. A partir de ese momento tu foto no se vuelve a mostrar; las copias que ya se mostraron no se pueden recuperar.

notice-title-b16to17 = Usar tu foto en la búsqueda de tu familia
notice-body-b16to17 =
    Las organizaciones aliadas de búsqueda pueden mostrar tu foto a personas que podrían reconocerte, en lugares donde podría estar tu familia.
    Otras personas, no solo tu familia, pueden verla. Una foto permite saber quién eres, así que piensa si esto te parece bien.
    Tú eliges. Si dices que no, la búsqueda no se detiene.
notice-withdraw-b16to17 = Puedes retirar tu consentimiento en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. A partir de ese momento tu foto no se vuelve a mostrar; las copias que ya se mostraron no se pueden recuperar.

notice-title-adult = Usar la foto del niño o la niña en la búsqueda
notice-body-adult =
    Las organizaciones aliadas de búsqueda pueden mostrar la foto a personas que podrían reconocer al niño o la niña, en lugares donde podría estar su familia.
    Otras personas, no solo la familia, pueden verla, y una foto permite identificar al niño o la niña.
    Si usted dice que no, la búsqueda no se detiene.
notice-withdraw-adult = Puede retirar su consentimiento en cualquier momento en la app o a través de la persona a cargo del caso. A partir de ese momento la foto no se vuelve a mostrar; las copias que ya se mostraron no se pueden retirar.
