# Case status texts, version 1. Published: never edit in place; a change is a new version
# folder (content/status/v2/…).
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# Spanish: "caseworker" is "la persona que lleva tu caso" (children) and "la persona a
# cargo del caso" (adults); "guardian" is "tu tutor o tutora". Gender-neutral wording.

## registered

status-registered-b0to5-title = Ya te conocemos
status-registered-b0to5-meaning = Unas personas amables escribieron tu nombre. Quieren ayudarte.
status-registered-b0to5-next = Pronto van a empezar a buscar a tu familia.
status-registered-b0to5-can-do = Puedes contarle a una persona adulta de confianza cómo te sientes.
status-registered-b0to5-ask = Puedes preguntarle lo que quieras a tu tutor o tutora, o a quien lleva tu caso.

status-registered-b6to9-title = Tu nombre ya está anotado
status-registered-b6to9-meaning = La persona que lleva tu caso empezó una carpeta sobre ti. Esa carpeta sirve para que puedan ayudarte.
status-registered-b6to9-next = Primero, la persona que lleva tu caso va a hablar contigo. Luego va a empezar a buscar a tu familia.
status-registered-b6to9-can-do = Puedes decirle a la persona que lleva tu caso los nombres de las personas de tu familia. También puedes contarle de lugares que recuerdas.
status-registered-b6to9-ask = Tu tutor o tutora y la persona que lleva tu caso están para ayudarte. Puedes hacerles cualquier pregunta.

status-registered-b10to12-title = Tu caso está abierto
status-registered-b10to12-meaning = Se abrió un caso para ti. Ahí se guarda la información que ayuda a encontrar a tu familia.
status-registered-b10to12-next = La persona que lleva tu caso hablará contigo sobre tu familia. Después podrá empezar la búsqueda de tu familia.
status-registered-b10to12-can-do = Piensa en nombres, lugares y números de teléfono que recuerdes. Todo puede ayudar, hasta las cosas pequeñas.
status-registered-b10to12-ask = Si algo no te queda claro, pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-registered-b13to15-title = Tu caso está abierto
status-registered-b13to15-meaning = Ya te registraron y se abrió tu caso. En tu caso está lo necesario para buscar a tu familia.
status-registered-b13to15-next = La persona que lleva tu caso hablará contigo sobre tu familia y sobre lo que quieres. Después empezará la búsqueda de tu familia.
status-registered-b13to15-can-do = Anota nombres, lugares, números de teléfono y cuentas de redes sociales que recuerdes. Cuéntale a la persona que lleva tu caso lo que quieres que pase.
status-registered-b13to15-ask = Tu tutor o tutora y la persona que lleva tu caso pueden responder tus preguntas. También puedes pedir a alguien que traduzca a tu idioma.

status-registered-b16to17-title = Tu caso está abierto
status-registered-b16to17-meaning = Se registraron tus datos y se abrió tu caso. Solo pueden verlo las personas que trabajan en él.
status-registered-b16to17-next = La persona que lleva tu caso hablará contigo sobre tu familia y tus deseos. Luego podrá empezar la búsqueda de tu familia.
status-registered-b16to17-can-do = Comparte cualquier dato que pueda ayudar a encontrar a tu familia: nombres, lugares, teléfonos, redes sociales. Dile a la persona que lleva tu caso lo que quieres.
status-registered-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal. Puedes pedir intérprete en cualquier momento.

status-registered-adult-title = El caso está abierto
status-registered-adult-meaning = Una persona de trabajo social registró al niño o la niña y abrió un caso para buscar a su familia.
status-registered-adult-next = La persona a cargo del caso reunirá información y luego empezará la búsqueda de la familia del niño o la niña.
status-registered-adult-can-do = Mantenga su teléfono encendido y revise esta app. Comparta información solo con la persona a cargo del caso.
status-registered-adult-ask = Consulte a la persona a cargo del caso.

## tracing

status-tracing-b0to5-title = Buscando a tu familia
status-tracing-b0to5-meaning = Muchas personas amables están buscando a tu familia.
status-tracing-b0to5-next = Puede tardar mucho tiempo. Mientras buscan, estás a salvo.
status-tracing-b0to5-can-do = Puedes jugar, descansar y pedir un abrazo.
status-tracing-b0to5-ask = Puedes preguntarle a tu tutor o tutora cómo va la búsqueda.

