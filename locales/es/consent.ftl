# Comprobantes de consentimiento: el texto breve que recibe una persona después de cada
# decisión de consentimiento, en su idioma y según su franja de edad. $band es `young`
# (0–9), `child` (10–17) o `adult`; $title es el título del aviso (sobre qué era la
# pregunta); $date es el día (AAAA-MM-DD).
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children;
# the adult variants are impersonal, like the English. Nothing changes for a girl or a boy.

consent-receipt-given = { $band ->
    [young] Dijiste que sí a: { $title }. Si cambias de opinión, díselo a tu tutor o tutora, o a la persona que lleva tu caso.
    [child] Dijiste que sí a: { $title } ({ $date }). Puedes cambiar de opinión cuando quieras: toca el botón Detener en la app o díselo a la persona que lleva tu caso.
   *[adult] Consentimiento dado: { $title } ({ $date }). Se puede retirar en cualquier momento en la app o a través de la persona a cargo del caso.
}
consent-receipt-refused = { $band ->
    [young] Dijiste que no a: { $title }. Está bien. Sigues recibiendo ayuda.
    [child] Dijiste que no a: { $title } ({ $date }). Es tu decisión, y sigues recibiendo toda la demás ayuda.
   *[adult] Consentimiento denegado: { $title } ({ $date }). No se hará nada de lo que se pedía, a menos que dos personas del equipo decidan que la seguridad o el interés superior del niño o la niña lo exigen; esa decisión también queda registrada.
}
consent-receipt-withdrawn = { $band ->
    [young] Pediste parar: { $title }. Ya paró.
    [child] Retiraste tu sí a: { $title } ({ $date }). Se detuvo desde ese momento.
   *[adult] Consentimiento retirado: { $title } ({ $date }). Dejó de aplicarse desde ese momento; lo que se hizo antes no se deshace.
}
consent-receipt-recorded = { $band ->
    [young] Se anotó algo sobre: { $title }. La persona que lleva tu caso te puede explicar qué quiere decir.
    [child] Se registró esto sobre: { $title } ({ $date }). Pregúntale a la persona que lleva tu caso si quieres saber más.
   *[adult] Registro sobre: { $title } ({ $date }).
}
