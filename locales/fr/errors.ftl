# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.
# FR: these texts are read by children (tu) and adults (vous), so they use impersonal
# forms ("Merci de réessayer", "Il faut…") instead of tu or vous.

error-request-malformed-json = L'application a envoyé quelque chose que le serveur n'a pas pu lire. Merci de réessayer.
error-request-invalid-field = L'application a envoyé une valeur que le serveur ne peut pas utiliser : { $field }.
error-request-unknown-field = L'application a envoyé quelque chose que le serveur ne connaît pas : { $field }.
error-request-body-too-large = C'est trop gros pour être envoyé.
error-request-unsupported-media-type = L'application a envoyé ceci dans un format que le serveur n'accepte pas.
error-request-invalid-id = Ce lien ou cet identifiant n'est pas correct.
error-request-unknown-route = Il n'y a rien ici.
error-request-method-not-allowed = Cette action n'est pas possible ici.
error-auth-credential-missing = Il faut se connecter pour faire cela.
error-auth-credential-invalid = Ce téléphone n'est pas connecté. Il faut demander de l'aide à l'assistant social.
error-auth-device-revoked = Ce téléphone a été déconnecté. Il faut demander un nouveau code à l'assistant social.
error-auth-forbidden = Cette action n'est pas autorisée.
error-enrolment-code-invalid = Ce code n'est pas le bon. Merci de le vérifier et de réessayer.
error-enrolment-code-expired = Ce code est trop vieux. Il faut en demander un nouveau à l'assistant social.
error-enrolment-code-used = Ce code a déjà été utilisé. Il faut en demander un nouveau à l'assistant social.
error-enrolment-rate-limited = Trop d'essais. Merci d'attendre un peu, puis de réessayer.
error-keys-invalid-key = L'application a envoyé une clé de sécurité que le serveur ne peut pas lire.
error-keys-invalid-signature = L'application a envoyé une clé de sécurité qui n'est pas valide.
error-keys-invalid-registration-id = L'application a envoyé un numéro que le serveur ne peut pas utiliser.
error-case-not-found = Nous n'avons pas trouvé ce dossier.
error-case-stage-transition-not-allowed = Le dossier ne peut pas passer à cette étape depuis l'étape où il se trouve.
error-case-member-not-found = Cette personne ne fait pas partie de ce dossier.
error-case-correction-needs-second-supervisor = Un autre responsable d'équipe doit approuver ce changement. Il n'est pas possible d'approuver sa propre demande.
error-case-correction-not-found = Nous n'avons pas trouvé ce changement. Il a peut-être déjà été approuvé ou retiré.
error-case-correction-stale = Le dossier est passé à une autre étape depuis cette demande de changement, ou la demande date de plus de sept jours. Elle a été fermée. Il faut refaire la demande si elle est encore nécessaire.
error-case-correction-pending = Un changement de l'étape de ce dossier attend déjà d'être approuvé.
error-case-already-member = Cette personne fait déjà partie de ce dossier.
error-case-not-assignable-staff = Seuls les assistants sociaux, les tuteurs et les avocats peuvent être ajoutés de cette façon.
error-case-link-invalid = Ces dossiers ne peuvent pas être reliés.
error-case-contact-rule-invalid = Une règle de contact doit concerner deux personnes différentes de ce dossier.
error-account-not-found = Nous n'avons pas trouvé cette personne.
error-device-not-found = Nous n'avons pas trouvé cet appareil.
error-device-still-active = Ce compte a encore un téléphone actif. Il faut d'abord déconnecter ce téléphone, puis créer un nouveau code.
error-messages-mailbox-full = Trop de messages attendent cette personne en ce moment, donc ce message n'a pas été envoyé. Il faut réessayer plus tard.
error-server-internal = Quelque chose n'a pas marché de notre côté. Rien n'a été modifié. Merci de réessayer.
error-server-unavailable = Le service est très occupé en ce moment. Merci de réessayer dans une minute.
error-contact-not-allowed = Pour l'instant, il n'est pas possible d'envoyer des messages à cette personne. Il faut demander pourquoi à l'assistant social.
error-messages-mismatched-devices = L'application doit mettre à jour la liste des téléphones de cette personne. Elle va réessayer.
error-messages-stale-devices = Un des téléphones de cette personne a été réinstallé. L'application va réessayer.
error-messages-too-large = Ce message est trop gros pour être envoyé.
error-messages-invalid-envelopes = L'application a essayé d'envoyer ce message de la mauvaise façon. Mettre l'application à jour peut aider.
error-keys-rate-limited = Trop d'essais pour joindre cette personne. Merci d'attendre un peu.
error-keys-too-many = L'application a envoyé trop de clés de sécurité en même temps.
error-messages-access-denied = Pour l'instant, ce message ne peut pas être envoyé de cette façon. Il faut réessayer plus tard.
error-circle-changed = Les personnes de ce groupe ont changé. L'application va réessayer.
error-messages-rate-limited = Trop de messages ont été envoyés à cette personne en peu de temps. Il faut attendre un peu.
