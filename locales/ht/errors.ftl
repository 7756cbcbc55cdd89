# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.
# Kreyòl ayisyen (ht): "ou" for the reader; caseworker = "responsab dosye".

error-request-malformed-json = Aplikasyon an voye yon bagay sèvè a pa t ka li. Tanpri eseye ankò.
error-request-invalid-field = Aplikasyon an voye yon valè sèvè a pa ka itilize: { $field }.
error-request-unknown-field = Aplikasyon an voye yon bagay sèvè a pa konnen: { $field }.
error-request-body-too-large = Sa a twò gwo pou voye.
error-request-unsupported-media-type = Aplikasyon an voye sa a nan yon fòma sèvè a pa aksepte.
error-request-invalid-id = Lyen sa a oswa ID sa a pa bon.
error-request-unknown-route = Pa gen anyen la a.
error-request-method-not-allowed = Aksyon sa a pa posib la a.
error-auth-credential-missing = Tanpri konekte pou ou ka fè sa.
error-auth-credential-invalid = Telefòn sa a pa konekte. Mande responsab dosye ou pou ede ou.
error-auth-device-revoked = Yo dekonekte telefòn sa a. Mande responsab dosye ou yon nouvo kòd.
error-auth-forbidden = Ou pa gen pèmisyon pou fè sa.
error-enrolment-code-invalid = Kòd sa a pa bon. Verifye l epi eseye ankò.
error-enrolment-code-expired = Kòd sa a ekspire. Mande responsab dosye ou yon nouvo kòd.
error-enrolment-code-used = Yo deja sèvi ak kòd sa a. Mande responsab dosye ou yon nouvo kòd.
error-enrolment-rate-limited = Twòp esè. Tanpri tann yon ti moman epi eseye ankò.
error-keys-invalid-key = Aplikasyon an voye yon kle sekirite sèvè a pa ka li.
error-keys-invalid-signature = Aplikasyon an voye yon kle sekirite ki pa bon.
error-keys-invalid-registration-id = Aplikasyon an voye yon nimewo sèvè a pa ka itilize.
error-case-not-found = Nou pa t ka jwenn dosye sa a.
error-case-stage-transition-not-allowed = Depi kote dosye a ye kounye a, li pa ka pase nan etap sa a.
error-case-member-not-found = Moun sa a pa fè pati dosye sa a.
error-case-already-member = Moun sa a deja fè pati dosye sa a.
error-case-not-assignable-staff = Se sèlman responsab dosye, gadyen ak avoka ki ka ajoute konsa.
error-case-link-invalid = Nou pa ka lye dosye sa yo ansanm.
error-case-contact-rule-invalid = Yon règ kontak bezwen de moun diferan ki nan dosye sa a.
error-account-not-found = Nou pa t ka jwenn moun sa a.
error-device-not-found = Nou pa t ka jwenn aparèy sa a.
error-server-internal = Gen yon bagay ki pa mache bò kote pa nou. Anyen pa chanje. Tanpri eseye ankò.
error-server-unavailable = Sèvis la okipe kounye a. Tanpri eseye ankò nan yon minit.