status-tracing-b6to9-title = Buscando a tu familia
status-tracing-b6to9-meaning = Hay personas buscando a tu familia. Piden ayuda a otras personas en muchos lugares.
status-tracing-b6to9-next = Buscar puede tardar mucho. La persona que lleva tu caso te va a avisar cuando haya noticias.
status-tracing-b6to9-can-do = Si recuerdas algo nuevo, cuéntaselo a la persona que lleva tu caso. Está bien si te sientes triste o si algo te preocupa.
status-tracing-b6to9-ask = Tu tutor o tutora y la persona que lleva tu caso pueden contarte cómo va la búsqueda.

status-tracing-b10to12-title = Buscando a tu familia
status-tracing-b10to12-meaning = La persona que lleva tu caso está buscando a tu familia. Trabaja con personas que ayudan en otros lugares y otros países.
status-tracing-b10to12-next = La búsqueda puede tardar semanas o meses. Cuando encuentren a alguien, la persona que lleva tu caso te avisará.
status-tracing-b10to12-can-do = Si recuerdas un nombre, un lugar o un número de teléfono, cuéntaselo a la persona que lleva tu caso. Sigue yendo a la escuela y haciendo cosas que te gustan.
status-tracing-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso, cómo va la búsqueda.

status-tracing-b13to15-title = Buscando a tu familia
status-tracing-b13to15-meaning = La persona que lleva tu caso y otras organizaciones aliadas están buscando a tu familia, aquí y en otros países.
status-tracing-b13to15-next = La búsqueda puede tardar mucho. Te avisarán cuando encuentren a alguien que podría ser de tu familia.
status-tracing-b13to15-can-do = Comparte cualquier cosa nueva que recuerdes. No intentes contactar a nadie por tu cuenta: primero habla con la persona que lleva tu caso, para que estés a salvo.
status-tracing-b13to15-ask = Tu tutor o tutora y la persona que lleva tu caso pueden contarte lo que se ha hecho hasta ahora.

status-tracing-b16to17-title = Búsqueda de tu familia
status-tracing-b16to17-meaning = La persona que lleva tu caso y otras organizaciones aliadas están buscando a tu familia, aquí y en el extranjero.
status-tracing-b16to17-next = La búsqueda puede tardar mucho. Te avisarán en cuanto encuentren a alguien que podría ser de tu familia.
status-tracing-b16to17-can-do = Comparte la información nueva con la persona que lleva tu caso. Antes de contactar por tu cuenta a alguien, habla primero con quien lleva tu caso, para que sea seguro para ti y para la otra persona.
status-tracing-b16to17-ask = Pregunta a quien lleva tu caso o a tu tutor o tutora qué se ha hecho hasta ahora y qué sigue.

status-tracing-adult-title = Búsqueda de familiares
status-tracing-adult-meaning = La persona a cargo del caso y otras organizaciones aliadas están buscando a los familiares del niño o la niña.
status-tracing-adult-next = La búsqueda puede tomar tiempo. La persona a cargo del caso se comunicará con los familiares que se encuentren.
status-tracing-adult-can-do = Dé a la persona a cargo del caso toda la información que pueda ayudar. No comparta los datos del niño o la niña con otras personas.
status-tracing-adult-ask = Consulte a la persona a cargo del caso.

## family found

status-family-found-b0to5-title = Encontraron a alguien
status-family-found-b0to5-meaning = Las personas que te ayudan encontraron a alguien que puede ser de tu familia.
status-family-found-b0to5-next = Primero van a revisar que de verdad sea tu familia.
status-family-found-b0to5-can-do = Puedes pedirle a tu tutor o tutora que te cuente más.
status-family-found-b0to5-ask = Tu tutor o tutora y quien lleva tu caso te van a contar lo que va a pasar.

