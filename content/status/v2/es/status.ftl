# Case status texts, version 2. Published: never edit in place; a change is a new version
# folder (content/status/v3/…). Version 1 stays as published.
# MACHINE DRAFT (2026-12-03): translated from English v2 by an AI language model (Claude);
# not reviewed by a native speaker.
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# Version 2 (issue 14): never promise an outcome or a date; say what is being prepared and
# what happens if it changes. No jargon or idioms below adult. In 0–9, a role word is
# explained the first time it appears in each text, always in the same words (see
# common.ftl). The tracing texts say what happens if no family is found
# ({ status-not-found-<audience> }); the adult texts where contact begins carry the scam
# warning ({ status-scam-warning-adult }). Both are messages of common.ftl.
# Spanish: "caseworker" is "la persona que lleva tu caso" (children) and "la persona a
# cargo del caso" (adults); "guardian" is "tu tutor o tutora". Gender-neutral wording.

## registered

status-registered-b0to5-title = Conociéndote
status-registered-b0to5-meaning = Tienes una persona que lleva tu caso. Es quien trabaja para ayudarte. Escribió tu nombre para poder ayudarte.
status-registered-b0to5-next = Ahora vas a hablar de tu familia. Luego se puede empezar a buscarla.
status-registered-b0to5-can-do = Puedes contarle a una persona adulta de confianza cómo te sientes.
status-registered-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarles lo que quieras.

status-registered-b6to9-title = Tu caso empezó
status-registered-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Hizo una carpeta sobre ti. Esa carpeta le sirve para ayudarte.
status-registered-b6to9-next = Ahora vas a hablar de tu familia. Luego se puede empezar a buscarla.
status-registered-b6to9-can-do = Piensa en los nombres de las personas de tu familia. Piensa en lugares que recuerdas. Eso puede ayudar a buscar.
status-registered-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes hacerles cualquier pregunta.

status-registered-b10to12-title = Tu caso está abierto
status-registered-b10to12-meaning = La persona que lleva tu caso abrió un caso para ti. Ahí está lo necesario para buscar a tu familia.
status-registered-b10to12-next = La persona que lleva tu caso hablará contigo sobre tu familia. Después podrá empezar la búsqueda de tu familia.
status-registered-b10to12-can-do = Piensa en nombres, lugares y números de teléfono que recuerdes. Todo puede ayudar, hasta las cosas pequeñas.
status-registered-b10to12-ask = Si algo no te queda claro, pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-registered-b13to15-title = Tu caso está abierto
status-registered-b13to15-meaning = La persona que lleva tu caso te registró y abrió tu caso. En tu caso está lo necesario para buscar a tu familia.
status-registered-b13to15-next = La persona que lleva tu caso hablará contigo sobre tu familia y sobre lo que quieres. Después podrá empezar la búsqueda de tu familia.
status-registered-b13to15-can-do = Anota nombres, lugares, números de teléfono y cuentas de redes sociales que recuerdes. Cuéntale a la persona que lleva tu caso lo que quieres que pase.
status-registered-b13to15-ask = Tu tutor o tutora y la persona que lleva tu caso pueden responder tus preguntas. También puedes pedir a alguien que traduzca a tu idioma.

status-registered-b16to17-title = Tu caso está abierto
status-registered-b16to17-meaning = La persona que lleva tu caso abrió tu caso. Pueden verlo la persona que lleva tu caso, tu tutor o tutora y tu representante legal, si tienes. Las personas de tu familia que se unan a tu caso verán en qué etapa está, y recibirán un mensaje cuando cambie. Las personas supervisoras pueden ver en qué etapa está, y nada más. En esta app puedes ver qué personas del equipo miraron tu caso.
status-registered-b16to17-next = La persona que lleva tu caso hablará contigo sobre tu familia y tus deseos. Luego podrá empezar la búsqueda de tu familia.
status-registered-b16to17-can-do = Comparte cualquier dato que pueda ayudar a encontrar a tu familia: nombres, lugares, teléfonos, redes sociales. Dile a la persona que lleva tu caso lo que quieres.
status-registered-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal. Puedes pedir intérprete en cualquier momento.

status-registered-adult-title = El caso está abierto
status-registered-adult-meaning = Una persona de trabajo social registró al niño o la niña y abrió un caso para buscar a su familia.
status-registered-adult-next = La persona a cargo del caso reunirá información. Luego empezará la búsqueda de la familia del niño o la niña.
status-registered-adult-can-do = Mantenga su teléfono encendido y revise esta app. Comparta información sobre el niño o la niña solo con la persona a cargo del caso.
status-registered-adult-ask = Consulte a la persona a cargo del caso.

