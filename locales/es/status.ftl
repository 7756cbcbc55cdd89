# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] Tu caso empezó
    [child] Caso abierto
   *[adult] Registro
}
case-stage-tracing = { $band ->
    [young] Buscando a tu familia
    [child] Búsqueda de tu familia
   *[adult] Búsqueda de la familia
}
case-stage-family-found = { $band ->
    [young] Alguien puede ser de tu familia
    [child] Alguien puede ser de tu familia
   *[adult] Posible familiar encontrado
}
case-stage-verifying = { $band ->
    [young] Revisando
    [child] Comprobando el lazo familiar
   *[adult] Verificación
}
case-stage-assessing = { $band ->
    [young] Viendo que sea seguro
    [child] Decidiendo qué es lo mejor para ti
   *[adult] Evaluación
}
case-stage-planning-reunification = { $band ->
    [young] Haciendo un plan
    [child] Planeando el reencuentro con tu familia
   *[adult] Preparación del reencuentro
}
case-stage-reunified = { $band ->
    [young] Con tu familia
    [child] De nuevo con tu familia
   *[adult] Reencuentro familiar
}
case-stage-follow-up = { $band ->
    [young] Viendo cómo estás
    [child] Viendo cómo van las cosas
   *[adult] Seguimiento
}
case-stage-closed = { $band ->
    [young] Ya terminó
    [child] Caso cerrado
   *[adult] Caso cerrado
}
case-stage-alternative-care = { $band ->
    [young] Un hogar por ahora
    [child] Vivir con personas que te cuidan
   *[adult] Cuidado alternativo
}

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
