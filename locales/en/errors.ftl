# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.

error-request-malformed-json = The app sent something the server could not read. Please try again.
error-request-invalid-field = The app sent a value the server cannot use: { $field }.
error-request-unknown-field = The app sent something the server does not know: { $field }.
error-request-body-too-large = This is too big to send.
error-request-unsupported-media-type = The app sent this in a form the server does not accept.
error-request-invalid-id = This link or id is not right.
error-request-unknown-route = There is nothing here.
error-request-method-not-allowed = This action is not possible here.
error-auth-credential-missing = Please sign in to do this.
error-auth-credential-invalid = This phone is not signed in. Ask your caseworker for help.
error-auth-device-revoked = This phone was disconnected. Ask your caseworker for a new code.
error-auth-forbidden = You are not allowed to do this.
error-enrolment-code-invalid = This code is not right. Check it and try again.
error-enrolment-code-expired = This code is too old. Ask your caseworker for a new one.
error-enrolment-code-used = This code was already used. Ask your caseworker for a new one.
error-enrolment-rate-limited = Too many tries. Please wait a little and try again.
error-keys-invalid-key = The app sent a security key the server cannot read.
error-keys-invalid-signature = The app sent a security key that does not check out.
error-keys-invalid-registration-id = The app sent a number the server cannot use.
error-case-not-found = We could not find this case.
error-case-stage-transition-not-allowed = The case cannot move to that step from where it is now.
error-case-member-not-found = This person is not part of this case.
error-case-already-member = This person is already part of this case.
error-case-not-assignable-staff = Only caseworkers, guardians and legal representatives can be added this way.
error-case-link-invalid = These cases cannot be linked.
error-case-contact-rule-invalid = A contact rule needs two different people from this case.
error-account-not-found = We could not find this person.
error-device-not-found = We could not find this device.
error-server-internal = Something went wrong on our side. Nothing was changed. Please try again.
error-server-unavailable = The service is busy right now. Please try again in a minute.