## tracing

status-tracing-b0to5-title = Buscando a tu familia
status-tracing-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Está buscando a tu familia. Otras personas le ayudan a buscar.
status-tracing-b0to5-next = Buscar puede tardar mucho tiempo. { status-not-found-b0to5 }
status-tracing-b0to5-can-do = Puedes jugar, descansar y pedir un abrazo.
status-tracing-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes preguntarle cómo va la búsqueda.

status-tracing-b6to9-title = Buscando a tu familia
status-tracing-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Está buscando a tu familia. Le ayudan personas de otros lugares.
status-tracing-b6to9-next = Buscar puede tardar mucho tiempo. { status-not-found-b6to9 }
status-tracing-b6to9-can-do = La persona que lleva tu caso es quien trabaja para ayudarte. Si recuerdas algo nuevo, cuéntaselo. Está bien si te sientes triste o si algo te preocupa.
status-tracing-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarles cómo va la búsqueda.

status-tracing-b10to12-title = Buscando a tu familia
status-tracing-b10to12-meaning = La persona que lleva tu caso está buscando a tu familia. Pide ayuda a personas de otros lugares y otros países.
status-tracing-b10to12-next = La búsqueda puede tardar semanas o meses. La persona que lleva tu caso te contará lo que encuentre. { status-not-found-b10to12 }
status-tracing-b10to12-can-do = Si recuerdas un nombre, un lugar o un número de teléfono, cuéntaselo a la persona que lleva tu caso. Sigue yendo a la escuela y haciendo cosas que te gustan.
status-tracing-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso, cómo va la búsqueda.

status-tracing-b13to15-title = Buscando a tu familia
status-tracing-b13to15-meaning = La persona que lleva tu caso está buscando a tu familia, aquí y en otros países. Trabaja con otros grupos que ayudan a encontrar familias.
status-tracing-b13to15-next = La búsqueda puede tardar mucho. Te avisarán cuando encuentren a alguien que podría ser de tu familia. { status-not-found-b13to15 }
status-tracing-b13to15-can-do = Comparte cualquier cosa nueva que recuerdes. No intentes contactar a nadie por tu cuenta: primero pregunta a la persona que lleva tu caso, para que estés a salvo.
status-tracing-b13to15-ask = Tu tutor o tutora y la persona que lleva tu caso pueden contarte lo que se ha hecho hasta ahora.

status-tracing-b16to17-title = Buscando a tu familia
status-tracing-b16to17-meaning = La persona que lleva tu caso está buscando a tu familia, aquí y en el extranjero. Trabaja con otros grupos que ayudan a encontrar familias.
status-tracing-b16to17-next = La búsqueda puede tardar mucho. Te avisarán cuando encuentren a alguien que podría ser de tu familia. { status-not-found-b16to17 }
status-tracing-b16to17-can-do = Comparte la información nueva con la persona que lleva tu caso. Antes de contactar por tu cuenta a alguien, habla primero con quien lleva tu caso, para que sea seguro para ti y para la otra persona.
status-tracing-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora qué se ha hecho hasta ahora y qué sigue.

status-tracing-adult-title = Búsqueda de familiares
status-tracing-adult-meaning = La persona a cargo del caso está buscando a la familia del niño o la niña. Otros servicios de búsqueda de familiares colaboran.
status-tracing-adult-next = La búsqueda puede tomar tiempo. La persona a cargo del caso se comunicará con los familiares que se encuentren. { status-not-found-adult }
status-tracing-adult-can-do = Dé a la persona a cargo del caso toda la información que pueda ayudar. No comparta los datos del niño o la niña con otras personas.
status-tracing-adult-ask = Consulte a la persona a cargo del caso.

## family found

status-family-found-b0to5-title = Alguien puede ser de tu familia
status-family-found-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Encontró a alguien que puede ser de tu familia.
status-family-found-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Va a revisar si esa persona de verdad es de tu familia. Si no lo es, va a seguir buscando.
status-family-found-b0to5-can-do = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes pedirle que te cuente más.
status-family-found-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarles qué va a pasar.

status-family-found-b6to9-title = Alguien puede ser de tu familia
status-family-found-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Encontró a alguien que puede ser de tu familia.
status-family-found-b6to9-next = La persona que lleva tu caso es quien trabaja para ayudarte. Va a revisar si esa persona de verdad es de tu familia. Esto puede tardar un poco. Si no lo es, va a seguir buscando.
status-family-found-b6to9-can-do = La persona que lleva tu caso es quien trabaja para ayudarte. Puedes contarle cómo te sientes con esta noticia.
status-family-found-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarles lo que quieras sobre esto.

