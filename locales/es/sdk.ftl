# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# Spanish: machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.
# "tú" as in errors.ftl, because children read these messages too; gender-neutral wording.

sdk-error-offline = La app no puede conectarse al servidor ahora. Tus mensajes esperan en este teléfono y se enviarán cuando haya conexión.
sdk-error-unexpected-response = El servidor respondió de una forma que la app no entiende. Por favor, inténtalo de nuevo más tarde.
sdk-error-store = Este teléfono no pudo guardar ni leer los datos de la app. Cierra la app, vuelve a abrirla e inténtalo de nuevo.
sdk-error-store-key = Los datos de la app en este teléfono no se pudieron abrir con esta clave. No se cambió nada.
sdk-error-crypto = En este teléfono no se pudo cerrar con llave ni abrir un mensaje. Por favor, inténtalo de nuevo.
sdk-error-not-enrolled = Este teléfono todavía no está configurado. Escribe el código que te dio la persona que lleva tu caso.
sdk-error-other-server = Los datos de esta app son de otro servidor. No se cambió nada.
sdk-error-identity-changed = El número de seguridad de este contacto cambió. Compáralo con esa persona cara a cara antes de volver a escribirle.
sdk-error-revoked-device = Llegó un mensaje de un teléfono que fue desconectado. No se mostró.
sdk-error-contact-not-allowed = Ahora no puedes escribir a esta cuenta en la app.
sdk-error-sealed-unavailable = Todavía no se puede enviar un mensaje privado a esta cuenta. Primero envía un mensaje normal.
sdk-error-notice-mismatch = Este texto no es el que la app espera, así que no se muestra. Pregúntale a la persona que lleva tu caso.
sdk-error-receipt-signature = No se pudo verificar este comprobante. Pregúntale a la persona que lleva tu caso.
sdk-error-receipt-code-invalid = Este número de seguimiento está incompleto o tiene un error al escribirlo. Revísalo e inténtalo de nuevo.
sdk-error-complaint-unreadable = No se pudo abrir esta queja en este teléfono.
sdk-error-invalid-input = La app usó un dato que no puede enviar: { $field }.
sdk-error-internal = Algo salió mal en la app. No se envió nada. Por favor, inténtalo de nuevo.
sdk-error-revoked = Este teléfono fue desconectado de tu cuenta. Sus datos se borraron. Pide un código nuevo a la persona que lleva tu caso.
