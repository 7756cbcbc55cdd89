# Health information shared with those who care for the child. Source: English.
# Never edit a published version: make v2.

notice-title-b0to5 = Telling helpers about your health
notice-body-b0to5 =
    Doctors know how you are feeling.
    The people who look after you want to know too, to help you.
    You can say yes or no. Both are OK.
notice-withdraw-b0to5 = If you change your mind, tell your guardian.

notice-title-b6to9 = Telling your helpers about your health
notice-body-b6to9 =
    Doctors and nurses know things about your health.
    We would like them to tell the people who look after you, so they can help you well.
    You can say yes or no. If you say no, you still see the doctor.
notice-withdraw-b6to9 = You can change your mind any time. Tap Stop, or tell your caseworker.

notice-title-b10to12 = Sharing your health information
notice-body-b10to12 =
    Your health information is private.
    We would like to share it with the people who care for you, like your guardian and the place you live, so they can look after you.
    You can say yes or no. Saying no does not stop you getting medical care.
notice-withdraw-b10to12 = You can change your mind any time. Tap Stop in the app, or tell your caseworker.

notice-title-b13to15 = Sharing your health information
notice-body-b13to15 =
    Health information is private and specially protected.
    We ask to share yours with the people who care for you (your guardian and your care provider), only so they can look after you.
    It is your choice. Saying no never stops you getting medical care.
notice-withdraw-b13to15 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. Sharing stops from that moment.

notice-title-b16to17 = Sharing your health information
notice-body-b16to17 =
    Health information is private and specially protected.
    We ask to share yours with the people who care for you (your guardian and your care provider), only so they can look after you.
    It is your choice. Saying no never stops you getting medical care.
notice-withdraw-b16to17 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. Sharing stops from that moment.

notice-title-adult = Sharing the child's health information
notice-body-adult =
    Health information is specially protected.
    We ask to share the child's health information with the people who care for them (their guardian and care provider), only for their care.
    Saying no never stops the child getting medical care.
notice-withdraw-adult = You can withdraw at any time in the app, or through the caseworker. Sharing stops from that moment.