status-family-found-b10to12-title = Alguien puede ser de tu familia
status-family-found-b10to12-meaning = La persona que lleva tu caso encontró a alguien que podría ser parte de tu familia.
status-family-found-b10to12-next = Primero, la persona que lleva tu caso va a comprobar que esa persona de verdad es de tu familia. Solo después podrás hablar con ella. Si no es de tu familia, la búsqueda sigue.
status-family-found-b10to12-can-do = Cuéntale a la persona que lleva tu caso cómo te sientes y qué te gustaría. Lo que tú quieres importa.
status-family-found-b10to12-ask = Si tienes alguna pregunta, pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-family-found-b13to15-title = Alguien podría ser de tu familia
status-family-found-b13to15-meaning = La persona que lleva tu caso encontró a alguien que podría ser de tu familia.
status-family-found-b13to15-next = La persona que lleva tu caso va a comprobar quién es. El contacto solo puede empezar cuando esté comprobado y sea seguro. Si esa persona no es de tu familia, la búsqueda sigue.
status-family-found-b13to15-can-do = Cuéntale a la persona que lleva tu caso lo que quieres y lo que te preocupa. Puedes decir si no quieres tener contacto.
status-family-found-b13to15-ask = Tu tutor o tutora y la persona que lleva tu caso pueden responder tus preguntas.

status-family-found-b16to17-title = Se encontró a un posible familiar
status-family-found-b16to17-meaning = La persona que lleva tu caso encontró a alguien que podría ser de tu familia.
status-family-found-b16to17-next = La persona que lleva tu caso comprobará quién es esa persona y qué parentesco tiene contigo. El contacto empieza solo cuando esté comprobado y sea seguro. Si no es de tu familia, la búsqueda sigue.
status-family-found-b16to17-can-do = Cuéntale a la persona que lleva tu caso tus deseos y cualquier preocupación. Tu opinión es parte de la decisión.
status-family-found-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora. También puedes preguntar a tu representante legal, si tienes.

status-family-found-adult-title = Se encontró a un posible familiar
status-family-found-adult-meaning = La persona a cargo del caso encontró a alguien que podría ser familiar del niño o la niña.
status-family-found-adult-next = Antes de cualquier contacto, la persona a cargo del caso comprobará quién es esa persona y qué parentesco tiene con el niño o la niña.
status-family-found-adult-can-do = Responda las preguntas de la persona a cargo del caso. Tenga a mano documentos y fotos que muestren su parentesco. { status-scam-warning-adult }
status-family-found-adult-ask = Consulte a la persona a cargo del caso.

## verifying

status-verifying-b0to5-title = Revisando
status-verifying-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Está revisando si de verdad es tu familia.
status-verifying-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Te va a contar lo que descubra. Si no es tu familia, va a seguir buscando.
status-verifying-b0to5-can-do = Tu tutor o tutora es la persona adulta que habla a tu favor. Si quieres, puedes mirar fotos con tu tutor o tutora.
status-verifying-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes preguntarle qué está pasando.

status-verifying-b6to9-title = Revisando
status-verifying-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Está revisando si de verdad es tu familia.
status-verifying-b6to9-next = La persona que lleva tu caso es quien trabaja para ayudarte. Puede que te haga preguntas o te muestre fotos. Después te va a contar lo que encontró. Si no es tu familia, va a seguir buscando.
status-verifying-b6to9-can-do = Di lo que sabes. No tienes que responder todas las preguntas. Está bien decir que no sabes.
status-verifying-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarles si algo te preocupa.

status-verifying-b10to12-title = Revisando quién es
status-verifying-b10to12-meaning = La persona que lleva tu caso está revisando si la persona que encontró de verdad es tu familia. Esto puede tomar tiempo.
status-verifying-b10to12-next = Puede que te hagan algunas preguntas o te muestren fotos. La persona que lleva tu caso te contará lo que encuentre. Si esa persona no es de tu familia, la búsqueda sigue.
status-verifying-b10to12-can-do = Di lo que sabes. Está bien decir que no sabes o que no te acuerdas.
status-verifying-b10to12-ask = Puedes preguntarle a tu tutor o tutora, o a quien lleva tu caso. Están para ayudarte si tienes preguntas o algo te preocupa.

