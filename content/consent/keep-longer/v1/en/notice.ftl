# Case data kept beyond the standard period. Source: English. Never edit a published version.

notice-title-b0to5 = Keeping your story
notice-body-b0to5 =
    We keep what we know about you while we help you.
    We would like to keep it for longer, in case you need it later.
    You can say yes or no. Both are OK.
notice-withdraw-b0to5 = If you change your mind, tell your guardian.

notice-title-b6to9 = Keeping your information for longer
notice-body-b6to9 =
    When your case ends, we normally delete what we know about you after a while.
    We would like to keep it for longer, in case you or your family need it later.
    You can say yes or no.
notice-withdraw-b6to9 = You can change your mind any time. Tap Stop, or tell your caseworker.

notice-title-b10to12 = Keeping your information for longer
notice-body-b10to12 =
    When your case is closed, we normally delete your information after a set time.
    We would like to keep it for up to five years, in case you or your family need it later, for example to show your family history.
    You can say yes or no.
notice-withdraw-b10to12 = You can change your mind any time. Tap Stop in the app, or tell your caseworker. We then delete it at the normal time.

notice-title-b13to15 = Keeping your case information for longer
notice-body-b13to15 =
    Normally your case information is deleted a set time after your case closes.
    We ask to keep it for up to five years after closing, so you or your family can ask for it later.
    It is your choice.
notice-withdraw-b13to15 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. Your information is then deleted at the normal time.

notice-title-b16to17 = Keeping your case information for longer
notice-body-b16to17 =
    Normally your case information is deleted a set time after your case closes.
    We ask to keep it for up to five years after closing, so you or your family can ask for it later.
    It is your choice.
notice-withdraw-b16to17 = You can withdraw at any time: tap Stop in the app, or tell your caseworker. Your information is then deleted at the normal time.

notice-title-adult = Keeping the child's case information for longer
notice-body-adult =
    Case information is normally deleted a set time after the case closes (the retention period).
    We ask to keep it for up to five years after closing, so the child or their family can ask for it later.
notice-withdraw-adult = You can withdraw at any time in the app, or through the caseworker. The information is then deleted at the normal time.
