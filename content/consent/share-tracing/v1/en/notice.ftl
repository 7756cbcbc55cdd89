# Share case data with tracing partners. Source: English. The notice a person is shown
# before they decide; its exact rendered bytes are hashed and the hash is kept with the
# decision. Never edit a published version: make v2.

notice-title-b0to5 = Looking for your family
notice-body-b0to5 =
    People who help find families want to know about you.
    They want your name and your family's names.
    They use them to look for your family.
    You can say yes or no. Both are OK.
notice-withdraw-b0to5 = If you change your mind, tell your guardian.

notice-title-b6to9 = Helping to look for your family
notice-body-b6to9 =
    Some groups help find families. We would like to tell them about you.
    We would tell them your name, your family's names and where you last saw them.
    They only use this to look for your family.
    You can say yes or no. If you say no, we still help you.
notice-withdraw-b6to9 = You can change your mind any time. Tap Stop, or tell your caseworker.

notice-title-b10to12 = Sharing your details to find your family
notice-body-b10to12 =
    Tracing partners are groups that help find families. We would like to share your details with them.
    We would share your name, your family's names and what you told us about where you lived.
    They use it only to look for your family, for as long as the search goes on.
    You can say yes or no. Saying no will not stop us helping you.
notice-withdraw-b10to12 = You can change your mind any time. Tap Stop in the app, or tell your caseworker.

notice-title-b13to15 = Sharing your case details with tracing partners
notice-body-b13to15 =
    Tracing partners are organisations that search for families. We ask to share your name, your family's names and your case history with them.
    They may use it only to trace your family, and only while tracing is open.
    You decide. If you say no, you keep all the other help you get.
notice-withdraw-b13to15 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. We then stop sharing from that moment.

notice-title-b16to17 = Sharing your case details with tracing partners
notice-body-b16to17 =
    Tracing partners are organisations that search for families. We ask to share your name, your family's names and your case history with them.
    They may use it only to trace your family, and only while tracing is open.
    You decide. If you say no, you keep all the other help you get.
notice-withdraw-b16to17 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. We then stop sharing from that moment. What was shared before stays shared.

notice-title-adult = Sharing case details with tracing partners
notice-body-adult =
    Tracing partners are organisations that search for families. We ask to share the child's name, their family's names and their case history with them.
    They may use these details only to trace the child's family, and only while tracing is open.
    Saying no does not change any other help the child receives.
notice-withdraw-adult = You can withdraw at any time in the app, or through the caseworker. Sharing stops from that moment; what was shared before stays shared.