status-verifying-b13to15-title = Comprobando el lazo familiar
status-verifying-b13to15-meaning = La persona que lleva tu caso está comprobando si la persona que encontraron es de verdad tu familia. También comprueba si esa persona quiere tener contacto.
status-verifying-b13to15-next = Puede que te hagan preguntas o te muestren fotos o documentos. Te dirán el resultado. Si esa persona no es de tu familia, la búsqueda sigue.
status-verifying-b13to15-can-do = Di lo que sabes. Puedes decir si no te acuerdas, y puedes tomarte un descanso.
status-verifying-b13to15-ask = Si algo te preocupa, pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-verifying-b16to17-title = Comprobando el lazo familiar
status-verifying-b16to17-meaning = La persona que lleva tu caso está comprobando quién es la persona encontrada y qué parentesco tiene contigo.
status-verifying-b16to17-next = Puede que te hagan preguntas o te muestren fotos y documentos. Te dirán el resultado. Si no es de tu familia, la búsqueda sigue.
status-verifying-b16to17-can-do = Di lo que sabes, y di si algo no te parece bien. Puedes tomarte un descanso cuando quieras.
status-verifying-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora. También puedes preguntar a tu representante legal, si tienes.

status-verifying-adult-title = Verificación
status-verifying-adult-meaning = La persona a cargo del caso está comprobando quién es cada persona y qué parentesco tiene con el niño o la niña.
status-verifying-adult-next = Es posible que le pidan documentos, fotos o una entrevista. La persona a cargo del caso le informará el resultado.
status-verifying-adult-can-do = Responda las preguntas de la persona a cargo del caso y comparta documentos cuando se los pidan. { status-scam-warning-adult }
status-verifying-adult-ask = Consulte a la persona a cargo del caso.

## assessing

status-assessing-b0to5-title = Viendo que sea seguro
status-assessing-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. ¿Vivir con tu familia es seguro y bueno para ti? Eso es lo que está revisando.
status-assessing-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Va a escucharte a ti y a tu familia. Luego, las personas adultas van a decidir.
status-assessing-b0to5-can-do = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes contarle cómo te sientes.
status-assessing-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes preguntarle lo que quieras.

status-assessing-b6to9-title = Viendo que sea seguro
status-assessing-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. ¿Vivir con tu familia es seguro y bueno para ti? Eso es lo que está revisando.
status-assessing-b6to9-next = La persona que lleva tu caso es quien trabaja para ayudarte. Va a hablar contigo y con tu familia. Luego, las personas adultas van a decidir juntas. Si no es seguro, habrá un plan nuevo.
status-assessing-b6to9-can-do = Di lo que quieres y lo que te preocupa. Lo que dices es importante.
status-assessing-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes hacerles cualquier pregunta.

status-assessing-b10to12-title = Viendo que sea seguro y bueno para ti
status-assessing-b10to12-meaning = ¿Es seguro y bueno para ti vivir con tu familia? La persona que lleva tu caso está revisando eso.
status-assessing-b10to12-next = La persona que lleva tu caso hablará contigo y con tu familia. Lo que tú quieres será parte de la decisión. Si no es seguro o bueno para ti, hará contigo un plan nuevo.
status-assessing-b10to12-can-do = Di lo que quieres y lo que te preocupa. Si quieres, primero puedes hablar con tu tutor o tutora.
status-assessing-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. Están para ayudarte.

status-assessing-b13to15-title = Decidiendo qué es lo mejor para ti
status-assessing-b13to15-meaning = La persona que lleva tu caso está revisando si reunirte con tu familia es seguro y lo mejor para ti.
status-assessing-b13to15-next = La persona que lleva tu caso hablará contigo y con tu familia, y puede que la visite. Lo que tú quieres es parte de la decisión. Si reunirte con tu familia no es lo mejor para ti, hará contigo otro plan.
status-assessing-b13to15-can-do = Cuéntale a la persona que lleva tu caso lo que quieres, lo que te da miedo y lo que esperas.
status-assessing-b13to15-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. También puedes preguntarle a tu representante legal, si tienes.

status-assessing-b16to17-title = Decidiendo qué es lo mejor para ti
status-assessing-b16to17-meaning = La persona que lleva tu caso está revisando si reunirte con tu familia es seguro y lo mejor para ti.
status-assessing-b16to17-next = La persona que lleva tu caso hablará contigo y con tu familia, y puede que la visite. Tu opinión es una parte importante de la decisión. Si reunirte con tu familia no es lo mejor para ti, la persona que lleva tu caso hará contigo otro plan.
status-assessing-b16to17-can-do = Comparte tus deseos, preocupaciones y esperanzas. Puedes pedir que tu opinión quede por escrito.
status-assessing-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora. También puedes preguntar a tu representante legal, si tienes.