status-family-found-b6to9-title = Alguien puede ser de tu familia
status-family-found-b6to9-meaning = La persona que lleva tu caso encontró a alguien que puede ser de tu familia.
status-family-found-b6to9-next = Ahora hay que revisar que esa persona de verdad sea de tu familia. Esto puede tardar un poco.
status-family-found-b6to9-can-do = Puedes contarle a la persona que lleva tu caso cómo te sientes con esta noticia.
status-family-found-b6to9-ask = Pregúntale lo que quieras sobre esto a tu tutor o tutora, o a quien lleva tu caso.

status-family-found-b10to12-title = Alguien puede ser de tu familia
status-family-found-b10to12-meaning = La persona que lleva tu caso encontró a alguien que podría ser parte de tu familia.
status-family-found-b10to12-next = Primero hay que comprobar que esa persona de verdad es de tu familia. Solo después podrás hablar con ella.
status-family-found-b10to12-can-do = Cuéntale a la persona que lleva tu caso cómo te sientes y qué te gustaría. Lo que tú quieres importa.
status-family-found-b10to12-ask = Si tienes preguntas, pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-family-found-b13to15-title = Encontraron a alguien que podría ser de tu familia
status-family-found-b13to15-meaning = La persona que lleva tu caso encontró a alguien que podría ser de tu familia.
status-family-found-b13to15-next = La persona que lleva tu caso va a comprobar quién es. El contacto solo puede empezar cuando esté comprobado y sea seguro.
status-family-found-b13to15-can-do = Cuéntale a la persona que lleva tu caso lo que quieres y lo que te preocupa. Puedes decir si no quieres tener contacto.
status-family-found-b13to15-ask = Tu tutor o tutora y la persona que lleva tu caso pueden responder tus preguntas.

status-family-found-b16to17-title = Se encontró a un posible familiar
status-family-found-b16to17-meaning = La persona que lleva tu caso encontró a alguien que podría ser de tu familia.
status-family-found-b16to17-next = La persona que lleva tu caso verificará su identidad y su parentesco contigo. El contacto empieza solo cuando esté verificado y sea seguro.
status-family-found-b16to17-can-do = Cuéntale a la persona que lleva tu caso tus deseos y cualquier preocupación. Tu opinión forma parte de la decisión.
status-family-found-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal.

status-family-found-adult-title = Se encontró a un posible familiar
status-family-found-adult-meaning = La persona a cargo del caso encontró a alguien que podría ser familiar del niño o la niña.
status-family-found-adult-next = Antes de cualquier contacto, la persona a cargo del caso verificará las identidades y el parentesco.
status-family-found-adult-can-do = Responda las preguntas de la persona a cargo del caso. Tenga a mano documentos y fotos que muestren su parentesco.
status-family-found-adult-ask = Consulte a la persona a cargo del caso.

## verifying

status-verifying-b0to5-title = Revisando
status-verifying-b0to5-meaning = Las personas que te ayudan están revisando que esa persona de verdad sea tu familia.
status-verifying-b0to5-next = Cuando lo sepan, te lo van a contar.
status-verifying-b0to5-can-do = Si quieres, puedes mirar fotos con tu tutor o tutora.
status-verifying-b0to5-ask = Puedes preguntarle a tu tutor o tutora qué está pasando.

status-verifying-b6to9-title = Revisando
status-verifying-b6to9-meaning = La persona que lleva tu caso está revisando si la persona que encontró de verdad es tu familia.
status-verifying-b6to9-next = Puede que te haga algunas preguntas o te muestre fotos. Después te va a contar lo que encontró.
status-verifying-b6to9-can-do = Contesta solo lo que quieras. Está bien decir que no sabes.
status-verifying-b6to9-ask = Si algo te preocupa, pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-verifying-b10to12-title = Revisando quién es
status-verifying-b10to12-meaning = La persona que lleva tu caso está revisando si la persona que encontraron es de verdad tu familia.
status-verifying-b10to12-next = Puede que te hagan algunas preguntas o te muestren fotos. La persona que lleva tu caso te dirá el resultado.
status-verifying-b10to12-can-do = Responde lo mejor que puedas. Está bien decir que no sabes o que no te acuerdas.
status-verifying-b10to12-ask = Tu tutor o tutora y la persona que lleva tu caso están para ayudarte si tienes preguntas o algo te preocupa.

