# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = Registro
case-stage-tracing = Búsqueda de la familia
case-stage-family-found = Familia encontrada
case-stage-verifying = Verificación
case-stage-assessing = Evaluación
case-stage-planning-reunification = Preparación del reencuentro
case-stage-reunified = Reencuentro familiar
case-stage-follow-up = Seguimiento
case-stage-closed = Caso cerrado
case-stage-alternative-care = Cuidado alternativo

status-heading-meaning = { $band ->
    [young] Qué está pasando
   *[other] Qué significa esto
}
status-heading-next = Qué pasa después
status-heading-can-do = { $band ->
    [young] Lo que puedes hacer
   *[other] Qué hacer ahora
}
status-heading-ask = { $band ->
    [young] Quién te puede ayudar
   *[other] A quién preguntar
}

notification-stage-changed = { $band ->
    [young] Hay noticias sobre tu carpeta.
    [child] Hay noticias sobre tu caso.
   *[adult] El caso pasó a una nueva etapa.
}