status-assessing-adult-title = Evaluación del interés superior
status-assessing-adult-meaning = La persona a cargo del caso está revisando si es seguro y lo mejor para el niño o la niña vivir con su familia. Esto se llama evaluación del interés superior.
status-assessing-adult-next = Es posible que la persona a cargo del caso le haga una entrevista y visite su casa. La opinión del niño o la niña es parte de la decisión.
status-assessing-adult-can-do = Participe en las entrevistas y responda las preguntas con franqueza.
status-assessing-adult-ask = Consulte a la persona a cargo del caso.

## planning reunification

status-planning-reunification-b0to5-title = Haciendo un plan
status-planning-reunification-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Está haciendo un plan para que vayas con tu familia.
status-planning-reunification-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Te va a contar el plan. A veces los planes cambian. Si este cambia, te va a contar qué pasa después.
status-planning-reunification-b0to5-can-do = Puedes elegir un juguete o un dibujo que quieras llevar.
status-planning-reunification-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes preguntarle sobre el plan.

status-planning-reunification-b6to9-title = Un plan para ir con tu familia
status-planning-reunification-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Está haciendo un plan para que vayas con tu familia.
status-planning-reunification-b6to9-next = El plan dice cómo y cuándo vas a viajar. La persona que lleva tu caso es quien trabaja para ayudarte. Te lo va a contar. A veces los planes cambian. Si este cambia, te va a decir por qué.
status-planning-reunification-b6to9-can-do = Piensa en lo que quieres llevar. ¿De quién te quieres despedir?
status-planning-reunification-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes preguntarles sobre el plan.

status-planning-reunification-b10to12-title = Planeando el reencuentro con tu familia
status-planning-reunification-b10to12-meaning = El plan es que te reúnas con tu familia. La persona que lleva tu caso está planeando cómo.
status-planning-reunification-b10to12-next = El plan incluye los papeles, el viaje y la fecha. La persona que lleva tu caso te lo va a explicar. Los planes pueden cambiar. Si este cambia, la persona que lleva tu caso te dirá por qué y qué pasa después.
status-planning-reunification-b10to12-can-do = Cuéntale a la persona que lleva tu caso tus preguntas y preocupaciones sobre el cambio. Piensa de quién te quieres despedir.
status-planning-reunification-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. Están para ayudarte.

status-planning-reunification-b13to15-title = Planeando el reencuentro con tu familia
status-planning-reunification-b13to15-meaning = El plan es que te reúnas con tu familia. La persona que lleva tu caso está planeando el cambio.
status-planning-reunification-b13to15-next = El plan incluye documentos, el viaje, la fecha, y la escuela o el apoyo después de que llegues. Lo revisarás con la persona que lleva tu caso. Los planes pueden cambiar. Si este cambia, la persona que lleva tu caso te dirá por qué y qué pasa después.
status-planning-reunification-b13to15-can-do = Pregunta sobre cualquier parte del plan. Di si algo te preocupa.
status-planning-reunification-b13to15-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. También puedes preguntarle a tu representante legal, si tienes.

status-planning-reunification-b16to17-title = Planeando el reencuentro con tu familia
status-planning-reunification-b16to17-meaning = El plan es que te reúnas con tu familia. La persona que lleva tu caso lo está preparando contigo.
status-planning-reunification-b16to17-next = El plan incluye documentos, el viaje, la fecha, y la escuela, el trabajo y el apoyo después de que llegues. Lo revisarás con la persona que lleva tu caso. Los planes pueden cambiar. Si este cambia, la persona que lleva tu caso te dirá por qué y qué pasa después.
status-planning-reunification-b16to17-can-do = Revisa el plan y pregunta por todo lo que no esté claro. Dile a la persona que lleva tu caso lo que necesitas.
status-planning-reunification-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora. También puedes preguntar a tu representante legal, si tienes.

status-planning-reunification-adult-title = Planificación de la reunificación
status-planning-reunification-adult-meaning = La persona a cargo del caso está preparando con usted un plan para que el niño o la niña se reúna con su familia.
status-planning-reunification-adult-next = El plan incluye documentos, el viaje, la fecha y el apoyo después de la llegada del niño o la niña. Los planes pueden cambiar. Si cambia, la persona a cargo del caso le dirá por qué y qué pasa después.
status-planning-reunification-adult-can-do = Prepare los documentos que le pida la persona a cargo del caso y esté disponible para conversar sobre el plan. { status-scam-warning-adult }
status-planning-reunification-adult-ask = Consulte a la persona a cargo del caso.