status-verifying-b13to15-title = Comprobando el lazo familiar
status-verifying-b13to15-meaning = La persona que lleva tu caso está comprobando si la persona que encontraron es de verdad tu familia y si quiere tener contacto.
status-verifying-b13to15-next = Puede que te hagan preguntas o te muestren fotos o documentos. Te dirán el resultado.
status-verifying-b13to15-can-do = Responde con sinceridad. Puedes decir si no te acuerdas, y puedes tomarte un descanso.
status-verifying-b13to15-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso, sobre cualquier cosa que te preocupe.

status-verifying-b16to17-title = Verificación
status-verifying-b16to17-meaning = La persona que lleva tu caso está verificando la identidad de la persona encontrada y su lazo familiar contigo.
status-verifying-b16to17-next = Puede que te hagan preguntas o te muestren fotos y documentos. Te dirán el resultado.
status-verifying-b16to17-can-do = Responde con sinceridad y di si algo no te parece bien. Puedes tomarte un descanso cuando quieras.
status-verifying-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal.

status-verifying-adult-title = Verificación
status-verifying-adult-meaning = La persona a cargo del caso está verificando el parentesco y la identidad de las personas involucradas.
status-verifying-adult-next = Es posible que le pidan documentos, fotos o una entrevista. La persona a cargo del caso le informará el resultado.
status-verifying-adult-can-do = Responda las preguntas de la persona a cargo del caso y comparta documentos cuando se los pidan.
status-verifying-adult-ask = Consulte a la persona a cargo del caso.

## assessing

status-assessing-b0to5-title = Cuidando que todo esté bien
status-assessing-b0to5-meaning = Las personas que te ayudan están viendo que todo sea seguro y bueno para ti.
status-assessing-b0to5-next = Van a escucharte a ti y a tu familia.
status-assessing-b0to5-can-do = Puedes contarle a tu tutor o tutora cómo te sientes.
status-assessing-b0to5-ask = Puedes preguntarle lo que quieras a tu tutor o tutora.

status-assessing-b6to9-title = Cuidando que todo esté bien
status-assessing-b6to9-meaning = La persona que lleva tu caso está viendo si estar con tu familia es seguro y bueno para ti.
status-assessing-b6to9-next = La persona que lleva tu caso va a hablar contigo y con tu familia. Luego, las personas adultas van a decidir juntas.
status-assessing-b6to9-can-do = Dile a la persona que lleva tu caso lo que quieres y lo que te preocupa. Lo que dices es importante.
status-assessing-b6to9-ask = Hazle cualquier pregunta a tu tutor o tutora, o a quien lleva tu caso.

status-assessing-b10to12-title = Viendo que sea seguro y bueno para ti
status-assessing-b10to12-meaning = La persona que lleva tu caso está viendo si vivir con tu familia es seguro y lo mejor para ti.
status-assessing-b10to12-next = La persona que lleva tu caso hablará contigo y con tu familia. Lo que tú quieres será parte de la decisión.
status-assessing-b10to12-can-do = Di lo que quieres y lo que te preocupa. Si quieres, primero puedes hablar con tu tutor o tutora.
status-assessing-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-assessing-b13to15-title = Decidiendo qué es lo mejor para ti
status-assessing-b13to15-meaning = La persona que lleva tu caso está evaluando si reunirte con tu familia es seguro y lo mejor para ti.
status-assessing-b13to15-next = La persona que lleva tu caso hablará contigo y con tu familia, y puede que la visite. Lo que tú quieres es parte de la decisión.
status-assessing-b13to15-can-do = Cuéntale a la persona que lleva tu caso lo que quieres, lo que te da miedo y lo que esperas.
status-assessing-b13to15-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso. También puedes preguntarle a tu representante legal.

status-assessing-b16to17-title = Evaluación de tu interés superior
status-assessing-b16to17-meaning = La persona que lleva tu caso está evaluando si reunirte con tu familia es seguro y lo mejor para ti.
status-assessing-b16to17-next = La persona que lleva tu caso hablará contigo y con tu familia, y puede que la visite. Tu opinión tiene peso en la decisión.
status-assessing-b16to17-can-do = Comparte tus deseos, preocupaciones y esperanzas. Puedes pedir que tu opinión quede por escrito.
status-assessing-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal.

