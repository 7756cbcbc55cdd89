# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.
# Spanish: "tú" is used here because children read these messages too.

error-request-malformed-json = La app envió algo que el servidor no pudo leer. Por favor, inténtalo de nuevo.
error-request-invalid-field = La app envió un dato que el servidor no puede usar: { $field }.
error-request-unknown-field = La app envió algo que el servidor no conoce: { $field }.
error-request-body-too-large = Esto es demasiado grande para enviarlo.
error-request-unsupported-media-type = La app envió esto en un formato que el servidor no acepta.
error-request-invalid-id = Este enlace o identificador no es correcto.
error-request-unknown-route = Aquí no hay nada.
error-request-method-not-allowed = Esta acción no se puede hacer aquí.
error-auth-credential-missing = Por favor, inicia sesión para hacer esto.
error-auth-credential-invalid = Este teléfono no tiene la sesión iniciada. Pide ayuda a la persona que lleva tu caso.
error-auth-device-revoked = Este teléfono fue desconectado. Pide un código nuevo a la persona que lleva tu caso.
error-auth-forbidden = No tienes permiso para hacer esto.
error-enrolment-code-invalid = Este código no es correcto. Revísalo e inténtalo de nuevo.
error-enrolment-code-expired = Este código ya venció. Pide uno nuevo a la persona que lleva tu caso.
error-enrolment-code-used = Este código ya se usó. Pide uno nuevo a la persona que lleva tu caso.
error-enrolment-rate-limited = Demasiados intentos. Por favor, espera un poco e inténtalo de nuevo.
error-keys-invalid-key = La app envió una clave de seguridad que el servidor no puede leer.
error-keys-invalid-signature = La app envió una clave de seguridad que no es válida.
error-keys-invalid-registration-id = La app envió un número que el servidor no puede usar.
error-case-not-found = No pudimos encontrar este caso.
error-case-stage-transition-not-allowed = El caso no puede pasar a esa etapa desde la etapa en que está ahora.
error-case-member-not-found = Esta persona no forma parte de este caso.
error-case-already-member = Esta persona ya forma parte de este caso.
error-case-not-assignable-staff = De esta forma solo se puede agregar a personas con el rol de trabajador/a social, tutor/a o representante legal.
error-case-link-invalid = Estos casos no se pueden vincular.
error-case-contact-rule-invalid = Una regla de contacto necesita dos personas distintas de este caso.
error-account-not-found = No pudimos encontrar a esta persona.
error-device-not-found = No pudimos encontrar este dispositivo.
error-device-still-active = Esta cuenta todavía tiene un teléfono activo. Primero desconecta ese teléfono y después crea un código nuevo.
error-messages-mailbox-full = Esta persona no puede recibir más mensajes hasta que lea los que ya tiene pendientes. Inténtalo de nuevo más tarde.
error-server-internal = Algo salió mal de nuestro lado. No se cambió nada. Por favor, inténtalo de nuevo.
error-server-unavailable = El servicio está ocupado en este momento. Por favor, inténtalo de nuevo en un minuto.
error-contact-not-allowed = Ahora no puedes enviar mensajes a esta persona. Pregúntale a la persona que lleva tu caso por qué.
error-messages-mismatched-devices = La app tiene que actualizar la lista de teléfonos de esta persona. Lo volverá a intentar.
error-messages-stale-devices = Uno de los teléfonos de esta persona se configuró de nuevo. La app lo volverá a intentar.
error-messages-too-large = Este mensaje es demasiado grande para enviarlo.
error-keys-rate-limited = Demasiados intentos de contactar a esta persona. Por favor, espera un poco.
error-keys-too-many = La app envió demasiadas claves de seguridad a la vez.
error-messages-access-denied = Ahora no se puede enviar este mensaje de esta forma. Inténtalo de nuevo más tarde.
error-circle-changed = Las personas de este grupo cambiaron. La aplicación lo intentará de nuevo.
error-messages-rate-limited = Se enviaron demasiados mensajes a esta persona ahora mismo. Espera un poco, por favor.
