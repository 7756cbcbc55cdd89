# The reunification plan. Source: English. Promises nothing: plans can change.
# Never edit a published version: make v2.

notice-title-b0to5 = A plan to live with your family
notice-body-b0to5 =
    Grown-ups are making a plan for you to live with your family.
    They want to know what you think.
    You can say yes or no. Both are OK.
notice-withdraw-b0to5 = If you change your mind, tell your guardian.

notice-title-b6to9 = The plan to go to your family
notice-body-b6to9 =
    Your caseworker is preparing a plan for you to live with your family.
    Before the plan goes ahead, we want to know if you agree.
    Plans can change. If it changes, your caseworker tells you.
    You can say yes or no.
notice-withdraw-b6to9 = You can change your mind any time. Tap Stop, or tell your caseworker.

notice-title-b10to12 = The reunification plan
notice-body-b10to12 =
    Your caseworker is preparing a plan for you to go and live with your family. The plan says who you would live with and how the move would happen.
    We ask whether you agree before it goes ahead.
    Plans can change. If something changes, your caseworker explains why.
    You can say yes or no. Your view matters in the decision.
notice-withdraw-b10to12 = You can change your mind any time. Tap Stop in the app, or tell your caseworker.

notice-title-b13to15 = The reunification plan
notice-body-b13to15 =
    Your caseworker is preparing a plan for you to live with your family: who you would live with, where, and how the move would happen.
    We ask for your agreement before it goes ahead. Your views are part of the decision.
    Plans can change. If it changes, your caseworker explains why and asks you again.
notice-withdraw-b13to15 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. The plan is then looked at again.

notice-title-b16to17 = The reunification plan
notice-body-b16to17 =
    Your caseworker is preparing a plan for you to live with your family: who you would live with, where, and how the move would happen.
    We ask for your agreement before it goes ahead. Your views are part of the decision.
    Plans can change. If it changes, your caseworker explains why and asks you again.
notice-withdraw-b16to17 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. The plan is then looked at again.

notice-title-adult = The child's reunification plan
notice-body-adult =
    The caseworker is preparing a plan for the child to live with their family: with whom, where, and how the move would happen.
    We ask for your agreement before it goes ahead. The child's views are part of the decision.
    Plans can change; if it changes, you are asked again.
notice-withdraw-adult = You can withdraw at any time in the app, or through the caseworker. The plan is then reviewed.