status-assessing-adult-title = Evaluación del interés superior
status-assessing-adult-meaning = La persona a cargo del caso está evaluando si la reunificación es segura y responde al interés superior del niño o la niña.
status-assessing-adult-next = Es posible que la persona a cargo del caso le haga una entrevista y visite su casa. La opinión del niño o la niña es parte de la decisión.
status-assessing-adult-can-do = Participe en las entrevistas y responda las preguntas con franqueza.
status-assessing-adult-ask = Consulte a la persona a cargo del caso.

## planning reunification

status-planning-reunification-b0to5-title = Preparando todo
status-planning-reunification-b0to5-meaning = Vas a ir con tu familia. Las personas que te ayudan están preparando todo.
status-planning-reunification-b0to5-next = Te van a decir qué día te vas.
status-planning-reunification-b0to5-can-do = Puedes elegir un juguete o un dibujo para llevar contigo.
status-planning-reunification-b0to5-ask = Puedes preguntarle a tu tutor o tutora sobre el viaje.

status-planning-reunification-b6to9-title = Preparándote para ir con tu familia
status-planning-reunification-b6to9-meaning = Ya se decidió: vas a ir con tu familia. Ahora la persona que lleva tu caso está haciendo un plan.
status-planning-reunification-b6to9-next = El plan dice cómo y cuándo vas a viajar. La persona que lleva tu caso te va a decir el día.
status-planning-reunification-b6to9-can-do = Puedes decirle a la persona que lleva tu caso qué quieres llevar y de quién te quieres despedir.
status-planning-reunification-b6to9-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso, sobre el plan.

status-planning-reunification-b10to12-title = Preparando el reencuentro con tu familia
status-planning-reunification-b10to12-meaning = Se decidió que vas a reunirte con tu familia. La persona que lleva tu caso está planeando cómo.
status-planning-reunification-b10to12-next = El plan incluye los papeles, el viaje y la fecha. La persona que lleva tu caso lo va a revisar contigo.
status-planning-reunification-b10to12-can-do = Cuéntale a la persona que lleva tu caso tus preguntas y preocupaciones sobre el cambio. Piensa de quién te quieres despedir.
status-planning-reunification-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-planning-reunification-b13to15-title = Planeando el reencuentro con tu familia
status-planning-reunification-b13to15-meaning = Se decidió que vas a reunirte con tu familia. La persona que lleva tu caso está planeando el cambio.
status-planning-reunification-b13to15-next = El plan incluye documentos, el viaje, la fecha, y la escuela o el apoyo que tendrás al llegar. La persona que lleva tu caso lo revisará contigo.
status-planning-reunification-b13to15-can-do = Pregunta sobre cualquier parte del plan. Di si algo te preocupa.
status-planning-reunification-b13to15-ask = Pregúntale a tu tutor o tutora, a quien lleva tu caso o a tu representante legal.

status-planning-reunification-b16to17-title = Planificación de la reunificación familiar
status-planning-reunification-b16to17-meaning = Se acordó que vas a reunirte con tu familia. La persona que lleva tu caso está preparando el plan.
status-planning-reunification-b16to17-next = El plan incluye documentos, el viaje, la fecha, y tus estudios o trabajo y el apoyo que tendrás al llegar. Lo revisarás con la persona que lleva tu caso.
status-planning-reunification-b16to17-can-do = Revisa el plan y pregunta por todo lo que no esté claro. Dile a la persona que lleva tu caso lo que necesitas.
status-planning-reunification-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal.

status-planning-reunification-adult-title = Planificación de la reunificación
status-planning-reunification-adult-meaning = Se acordó la reunificación. La persona a cargo del caso está preparando el plan con usted.
status-planning-reunification-adult-next = El plan incluye documentos, el viaje, la fecha y el apoyo después de la llegada del niño o la niña.
status-planning-reunification-adult-can-do = Prepare los documentos que le pida la persona a cargo del caso y esté disponible para conversar sobre el plan.
status-planning-reunification-adult-ask = Consulte a la persona a cargo del caso.

