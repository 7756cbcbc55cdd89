# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
# Spanish: role labels use "/" forms so they fit any staff member; "file" for young
# children is "carpeta" (a folder), a concrete word they know.

role-caseworker = trabajador/a social
role-guardian = tutor/a
role-legal-representative = representante legal
role-supervisor = supervisor/a
role-admin = administrador/a
role-complaint-handler = responsable de quejas
role-child = niño/a
role-family = familiar

access-case-create = { $band ->
    [young] { $name } creó tu carpeta.
    [child] { $name } ({ $role }) abrió tu caso.
   *[adult] { $name } ({ $role }) abrió el caso.
}
access-case-view = { $band ->
    [young] { $name } miró tu carpeta.
    [child] { $name } ({ $role }) miró tu caso.
   *[adult] { $name } ({ $role }) consultó el caso.
}
access-case-members-view = { $band ->
    [young] { $name } miró quiénes te ayudan.
    [child] { $name } ({ $role }) miró la lista de personas de tu caso.
   *[adult] { $name } ({ $role }) consultó las personas del caso.
}
access-case-invite = { $band ->
    [young] { $name } invitó a una persona nueva.
    [child] { $name } ({ $role }) invitó a alguien a tu caso.
   *[adult] { $name } ({ $role }) invitó a una persona al caso.
}
access-case-staff-assign = { $band ->
    [young] { $name } sumó a otra persona para ayudarte.
    [child] { $name } ({ $role }) agregó a una persona del equipo a tu caso.
   *[adult] { $name } ({ $role }) asignó a una persona del equipo al caso.
}
access-case-stage-change = { $band ->
    [young] { $name } pasó tu carpeta al siguiente paso.
    [child] { $name } ({ $role }) cambió el paso en el que está tu caso.
   *[adult] { $name } ({ $role }) cambió la etapa del caso.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } revisó quién puede hablar contigo.
    [child] { $name } ({ $role }) miró quién puede comunicarse contigo.
   *[adult] { $name } ({ $role }) consultó las reglas de contacto.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } cambió quién puede hablar contigo.
    [child] { $name } ({ $role }) cambió quién puede comunicarse contigo.
   *[adult] { $name } ({ $role }) cambió una regla de contacto.
}
access-case-link = { $band ->
    [young] { $name } juntó tu carpeta con la de tu hermano o hermana.
    [child] { $name } ({ $role }) unió tu caso con el caso de tu hermano o hermana.
   *[adult] { $name } ({ $role }) vinculó el caso con el de un hermano o hermana.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } hizo un código nuevo para un teléfono.
    [child] { $name } ({ $role }) hizo un código nuevo para entrar a la app para alguien de tu caso.
   *[adult] { $name } ({ $role }) generó un nuevo código de registro para una persona del caso.
}
access-case-access-log-view = { $band ->
    [young] { $name } miró esta lista.
    [child] { $name } ({ $role }) miró esta lista de quiénes vieron tu caso.
   *[adult] { $name } ({ $role }) consultó este registro de accesos.
}
access-case-export = { $band ->
    [young] { $name } hizo una copia de tu carpeta.
    [child] { $name } ({ $role }) hizo una copia de tu caso para enviarla.
   *[adult] { $name } ({ $role }) exportó el caso.
}
access-case-status-view = { $band ->
    [young] { $name } miró dónde está tu carpeta.
    [child] { $name } ({ $role }) miró en qué paso está tu caso.
   *[adult] { $name } ({ $role }) consultó el estado del caso.
}
access-case-stage-correct = { $band ->
    [young] { $name } arregló el paso en el que está tu carpeta.
    [child] { $name } ({ $role }) corrigió el paso en el que está tu caso.
   *[adult] { $name } ({ $role }) corrigió la etapa del caso.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } pidió arreglar el paso en el que está tu carpeta. Otra persona tiene que estar de acuerdo primero.
    [child] { $name } ({ $role }) pidió corregir el paso en el que está tu caso. Otra persona supervisora tiene que estar de acuerdo primero.
   *[adult] { $name } ({ $role }) propuso corregir la etapa del caso; otra persona supervisora tiene que aprobarlo.
}
access-case-stage-correct-withdraw = { $band ->
    [young] Se detuvo un pedido para arreglar el paso en el que está tu carpeta. No cambió nada.
    [child] { $name } ({ $role }) cerró una solicitud para corregir el paso en el que está tu caso. No cambió nada.
   *[adult] { $name } ({ $role }) cerró una propuesta de corrección de etapa. La etapa no cambió.
}
access-stage-corrections-list = { $band ->
    [young] { $name } miró la lista de pasos que esperan ser arreglados.
    [child] { $name } ({ $role }) miró la lista de correcciones que esperan aprobación.
   *[adult] { $name } ({ $role }) consultó las correcciones de etapa pendientes de aprobación.
}
access-case-access-refused = { $band ->
    [young] { $name } intentó abrir tu carpeta. No tenía permiso, así que no vio nada.
    [child] { $name } ({ $role }) intentó abrir tu caso y no tenía permiso. No vio nada.
   *[adult] { $name } ({ $role }) intentó acceder a la información del caso y se le negó el acceso. No se mostró ni se cambió nada.
}
access-case-member-remove = { $band ->
    [young] { $name } sacó a una persona de tu carpeta.
    [child] { $name } ({ $role }) sacó a una persona de tu caso.
   *[adult] { $name } ({ $role }) retiró a una persona del caso.
}
access-cases-list = { $band ->
    [young] { $name } miró su propia lista de carpetas.
    [child] { $name } ({ $role }) miró su propia lista de casos.
   *[adult] { $name } ({ $role }) consultó la lista de sus casos.
}
access-metrics-stages-view = { $band ->
    [young] { $name } miró números sobre muchas carpetas.
    [child] { $name } ({ $role }) miró números sobre todos los casos, sin nombres.
   *[adult] { $name } ({ $role }) consultó las cifras por etapa de todos los casos.
}
access-staff-create = { $band ->
    [young] { $name } sumó a una persona nueva para ayudar.
    [child] { $name } ({ $role }) creó una cuenta para una persona del equipo.
   *[adult] { $name } ({ $role }) creó la cuenta de una persona del equipo.
}
access-staff-code-reissue = { $band ->
    [young] { $name } hizo un código nuevo para el teléfono de una persona que ayuda.
    [child] { $name } ({ $role }) hizo un código nuevo para entrar a la app para una persona del equipo.
   *[adult] { $name } ({ $role }) generó un nuevo código de registro para la cuenta de una persona del equipo.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } anotó quién es el jefe o la jefa de una persona que ayuda.
    [child] { $name } ({ $role }) registró quién supervisa a una persona del equipo.
   *[adult] { $name } ({ $role }) registró quién supervisa la cuenta de una persona del equipo.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] Se agregó un teléfono nuevo a tu cuenta. { $name } dio el código para ese teléfono.
        [child] Se agregó un teléfono nuevo a tu cuenta, con un código de { $name } ({ $role }).
       *[adult] Se registró un dispositivo nuevo en su cuenta, con un código de registro generado por { $name } ({ $role }).
    }
    [child] { $band ->
        [young] Se agregó un teléfono nuevo a la cuenta del niño o la niña. { $name } dio el código para ese teléfono.
        [child] Se agregó un teléfono nuevo a la cuenta del niño o la niña, con un código de { $name } ({ $role }).
       *[adult] Se registró un dispositivo nuevo en la cuenta del niño o la niña, con un código de registro generado por { $name } ({ $role }).
    }
   *[other] { $band ->
        [young] Se agregó un teléfono nuevo para alguien de tu carpeta. { $name } dio el código para ese teléfono.
        [child] Se agregó un teléfono nuevo para alguien de tu caso, con un código de { $name } ({ $role }).
       *[adult] Se registró un dispositivo nuevo para una persona del caso, con un código de registro generado por { $name } ({ $role }).
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } cambió el idioma en que le habla la app.
    [child] { $name } ({ $role }) cambió su propia configuración de idioma.
   *[adult] { $name } ({ $role }) actualizó sus preferencias de idioma.
}
access-account-export = { $band ->
    [young] { $name } hizo una copia de su propia información.
    [child] { $name } ({ $role }) descargó una copia de su propia información.
   *[adult] { $name } ({ $role }) exportó sus propios datos.
}
access-devices-list = { $band ->
    [young] { $name } miró los teléfonos de una cuenta.
    [child] { $name } ({ $role }) miró qué teléfonos usa una cuenta.
   *[adult] { $name } ({ $role }) consultó los dispositivos de una cuenta.
}
access-device-revoke = { $band ->
    [young] { $name } desconectó un teléfono.
    [child] { $name } ({ $role }) quitó un teléfono de una cuenta.
   *[adult] { $name } ({ $role }) revocó un dispositivo.
}
access-keys-upload = { $band ->
    [young] { $name } preparó un teléfono para mensajes privados.
    [child] { $name } ({ $role }) compartió claves nuevas para mensajes privados.
   *[adult] { $name } ({ $role }) subió nuevas claves de cifrado.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } se preparó para mandar un mensaje privado.
    [child] { $name } ({ $role }) obtuvo las claves para empezar una conversación privada.
   *[adult] { $name } ({ $role }) obtuvo claves de cifrado para iniciar una conversación.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } hizo una clave nueva para mensajes privados.
    [child] { $name } ({ $role }) puso una clave nueva para mensajes privados.
   *[adult] { $name } ({ $role }) estableció una nueva clave de acceso de remitente oculto (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name } revisó que la lista de quién hizo qué esté a salvo.
    [child] { $name } ({ $role }) revisó que nadie cambió el registro de quién hizo qué.
   *[adult] { $name } ({ $role }) verificó el registro de auditoría.
}
access-retention-run = { $band ->
    [young] Se borró información vieja, como dicen las reglas.
    [child] Se borró información vieja, como dicen las reglas.
   *[adult] El proceso de conservación eliminó los datos cuyo plazo había vencido.
}
access-retention-dry-run = { $band ->
    [young] Alguien revisó qué información vieja se puede borrar. No se borró nada.
    [child] Alguien revisó qué información vieja se puede borrar. No se borró nada.
   *[adult] Una prueba del proceso de conservación contó los datos que deben eliminarse. No se eliminó nada.
}
access-server-start = { $band ->
    [young] La computadora de Kinbridge se encendió.
    [child] El servidor de Kinbridge se puso en marcha.
   *[adult] El servidor se inició.
}
access-other = { $band ->
    [young] { $name } hizo algo en tu carpeta.
    [child] { $name } ({ $role }) hizo algo en tu caso.
   *[adult] { $name } ({ $role }) realizó una acción en el caso.
}
access-someone = Alguien del equipo
access-consent-age-set = { $band ->
    [young] { $name } anotó cuántos años tienes.
    [child] { $name } ({ $role }) registró tu edad.
   *[adult] { $name } ({ $role }) registró la edad del niño o la niña.
}
access-consent-decide = { $band ->
    [young] { $name } dijo sí o no a una pregunta sobre ti.
    [child] { $name } ({ $role }) registró un sí o un no a una pregunta de consentimiento.
   *[adult] { $name } ({ $role }) registró una decisión sobre un consentimiento.
}
access-consent-withdraw = { $band ->
    [young] { $name } pidió parar algo que se había aceptado antes.
    [child] { $name } ({ $role }) retiró un consentimiento.
   *[adult] { $name } ({ $role }) retiró un consentimiento.
}
access-consent-list = { $band ->
    [young] { $name } miró lo que se aceptó sobre ti.
    [child] { $name } ({ $role }) miró tus consentimientos.
   *[adult] { $name } ({ $role }) consultó los consentimientos.
}
access-consent-override-request = { $band ->
    [young] { $name } pidió seguir adelante sin un sí, para que estés a salvo.
    [child] { $name } ({ $role }) pidió seguir adelante sin consentimiento, por tu seguridad.
   *[adult] { $name } ({ $role }) solicitó dejar sin efecto una decisión de consentimiento, por el interés superior del niño o la niña.
}
access-consent-override-approve = { $band ->
    [young] { $name } aceptó seguir adelante sin un sí, para que estés a salvo.
    [child] { $name } ({ $role }) aprobó seguir adelante sin consentimiento, por tu seguridad.
   *[adult] { $name } ({ $role }) aprobó dejar sin efecto una decisión de consentimiento.
}
access-consent-request = { $band ->
    [young] { $name } te preguntó si estás de acuerdo con algo.
    [child] { $name } ({ $role }) pidió tu consentimiento.
   *[adult] { $name } ({ $role }) solicitó un consentimiento.
}
access-view-request = { $band ->
    [young] { $name } te preguntó qué piensas.
    [child] { $name } ({ $role }) pidió tu opinión sobre una decisión.
   *[adult] { $name } ({ $role }) solicitó la opinión del niño o la niña sobre una decisión.
}
access-view-give = { $band ->
    [young] { $name } dijo lo que piensa.
    [child] { $name } ({ $role }) dio su opinión sobre una decisión.
   *[adult] { $name } ({ $role }) expresó una opinión sobre una decisión.
}
access-views-list = { $band ->
    [young] { $name } miró quién dijo lo que piensa.
    [child] { $name } ({ $role }) miró quién dio su opinión.
   *[adult] { $name } ({ $role }) consultó qué opiniones se pidieron y cuáles se dieron.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } puso una queja.
    [child] { $name } ({ $role }) puso una queja.
   *[adult] { $name } ({ $role }): se presentó una queja.
}
access-complaint-read = { $band ->
    [young] { $name } leyó una queja con su número de seguimiento.
    [child] { $name } ({ $role }) leyó una queja con su número de seguimiento.
   *[adult] { $name } ({ $role }): se leyó una queja con su número de seguimiento.
}
access-complaint-follow-up = { $band ->
    [young] { $name } agregó algo a una queja con su número de seguimiento.
    [child] { $name } ({ $role }) agregó algo a una queja con su número de seguimiento.
   *[adult] { $name } ({ $role }): se agregó información a una queja con su número de seguimiento.
}
access-complaints-list = { $band ->
    [young] { $name } miró la lista de quejas.
    [child] { $name } ({ $role }) miró la lista de quejas.
   *[adult] { $name } ({ $role }) consultó la cola de quejas.
}
access-complaint-view = { $band ->
    [young] { $name } miró una queja.
    [child] { $name } ({ $role }) abrió una queja.
   *[adult] { $name } ({ $role }) abrió una queja.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } avisó que leyó una queja.
    [child] { $name } ({ $role }) confirmó que recibió una queja.
   *[adult] { $name } ({ $role }) confirmó la recepción de una queja.
}
access-complaint-status-change = { $band ->
    [young] { $name } cambió cómo va una queja.
    [child] { $name } ({ $role }) cambió el estado de una queja.
   *[adult] { $name } ({ $role }) cambió el estado de una queja.
}
access-complaint-reply = { $band ->
    [young] { $name } escribió sobre una queja.
    [child] { $name } ({ $role }) escribió una respuesta o una nota sobre una queja.
   *[adult] { $name } ({ $role }) escribió una respuesta o una nota interna sobre una queja.
}
access-complaint-triage = { $band ->
    [young] { $name } ordenó una queja.
    [child] { $name } ({ $role }) organizó una queja (quién se ocupa de ella, etiquetas).
   *[adult] { $name } ({ $role }) clasificó una queja.
}
access-complaint-keys-share = { $band ->
    [young] { $name } dejó que un teléfono nuevo del equipo de quejas leyera una queja.
    [child] { $name } ({ $role }) dejó que un teléfono nuevo del equipo de quejas leyera una queja.
   *[adult] { $name } ({ $role }) compartió la clave de una queja con un dispositivo del equipo de quejas que se incorporó después.
}
access-complaint-escalate = { $band ->
    [young] Una queja urgente se envió a más personas.
    [child] Una queja urgente se envió a las siguientes personas de turno.
   *[adult] Una queja urgente cuya recepción nadie confirmó se escaló al siguiente nivel de turno.
}
access-complaint-deadline-warn = { $band ->
    [young] Una queja lleva demasiado tiempo esperando.
    [child] El plazo de una queja está por vencer o ya venció.
   *[adult] El plazo de una queja llegó al 80 % o ya venció.
}
access-complaint-identity-request = { $band ->
    [young] { $name } preguntó quién puso una queja.
    [child] { $name } ({ $role }) pidió saber quién puso una queja.
   *[adult] { $name } ({ $role }) solicitó la identidad de la persona que presentó una queja.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } decidió si alguien puede saber quién puso una queja.
    [child] { $name } ({ $role }) decidió sobre un pedido para saber quién puso una queja.
   *[adult] { $name } ({ $role }) decidió sobre una solicitud de identidad.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } supo quién puso una queja.
    [child] { $name } ({ $role }) supo quién puso una queja, después de que se aprobó.
   *[adult] { $name } ({ $role }) consultó la identidad de la persona que presentó una queja, tras su aprobación.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } cambió quién puede decidir sobre los nombres en las quejas.
    [child] { $name } ({ $role }) cambió quién tiene el permiso de custodio/a de quejas.
   *[adult] { $name } ({ $role }) cambió el permiso de custodio/a de quejas.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } cambió quién está de turno para las quejas.
    [child] { $name } ({ $role }) cambió sus turnos para las quejas.
   *[adult] { $name } ({ $role }) cambió su nivel de turno para las quejas urgentes.
}
access-complaint-expiry-warn = { $band ->
    [young] Una queja vieja se va a borrar pronto.
    [child] Una queja cerrada se va a borrar pronto.
   *[adult] Una queja cerrada quedó marcada para eliminarse después del periodo de aviso.
}
access-complaint-delete = { $band ->
    [young] Se borró una queja vieja.
    [child] Se borró una queja cerrada.
   *[adult] Se eliminó una queja cerrada.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } miró números sobre las quejas.
    [child] { $name } ({ $role }) miró números sobre las quejas.
   *[adult] { $name } ({ $role }) consultó las cifras de las quejas.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