## reunified

status-reunified-b0to5-title = Con tu familia
status-reunified-b0to5-meaning = Ahora estás con tu familia.
status-reunified-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Va a venir a ver cómo estás.
status-reunified-b0to5-can-do = Puedes contarle a tu familia cómo te sientes.
status-reunified-b0to5-ask = La persona que lleva tu caso es quien trabaja para ayudarte. Todavía puedes pedirle ayuda.

status-reunified-b6to9-title = Con tu familia
status-reunified-b6to9-meaning = Ahora estás otra vez con tu familia.
status-reunified-b6to9-next = La persona que lleva tu caso es quien trabaja para ayudarte. Va a hablar contigo para ver cómo estás.
status-reunified-b6to9-can-do = Es normal sentir alegría y también sentir que todo es un poco raro. Puedes hablar de eso.
status-reunified-b6to9-ask = La persona que lleva tu caso es quien trabaja para ayudarte. Todavía puedes pedirle ayuda.

status-reunified-b10to12-title = De nuevo con tu familia
status-reunified-b10to12-meaning = Estás de nuevo con tu familia.
status-reunified-b10to12-next = Durante un tiempo, la persona que lleva tu caso seguirá hablando contigo para ver cómo van las cosas.
status-reunified-b10to12-can-do = Acostumbrarte a una vida nueva toma tiempo. Si las cosas se ponen difíciles, habla con alguien.
status-reunified-b10to12-ask = Todavía puedes pedirle ayuda a quien lleva tu caso.

status-reunified-b13to15-title = De nuevo con tu familia
status-reunified-b13to15-meaning = Vives otra vez con tu familia.
status-reunified-b13to15-next = Durante un tiempo, la persona que lleva tu caso seguirá en contacto contigo para ver cómo va la vida con tu familia.
status-reunified-b13to15-can-do = Acostumbrarte a un hogar nuevo toma tiempo. Si algo está mal o no te sientes a salvo, díselo a la persona que lleva tu caso.
status-reunified-b13to15-ask = La persona que lleva tu caso sigue aquí para ayudarte.

status-reunified-b16to17-title = De nuevo con tu familia
status-reunified-b16to17-meaning = Vives otra vez con tu familia.
status-reunified-b16to17-next = Durante un tiempo, la persona que lleva tu caso seguirá en contacto contigo para ver cómo van las cosas.
status-reunified-b16to17-can-do = Si algo está mal o no te sientes a salvo, comunícate con la persona que lleva tu caso. También puedes presentar una queja.
status-reunified-b16to17-ask = La persona que lleva tu caso sigue aquí para ayudarte.

status-reunified-adult-title = Reunificación realizada
status-reunified-adult-meaning = El niño o la niña se reunió con su familia.
status-reunified-adult-next = La persona a cargo del caso hará un seguimiento para ver cómo están el niño o la niña y su familia.
status-reunified-adult-can-do = Avise a la persona a cargo del caso si la familia necesita apoyo.
status-reunified-adult-ask = Consulte a la persona a cargo del caso.

## follow-up

status-follow-up-b0to5-title = Viendo cómo estás
status-follow-up-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Viene a ver cómo estás.
status-follow-up-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Después de algunas visitas, se va a despedir.
status-follow-up-b0to5-can-do = La persona que lleva tu caso es quien trabaja para ayudarte. Puedes mostrarle tus dibujos y tus juegos.
status-follow-up-b0to5-ask = La persona que lleva tu caso es quien trabaja para ayudarte. Si necesitas ayuda, tu familia puede llamar a esa persona.

status-follow-up-b6to9-title = Viendo cómo estás
status-follow-up-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Viene a ver cómo te va con tu familia.
status-follow-up-b6to9-next = Cuando las cosas vayan bien, las visitas se van a terminar.
status-follow-up-b6to9-can-do = La persona que lleva tu caso es quien trabaja para ayudarte. Cuéntale qué cosas van bien y qué cosas son difíciles.
status-follow-up-b6to9-ask = La persona que lleva tu caso es quien trabaja para ayudarte. Puedes pedirle ayuda.