## reunified

status-reunified-b0to5-title = Con tu familia
status-reunified-b0to5-meaning = Ahora estás con tu familia.
status-reunified-b0to5-next = Las personas que te ayudan van a venir a saludarte y a ver cómo estás.
status-reunified-b0to5-can-do = Puedes contarle a tu familia cómo te sientes.
status-reunified-b0to5-ask = Todavía puedes pedirle ayuda a quien lleva tu caso.

status-reunified-b6to9-title = Con tu familia
status-reunified-b6to9-meaning = Estás otra vez con tu familia.
status-reunified-b6to9-next = La persona que lleva tu caso va a preguntar cómo estás.
status-reunified-b6to9-can-do = Es normal sentir alegría y también sentir que todo es un poco raro. Puedes hablar de eso.
status-reunified-b6to9-ask = Todavía puedes pedirle ayuda a quien lleva tu caso.

status-reunified-b10to12-title = De nuevo con tu familia
status-reunified-b10to12-meaning = Estás de nuevo con tu familia.
status-reunified-b10to12-next = Durante un tiempo, la persona que lleva tu caso se comunicará contigo para ver cómo van las cosas.
status-reunified-b10to12-can-do = Acostumbrarte a una vida nueva toma tiempo. Si las cosas se ponen difíciles, habla con alguien.
status-reunified-b10to12-ask = Todavía puedes pedirle ayuda a quien lleva tu caso.

status-reunified-b13to15-title = De nuevo con tu familia
status-reunified-b13to15-meaning = Ya te reuniste con tu familia.
status-reunified-b13to15-next = Durante un tiempo, la persona que lleva tu caso se comunicará contigo para ver cómo te estás adaptando.
status-reunified-b13to15-can-do = Adaptarte toma tiempo. Si algo está mal o no te sientes a salvo, díselo a la persona que lleva tu caso.
status-reunified-b13to15-ask = La persona que lleva tu caso sigue aquí para ayudarte.

status-reunified-b16to17-title = Reencuentro familiar
status-reunified-b16to17-meaning = Ya te reuniste con tu familia.
status-reunified-b16to17-next = Durante un tiempo, la persona que lleva tu caso hará un seguimiento para ver cómo te estás adaptando.
status-reunified-b16to17-can-do = Si algo está mal o no te sientes a salvo, comunícate con la persona que lleva tu caso. También puedes presentar una queja.
status-reunified-b16to17-ask = La persona que lleva tu caso sigue aquí para ayudarte.

status-reunified-adult-title = Reunificación realizada
status-reunified-adult-meaning = El niño o la niña se reunió con su familia.
status-reunified-adult-next = La persona a cargo del caso hará un seguimiento para ver cómo están el niño o la niña y su familia.
status-reunified-adult-can-do = Avise a la persona a cargo del caso si la familia necesita apoyo.
status-reunified-adult-ask = Consulte a la persona a cargo del caso.

## follow-up

status-follow-up-b0to5-title = Vienen a saludarte
status-follow-up-b0to5-meaning = Las personas que te ayudan vienen a ver cómo estás.
status-follow-up-b0to5-next = Después de algunas visitas, se van a despedir.
status-follow-up-b0to5-can-do = Puedes mostrarles tus dibujos y tus juegos.
status-follow-up-b0to5-ask = Puedes pedirle a tu familia que llame a quien lleva tu caso.

