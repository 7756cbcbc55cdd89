# Información de salud compartida con quienes cuidan al niño o la niña. Fuente: inglés.
# Nunca edite una versión publicada: cree una v2.
# Spanish: machine draft (Claude), not reviewed by a native speaker. "tú" for children,
# "usted" for adults; gender-neutral wording; no placeables.

notice-title-b0to5 = Contarles sobre tu salud a quienes te ayudan
notice-body-b0to5 =
    Los doctores saben cómo te sientes.
    Las personas que te cuidan también quieren saberlo, para ayudarte.
    Puedes decir que sí o que no. Las dos respuestas están bien.
notice-withdraw-b0to5 = Si cambias de opinión, díselo a tu tutor o tutora.

notice-title-b6to9 = Contarles sobre tu salud a las personas que te ayudan
notice-body-b6to9 =
    Los doctores y las enfermeras saben cosas sobre tu salud.
    Nos gustaría que se las cuenten a las personas que te cuidan, para que puedan ayudarte bien.
    Puedes decir que sí o que no. Si dices que no, el doctor te sigue atendiendo.
notice-withdraw-b6to9 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener o díselo a la persona que lleva tu caso.

notice-title-b10to12 = Compartir información sobre tu salud
notice-body-b10to12 =
    La información sobre tu salud es privada.
    Nos gustaría compartirla con las personas que te cuidan, como tu tutor o tutora y el lugar donde vives, para que puedan cuidarte.
    Puedes decir que sí o que no. Si dices que no, puedes seguir recibiendo atención médica.
notice-withdraw-b10to12 = Puedes cambiar de opinión cuando quieras. Toca el botón Detener en la app o díselo a la persona que lleva tu caso.

notice-title-b13to15 = Compartir tu información de salud
notice-body-b13to15 =
    La información de salud es privada y tiene una protección especial.
    Te pedimos permiso para compartir la tuya con las personas que te cuidan (tu tutor o tutora y el lugar de acogida donde vives), solo para que puedan cuidarte.
    Tú eliges. Decir que no nunca te impide recibir atención médica.
notice-withdraw-b13to15 = Puedes retirar tu permiso en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Desde ese momento se deja de compartir.

notice-title-b16to17 = Compartir tu información de salud
notice-body-b16to17 =
    La información de salud es privada y tiene una protección especial.
    Te pedimos tu consentimiento para compartir la tuya con las personas que te cuidan (tu tutor o tutora y el lugar de acogida donde vives), solo para que puedan cuidarte.
    Tú eliges. Decir que no nunca te impide recibir atención médica.
notice-withdraw-b16to17 = Puedes retirar tu consentimiento en cualquier momento: toca el botón Detener en la app o díselo a la persona que lleva tu caso. Desde ese momento se deja de compartir.

notice-title-adult = Compartir la información de salud del niño o la niña
notice-body-adult =
    La información de salud tiene una protección especial.
    Le pedimos su consentimiento para compartir la información de salud del niño o la niña con quienes se encargan de su cuidado (su tutor o tutora y el lugar de acogida), solo para su cuidado.
    Decir que no nunca impide que el niño o la niña reciba atención médica.
notice-withdraw-adult = Puede retirar su consentimiento en cualquier momento en la app o a través de la persona a cargo del caso. Desde ese momento se deja de compartir.