status-follow-up-b10to12-title = Viendo cómo te va
status-follow-up-b10to12-meaning = La persona que lleva tu caso sigue en contacto contigo. Quiere ver cómo va la vida con tu familia.
status-follow-up-b10to12-next = Cuando las cosas vayan bien, esto terminará y se cerrará tu caso.
status-follow-up-b10to12-can-do = Cuéntale a la persona que lleva tu caso qué va bien y qué es difícil.
status-follow-up-b10to12-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-b13to15-title = Viendo cómo van las cosas
status-follow-up-b13to15-meaning = La persona que lleva tu caso sigue en contacto contigo para ver cómo van las cosas con tu familia.
status-follow-up-b13to15-next = Cuando las cosas vayan bien, esto terminará y se cerrará tu caso.
status-follow-up-b13to15-can-do = Di con sinceridad qué va bien y qué no. Pide apoyo si lo necesitas.
status-follow-up-b13to15-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-b16to17-title = Seguimiento
status-follow-up-b16to17-meaning = La persona que lleva tu caso sigue en contacto contigo para ver cómo van las cosas con tu familia.
status-follow-up-b16to17-next = Cuando la situación sea estable, esto terminará y se cerrará tu caso.
status-follow-up-b16to17-can-do = Di qué apoyo necesitas: escuela, trabajo, salud o cualquier otra cosa.
status-follow-up-b16to17-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-adult-title = Seguimiento
status-follow-up-adult-meaning = La persona a cargo del caso está haciendo un seguimiento de cómo están el niño o la niña y su familia.
status-follow-up-adult-next = Cuando la situación sea estable, el seguimiento terminará y se cerrará el caso.
status-follow-up-adult-can-do = Avise a la persona a cargo del caso si la familia necesita ayuda o tiene problemas.
status-follow-up-adult-ask = Consulte a la persona a cargo del caso.

## closed

status-closed-b0to5-title = Ya terminó
status-closed-b0to5-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Por ahora, terminó su trabajo.
status-closed-b0to5-next = Si vuelves a necesitar ayuda, tu caso se puede abrir otra vez.
status-closed-b0to5-can-do = Puedes pedirle ayuda a una persona adulta de confianza cuando quieras.
status-closed-b0to5-ask = La persona que lleva tu caso es quien trabaja para ayudarte. Una persona adulta de confianza puede escribirle o llamar por ti.

status-closed-b6to9-title = Tu caso terminó
status-closed-b6to9-meaning = La persona que lleva tu caso es quien trabaja para ayudarte. Por ahora, terminó su trabajo en tu caso.
status-closed-b6to9-next = Si vuelves a necesitar ayuda, tu caso se puede abrir otra vez.
status-closed-b6to9-can-do = Si otra vez necesitas ayuda, díselo a una persona adulta de confianza.
status-closed-b6to9-ask = La persona que lleva tu caso es quien trabaja para ayudarte. Durante un tiempo, todavía puedes mandarle mensajes en esta app. O pídele a una persona adulta de confianza que llame por ti.

status-closed-b10to12-title = Tu caso está cerrado
status-closed-b10to12-meaning = La persona que lleva tu caso terminó de trabajar en él.
status-closed-b10to12-next = Si vuelves a necesitar ayuda, la persona que lleva tu caso puede abrirlo otra vez.
status-closed-b10to12-can-do = Si necesitas ayuda, díselo a una persona adulta de confianza.
status-closed-b10to12-ask = Durante un tiempo, todavía puedes escribirle a la persona que lleva tu caso en esta app. O pídele a una persona adulta de confianza que llame por ti.

status-closed-b13to15-title = Tu caso está cerrado
status-closed-b13to15-meaning = La persona que lleva tu caso terminó de trabajar en él.
status-closed-b13to15-next = Si vuelves a necesitar ayuda, la persona que lleva tu caso puede abrirlo otra vez.
status-closed-b13to15-can-do = Si necesitas ayuda, escríbele a la persona que lleva tu caso o habla con una persona adulta de confianza. También puedes poner una queja.
status-closed-b13to15-ask = Durante un tiempo, todavía puedes escribirle a la persona que lleva tu caso en esta app. Una persona adulta de confianza también puede llamar por ti.

status-closed-b16to17-title = Caso cerrado
status-closed-b16to17-meaning = La persona que lleva tu caso terminó de trabajar en él.
status-closed-b16to17-next = Si vuelves a necesitar ayuda, la persona que lleva tu caso puede abrirlo otra vez.
status-closed-b16to17-can-do = Todavía puedes pedir una copia de tus datos o presentar una queja.
status-closed-b16to17-ask = Durante un tiempo después del cierre del caso, todavía puedes escribirle a la persona que lleva tu caso en esta app. Una persona adulta de confianza también puede llamar por ti.