status-follow-up-b6to9-title = Viendo cómo estás
status-follow-up-b6to9-meaning = La persona que lleva tu caso viene a ver cómo te va con tu familia.
status-follow-up-b6to9-next = Cuando todo vaya bien, las visitas se van a terminar.
status-follow-up-b6to9-can-do = Cuéntale a la persona que lleva tu caso qué cosas van bien y qué cosas son difíciles.
status-follow-up-b6to9-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-b10to12-title = Viendo cómo te va
status-follow-up-b10to12-meaning = La persona que lleva tu caso se comunica contigo para ver cómo te va con tu familia.
status-follow-up-b10to12-next = Cuando las cosas vayan bien, las visitas y llamadas terminarán y se cerrará tu caso.
status-follow-up-b10to12-can-do = Cuéntale a la persona que lleva tu caso qué va bien y qué es difícil.
status-follow-up-b10to12-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-b13to15-title = Seguimiento
status-follow-up-b13to15-meaning = La persona que lleva tu caso está haciendo un seguimiento de cómo van las cosas con tu familia.
status-follow-up-b13to15-next = Cuando las cosas vayan bien, el seguimiento terminará y se cerrará tu caso.
status-follow-up-b13to15-can-do = Di con sinceridad qué va bien y qué no. Pide apoyo si lo necesitas.
status-follow-up-b13to15-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-b16to17-title = Seguimiento
status-follow-up-b16to17-meaning = La persona que lleva tu caso está haciendo un seguimiento después de tu reencuentro con tu familia.
status-follow-up-b16to17-next = Cuando la situación sea estable, el seguimiento terminará y se cerrará tu caso.
status-follow-up-b16to17-can-do = Di qué apoyo necesitas: estudios, trabajo, salud o cualquier otra cosa.
status-follow-up-b16to17-ask = Puedes pedirle ayuda a quien lleva tu caso.

status-follow-up-adult-title = Seguimiento
status-follow-up-adult-meaning = La persona a cargo del caso está haciendo un seguimiento de cómo están el niño o la niña y su familia después de la reunificación.
status-follow-up-adult-next = Cuando la situación sea estable, el seguimiento terminará y se cerrará el caso.
status-follow-up-adult-can-do = Informe a la persona a cargo del caso sobre cualquier necesidad o dificultad.
status-follow-up-adult-ask = Consulte a la persona a cargo del caso.

## closed

status-closed-b0to5-title = Ya terminamos
status-closed-b0to5-meaning = Las personas que te ayudaban terminaron su trabajo contigo.
status-closed-b0to5-next = Las personas adultas que están contigo te van a seguir cuidando.
status-closed-b0to5-can-do = Puedes pedirle ayuda a una persona adulta cuando quieras.
status-closed-b0to5-ask = Puedes preguntarle a tu tutor o tutora, o a una persona adulta de confianza.

status-closed-b6to9-title = Tu caso terminó
status-closed-b6to9-meaning = La persona que llevaba tu caso terminó de trabajar en él.
status-closed-b6to9-next = Las personas adultas que te cuidan van a seguir ayudándote.
status-closed-b6to9-can-do = Si otra vez necesitas ayuda, díselo a una persona adulta de confianza.
status-closed-b6to9-ask = Puedes pedirle a una persona adulta de confianza que hable con el equipo.

status-closed-b10to12-title = Tu caso está cerrado
status-closed-b10to12-meaning = La persona que llevaba tu caso terminó de trabajar en él.
status-closed-b10to12-next = Ya no va a pasar nada más en este caso. Si vuelves a necesitar ayuda, el equipo puede abrirlo otra vez.
status-closed-b10to12-can-do = Si necesitas ayuda, díselo a una persona adulta de confianza.
status-closed-b10to12-ask = Pídele a una persona adulta de confianza que se comunique con el equipo.

status-closed-b13to15-title = Tu caso está cerrado
status-closed-b13to15-meaning = La persona que llevaba tu caso terminó de trabajar en él.
status-closed-b13to15-next = Ya no va a pasar nada más en este caso. Si vuelves a necesitar ayuda, se puede volver a abrir.
status-closed-b13to15-can-do = Si necesitas ayuda, comunícate con el equipo o con una persona adulta de confianza. También puedes poner una queja.
status-closed-b13to15-ask = Pregúntale a una persona adulta de confianza, o comunícate con el equipo.

status-closed-b16to17-title = Caso cerrado
status-closed-b16to17-meaning = La persona que llevaba tu caso terminó de trabajar en él.
status-closed-b16to17-next = Ya no pasará nada más en este caso. Se puede volver a abrir si necesitas ayuda de nuevo.
status-closed-b16to17-can-do = Todavía puedes pedir una copia de tus datos o presentar una queja.
status-closed-b16to17-ask = Comunícate con el equipo si vuelves a necesitar ayuda.

