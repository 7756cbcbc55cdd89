# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# FR: machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.
# Read by children (tu) and adults (vous), so impersonal forms are used, as in errors.ftl.

sdk-error-offline = L'application ne peut pas joindre le serveur pour l'instant. Les messages attendent sur ce téléphone et partiront quand il y aura une connexion.
sdk-error-unexpected-response = Le serveur a répondu d'une façon que l'application ne comprend pas. Merci de réessayer plus tard.
sdk-error-store = Ce téléphone n'a pas pu enregistrer ou lire les données de l'application. Il faut fermer l'application, la rouvrir, puis réessayer.
sdk-error-store-key = Les données de l'application sur ce téléphone n'ont pas pu être ouvertes avec cette clé. Rien n'a été modifié.
sdk-error-crypto = Un message n'a pas pu être verrouillé ou déverrouillé sur ce téléphone. Merci de réessayer.
sdk-error-not-enrolled = Ce téléphone n'est pas encore configuré. Il faut entrer le code donné par l'assistant social.
sdk-error-other-server = Les données de cette application appartiennent à un autre serveur. Rien n'a été modifié.
sdk-error-identity-changed = Le numéro de sécurité de ce contact a changé. Il faut le comparer avec cette personne, en face à face, avant de lui écrire à nouveau.
sdk-error-revoked-device = Un message est arrivé d'un téléphone qui a été déconnecté. Il n'a pas été affiché.
sdk-error-contact-not-allowed = Pour l'instant, il n'est pas possible d'écrire à ce compte dans l'application.
sdk-error-sealed-unavailable = Un message privé ne peut pas encore être envoyé à ce compte. Il faut d'abord envoyer un message normal.
sdk-error-notice-mismatch = Ce texte n'est pas celui que l'application attend, donc il n'est pas affiché. Il faut demander à l'assistant social.
sdk-error-receipt-signature = Ce reçu n'a pas pu être vérifié. Il faut demander à l'assistant social.
sdk-error-receipt-code-invalid = Ce numéro de suivi est incomplet ou contient une faute de frappe. Merci de le vérifier et de réessayer.
sdk-error-complaint-unreadable = Cette plainte n'a pas pu être ouverte sur ce téléphone.
sdk-error-invalid-input = L'application a utilisé une valeur qu'elle ne peut pas envoyer : { $field }.
sdk-error-internal = Quelque chose n'a pas marché dans l'application. Rien n'a été envoyé. Merci de réessayer.
sdk-error-revoked = Ce téléphone a été déconnecté du compte. Ses données ont été effacées. Il faut demander un nouveau code à l'assistant social.
