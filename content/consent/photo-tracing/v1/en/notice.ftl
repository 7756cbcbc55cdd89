# A photo of the child used for tracing. Source: English. Never edit a published version.

notice-title-b0to5 = Your photo
notice-body-b0to5 =
    People who look for families want to show your photo.
    Someone from your family may see it and know you.
    You can say yes or no. Both are OK.
notice-withdraw-b0to5 = If you change your mind, tell your guardian.

notice-title-b6to9 = Showing your photo
notice-body-b6to9 =
    We would like to show your photo to people who help find families.
    Your family may see it and know it is you.
    You can say yes or no. If you say no, we still look for your family.
notice-withdraw-b6to9 = You can change your mind any time. Tap Stop, or tell your caseworker.

notice-title-b10to12 = Using your photo to find your family
notice-body-b10to12 =
    Tracing partners sometimes show photos of children, so that families can recognise them.
    We would like to give them your photo for this.
    Other people may see it too. You can say yes or no. If you say no, we keep looking for your family.
notice-withdraw-b10to12 = You can change your mind any time. Tap Stop in the app, or tell your caseworker. Your photo will not be shown again from then.

notice-title-b13to15 = Using your photo for tracing
notice-body-b13to15 =
    Tracing partners may show your photo to people who could recognise you, in places where your family might be.
    People other than your family may see it. A photo can identify you, so think about whether you are comfortable with this.
    It is your choice. Saying no does not stop the search.
notice-withdraw-b13to15 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. Your photo is not shown again from then; copies already shown cannot be taken back.

notice-title-b16to17 = Using your photo for tracing
notice-body-b16to17 =
    Tracing partners may show your photo to people who could recognise you, in places where your family might be.
    People other than your family may see it. A photo can identify you, so think about whether you are comfortable with this.
    It is your choice. Saying no does not stop the search.
notice-withdraw-b16to17 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. Your photo is not shown again from then; copies already shown cannot be taken back.

notice-title-adult = Using the child's photo for tracing
notice-body-adult =
    Tracing partners may show the child's photo to people who could recognise them, in places where the family might be.
    People other than the family may see it, and a photo identifies the child.
    Saying no does not stop the search.
notice-withdraw-adult = You can withdraw at any time in the app, or through the caseworker. The photo is not shown again from then; copies already shown cannot be recalled.