status-closed-adult-title = Caso cerrado
status-closed-adult-meaning = La persona a cargo del caso terminó de trabajar en el caso del niño o la niña.
status-closed-adult-next = Ya no pasará nada más en este caso. Se puede volver a abrir si es necesario.
status-closed-adult-can-do = Puede pedir una copia de sus datos o presentar una queja.
status-closed-adult-ask = Comuníquese con el equipo si vuelve a necesitar ayuda.

## alternative care

status-alternative-care-b0to5-title = Un lugar seguro para vivir
status-alternative-care-b0to5-meaning = Vas a vivir en un lugar seguro, con personas que te cuidan.
status-alternative-care-b0to5-next = Las personas que te ayudan van a seguir visitándote.
status-alternative-care-b0to5-can-do = Puedes contarles a las personas que te cuidan lo que te gusta.
status-alternative-care-b0to5-ask = Puedes preguntarle lo que quieras a tu tutor o tutora.

status-alternative-care-b6to9-title = Un lugar seguro para vivir
status-alternative-care-b6to9-meaning = Por ahora, vas a vivir en un lugar seguro, con personas que te van a cuidar.
status-alternative-care-b6to9-next = La persona que lleva tu caso te va a seguir visitando. Es posible que sigan buscando a tu familia.
status-alternative-care-b6to9-can-do = Cuéntale a la persona que lleva tu caso lo que te gusta y lo que necesitas.
status-alternative-care-b6to9-ask = Hazle cualquier pregunta a tu tutor o tutora, o a quien lleva tu caso.

status-alternative-care-b10to12-title = Un lugar seguro para vivir
status-alternative-care-b10to12-meaning = Por ahora, vas a vivir en un lugar seguro con personas que te cuidan, no con tu familia.
status-alternative-care-b10to12-next = La persona que lleva tu caso te seguirá visitando. La búsqueda de tu familia puede continuar.
status-alternative-care-b10to12-can-do = Cuéntale a la persona que lleva tu caso qué necesitas y cómo te sientes en el lugar donde vives.
status-alternative-care-b10to12-ask = Pregúntale a tu tutor o tutora, o a quien lleva tu caso.

status-alternative-care-b13to15-title = Cuidado alternativo
status-alternative-care-b13to15-meaning = Por ahora, vas a vivir en un lugar seguro con personas que te cuidan, como una familia de acogida o un hogar pequeño.
status-alternative-care-b13to15-next = La persona que lleva tu caso seguirá en contacto contigo. La búsqueda de tu familia puede continuar, y el plan se revisará.
status-alternative-care-b13to15-can-do = Di qué necesitas y cómo te sientes en el lugar donde vives. Tu opinión cuenta cuando se revisa el plan.
status-alternative-care-b13to15-ask = Pregúntale a tu tutor o tutora, a quien lleva tu caso o a tu representante legal.

status-alternative-care-b16to17-title = Cuidado alternativo
status-alternative-care-b16to17-meaning = Por ahora, vivirás en cuidado alternativo, como una familia de acogida, un hogar pequeño o una vivienda con apoyo.
status-alternative-care-b16to17-next = La persona que lleva tu caso seguirá en contacto contigo y revisará el plan contigo. La búsqueda de tu familia puede continuar.
status-alternative-care-b16to17-can-do = Dile a la persona que lleva tu caso lo que necesitas, también tus planes para cuando cumplas 18 años.
status-alternative-care-b16to17-ask = Pregunta a quien lleva tu caso, a tu tutor o tutora o a tu representante legal.

status-alternative-care-adult-title = Cuidado alternativo
status-alternative-care-adult-meaning = Por ahora, el niño o la niña vivirá en una modalidad de cuidado alternativo.
status-alternative-care-adult-next = La persona a cargo del caso revisará el plan con regularidad. La búsqueda de familiares puede continuar.
status-alternative-care-adult-can-do = Pregunte a la persona a cargo del caso cómo puede mantener el contacto con el niño o la niña, si está permitido.
status-alternative-care-adult-ask = Consulte a la persona a cargo del caso.