# Spanish: check in = "contar cómo está" (no noun); call for help = "pedido de ayuda";
# on duty = "de turno"; gender-neutral wording ("no se sabía dónde estabas", not "desaparecido/a").
access-checkin-record = { $band ->
    [young] { $name } mostró cómo se siente.
    [child] { $name } ({ $role }) contó cómo se siente.
   *[adult] { $name } ({ $role }) registró cómo se siente.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } eligió cada cuánto puedes mostrar cómo te sientes.
    [child] { $name } ({ $role }) eligió cada cuánto se te sugiere contar cómo estás.
   *[adult] { $name } ({ $role }) estableció cada cuánto se sugiere al niño o la niña contar cómo está.
}
access-checkins-list = { $band ->
    [young] { $name } miró cuándo mostraste cómo te sientes.
    [child] { $name } ({ $role }) miró cuándo contaste cómo estás.
   *[adult] { $name } ({ $role }) consultó cuándo el niño o la niña contó cómo está.
}
access-help-request = { $band ->
    [young] { $name } pidió ayuda urgente.
    [child] { $name } ({ $role }) pidió ayuda urgente.
   *[adult] { $name } ({ $role }) pidió ayuda urgente.
}
access-missing-flag = { $band ->
    [young] { $name } dijo que no sabe dónde estás.
    [child] { $name } ({ $role }) avisó que no se sabía dónde estabas.
   *[adult] { $name } ({ $role }) informó la desaparición del niño o la niña.
}
access-alert-escalate = { $band ->
    [young] Se les avisó a más personas que ayudan.
    [child] Se les avisó a más personas de turno, porque nadie había respondido todavía.
   *[adult] La alerta pasó al siguiente nivel de turno: nadie había confirmado su recepción.
}
access-alert-acknowledge = { $band ->
    [young] { $name } vio el pedido de ayuda.
    [child] { $name } ({ $role }) vio la alerta y se hizo cargo.
   *[adult] { $name } ({ $role }) confirmó la recepción de la alerta.
}
access-alert-resolve = { $band ->
    [young] { $name } cerró el pedido de ayuda.
    [child] { $name } ({ $role }) cerró la alerta.
   *[adult] { $name } ({ $role }) dio por resuelta la alerta.
}
access-alert-list = { $band ->
    [young] { $name } miró pedidos de ayuda.
    [child] { $name } ({ $role }) miró las alertas abiertas.
   *[adult] { $name } ({ $role }) consultó las alertas abiertas.
}
access-alert-metrics = { $band ->
    [young] { $name } miró números sobre pedidos de ayuda.
    [child] { $name } ({ $role }) miró números sobre las alertas (sin nombres).
   *[adult] { $name } ({ $role }) consultó cifras agregadas de las alertas.
}
access-roster-set = { $band ->
    [young] { $name } cambió quién está de turno.
    [child] { $name } ({ $role }) cambió quién está de turno para las alertas.
   *[adult] { $name } ({ $role }) cambió el cuadro de turnos para las alertas.
}
access-case-risk-set = { $band ->
    [young] { $name } eligió a qué personas que ayudan se les avisa primero.
    [child] { $name } ({ $role }) eligió a qué especialistas se les avisa primero cuando hay una alerta.
   *[adult] { $name } ({ $role }) estableció la categoría de riesgo del caso, que decide a quién se dirigen las alertas.
}