status-closed-adult-title = Caso cerrado
status-closed-adult-meaning = La persona a cargo del caso terminó de trabajar en el caso del niño o la niña.
status-closed-adult-next = Si vuelve a hacer falta ayuda, la persona a cargo del caso puede abrirlo otra vez.
status-closed-adult-can-do = Puede pedir una copia de sus datos o presentar una queja.
status-closed-adult-ask = Durante un tiempo después del cierre del caso, todavía puede escribirle a la persona a cargo del caso en esta app.

## alternative care

status-alternative-care-b0to5-title = Un hogar por ahora
status-alternative-care-b0to5-meaning = Vas a vivir con personas adultas que te cuidan.
status-alternative-care-b0to5-next = La persona que lleva tu caso es quien trabaja para ayudarte. Te va a seguir visitando. Puede que siga buscando a tu familia.
status-alternative-care-b0to5-can-do = Cuéntales a las personas adultas que te cuidan lo que te gusta.
status-alternative-care-b0to5-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. Puedes preguntarle lo que quieras.

status-alternative-care-b6to9-title = Un hogar por ahora
status-alternative-care-b6to9-meaning = Por ahora, vas a vivir con personas adultas que te cuidan.
status-alternative-care-b6to9-next = La persona que lleva tu caso es quien trabaja para ayudarte. Te va a seguir visitando. Va a hacer contigo un plan para los próximos años. Puede que sigan buscando a tu familia. También pueden volver a buscar si hay noticias.
status-alternative-care-b6to9-can-do = Di lo que te gusta y lo que necesitas.
status-alternative-care-b6to9-ask = Tu tutor o tutora es la persona adulta que habla a tu favor. La persona que lleva tu caso es quien trabaja para ayudarte. Puedes hacerles cualquier pregunta.

status-alternative-care-b10to12-title = Un hogar por ahora
status-alternative-care-b10to12-meaning = Por ahora, vas a vivir con personas que te cuidan, no con tu familia.
status-alternative-care-b10to12-next = La persona que lleva tu caso te seguirá visitando y hará contigo un plan para los próximos años. La búsqueda de tu familia puede seguir, o volver a empezar si hay noticias.
status-alternative-care-b10to12-can-do = Cuéntale a la persona que lleva tu caso qué necesitas y cómo te sientes en el lugar donde vives.
status-alternative-care-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. Están para ayudarte.

status-alternative-care-b13to15-title = Vivir con personas que te cuidan
status-alternative-care-b13to15-meaning = Por ahora, vas a vivir con personas que te cuidan, como una familia de acogida o un hogar pequeño.
status-alternative-care-b13to15-next = La persona que lleva tu caso seguirá en contacto contigo y hará contigo un plan a largo plazo. La búsqueda de tu familia puede seguir, o volver a empezar si hay noticias.
status-alternative-care-b13to15-can-do = Di qué necesitas y cómo te sientes en el lugar donde vives. Tu opinión cuenta cada vez que se revisa el plan.
status-alternative-care-b13to15-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. También puedes preguntarle a tu representante legal, si tienes.

status-alternative-care-b16to17-title = Vivir con personas que te cuidan
status-alternative-care-b16to17-meaning = Por ahora, vas a vivir con personas que te cuidan, como una familia de acogida, un hogar pequeño o una vivienda con apoyo.
status-alternative-care-b16to17-next = La persona que lleva tu caso seguirá en contacto contigo y revisará el plan contigo de vez en cuando. La búsqueda de tu familia puede seguir, o volver a empezar si hay noticias.
status-alternative-care-b16to17-can-do = Dile a la persona que lleva tu caso lo que necesitas, también tus planes para cuando cumplas 18 años.
status-alternative-care-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora. También puedes preguntar a tu representante legal, si tienes.

status-alternative-care-adult-title = Cuidado alternativo
status-alternative-care-adult-meaning = Por ahora, el niño o la niña vivirá en una modalidad de cuidado alternativo.
status-alternative-care-adult-next = La persona a cargo del caso revisará el plan con regularidad. La búsqueda de familiares puede seguir, o volver a empezar si hay información nueva.
status-alternative-care-adult-can-do = Pregunte a la persona a cargo del caso cómo puede mantener el contacto con el niño o la niña, si está permitido.
status-alternative-care-adult-ask = Consulte a la persona a cargo del caso.
