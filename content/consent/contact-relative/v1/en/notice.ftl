# Contact with one named relative (the app shows who beside this text). Source: English.
# Never edit a published version: make v2.

notice-title-b0to5 = Talking with someone from your family
notice-body-b0to5 =
    Someone from your family may talk with you in the app.
    Your guardian will show you who it is.
    You can say yes or no. Both are OK.
notice-withdraw-b0to5 = If you want to stop, tell your guardian.

notice-title-b6to9 = Talking with someone from your family
notice-body-b6to9 =
    Someone from your family would like to send you messages. The app shows you who.
    Your caseworker checked who they are.
    Do you want to talk with them? You can say yes or no.
notice-withdraw-b6to9 = You can stop any time. Tap Stop, or tell your caseworker.

notice-title-b10to12 = Messages with a relative
notice-body-b10to12 =
    A relative would like to message you. The app shows you who it is.
    Your caseworker checked who they are before asking you.
    If you say yes, you can send each other messages. Nobody else can read them, not even us.
    You can say yes or no. It is your choice.
notice-withdraw-b10to12 = You can stop any time. Tap Stop in the app, or tell your caseworker. Messages stop at once.

notice-title-b13to15 = Contact with a relative
notice-body-b13to15 =
    A relative would like to be in contact with you. The app shows you who it is.
    Your caseworker checked their identity first.
    If you agree, you can message each other. Messages are encrypted: only the two of you can read them.
    It is your choice. You can say no, and you can change your mind later.
notice-withdraw-b13to15 = You can stop the contact at any time: tap Stop in the app, or tell your caseworker. It stops at once.

notice-title-b16to17 = Contact with a relative
notice-body-b16to17 =
    A relative would like to be in contact with you. The app shows you who it is.
    Your caseworker checked their identity first.
    If you agree, you can message each other. Messages are encrypted: only the two of you can read them.
    It is your choice. You can say no, and you can change your mind later.
notice-withdraw-b16to17 = You can stop the contact at any time: tap Stop in the app, or tell your caseworker. It stops at once.

notice-title-adult = Contact between the child and a relative
notice-body-adult =
    A relative, shown beside this text, would like to be in contact with the child.
    The caseworker checked the relative's identity first.
    If you agree, the child and the relative can message each other. Messages are encrypted end to end: the service cannot read them.
notice-withdraw-adult = You can withdraw at any time in the app, or through the caseworker. Contact stops at once.
