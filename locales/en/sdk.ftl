# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.

sdk-error-offline = The app cannot reach the server now. Your messages wait on this phone and go when there is a connection.
sdk-error-unexpected-response = The server answered in a way the app does not understand. Please try again later.
sdk-error-store = This phone could not save or read the app's data. Close the app, open it again, and try again.
sdk-error-store-key = The app's data on this phone could not be opened with this key. Nothing was changed.
sdk-error-crypto = A message could not be locked or unlocked on this phone. Please try again.
sdk-error-not-enrolled = This phone is not set up yet. Enter the code from your caseworker.
sdk-error-other-server = This app's data belongs to another server. Nothing was changed.
sdk-error-identity-changed = The safety number of this contact changed. Compare it with them in person before you write again.
sdk-error-revoked-device = A message came from a phone that was disconnected. It was not shown.
sdk-error-contact-not-allowed = You cannot write to this account in the app now.
sdk-error-sealed-unavailable = A private message to this account cannot go yet. Send a normal message first.
sdk-error-notice-mismatch = This text is not the one the app expects, so it is not shown. Ask your caseworker.
sdk-error-receipt-signature = This receipt could not be checked. Ask your caseworker.
sdk-error-receipt-code-invalid = This receipt code is not complete or has a typo. Check it and try again.
sdk-error-complaint-unreadable = This complaint could not be opened on this phone.
sdk-error-invalid-input = The app used a value it cannot send: { $field }.
sdk-error-internal = Something went wrong in the app. Nothing was sent. Please try again.
sdk-error-revoked = This phone was disconnected from your account. Its data was removed. Ask your caseworker for a new code.
