# Check-ins and "I need help now": what a child reads, and the words on the buttons.
# Audiences: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult.
#   checkin-ask-<audience>: the question on the check-in screen
#   checkin-face-<1..5>-<audience>: the five faces, from 1 (very bad) to 5 (very good)
#   checkin-talk-<audience>: the button "I want to talk to …" (the pictures of the
#     guardian and caseworker follow it)
#   checkin-words-<audience>: the optional words box (older bands; young ones get a
#     picture-only screen, but the text exists for a caregiver reading aloud)
#   checkin-sent-<audience>: shown once the check-in has gone
#   checkin-free-<audience>: that checking in is never a duty
#   checkin-invite-<audience>: the gentle reminder when the agreed rhythm comes round
#   help-button-<audience>: the "I need help now" button
#   help-what-<audience>: what pressing it does
#   help-queued-<audience>: pressed without a connection: it waits on the phone
#   help-sent-<audience>: the server has it; on-call staff are told
#   help-seen-<audience>: a person has seen it (and nothing more is promised)
# No promise the system cannot keep: a person is told and a person has seen it; nobody
# can promise when someone arrives or what happens next.

checkin-ask-b0to5 = How do you feel today?
checkin-ask-b6to9 = How do you feel today?
checkin-ask-b10to12 = How are you feeling today?
checkin-ask-b13to15 = How are you feeling today?
checkin-ask-b16to17 = How are you doing today?
checkin-ask-adult = How is the child doing today?

checkin-face-1-b0to5 = Very sad
checkin-face-1-b6to9 = Very bad
checkin-face-1-b10to12 = Very bad
checkin-face-1-b13to15 = Very bad
checkin-face-1-b16to17 = Very bad
checkin-face-1-adult = Very bad

checkin-face-2-b0to5 = Sad
checkin-face-2-b6to9 = Bad
checkin-face-2-b10to12 = Not good
checkin-face-2-b13to15 = Not good
checkin-face-2-b16to17 = Not good
checkin-face-2-adult = Not good

checkin-face-3-b0to5 = Okay
checkin-face-3-b6to9 = Okay
checkin-face-3-b10to12 = Okay
checkin-face-3-b13to15 = Okay
checkin-face-3-b16to17 = Okay
checkin-face-3-adult = Okay

checkin-face-4-b0to5 = Happy
checkin-face-4-b6to9 = Good
checkin-face-4-b10to12 = Good
checkin-face-4-b13to15 = Good
checkin-face-4-b16to17 = Good
checkin-face-4-adult = Good

checkin-face-5-b0to5 = Very happy
checkin-face-5-b6to9 = Very good
checkin-face-5-b10to12 = Very good
checkin-face-5-b13to15 = Very good
checkin-face-5-b16to17 = Very good
checkin-face-5-adult = Very good

checkin-talk-b0to5 = I want to talk to …
checkin-talk-b6to9 = I want to talk to …
checkin-talk-b10to12 = I want to talk to …
checkin-talk-b13to15 = I would like to talk to …
checkin-talk-b16to17 = I would like to talk to …
checkin-talk-adult = The child would like to talk to …

checkin-words-b0to5 = You can say more to the grown-up with you.
checkin-words-b6to9 = You can write more if you want.
checkin-words-b10to12 = You can write more if you want. Only your guardian and caseworker can read it.
checkin-words-b13to15 = You can add words if you want. Only your guardian and caseworker can read them.
checkin-words-b16to17 = You can add words if you want. Only your guardian and caseworker can read them, on their phones.
checkin-words-adult = Words are optional. Only the child's guardian and caseworker can read them, on their devices.

checkin-sent-b0to5 = Thank you. Your helpers can see your face now.
checkin-sent-b6to9 = Thank you. Your guardian and caseworker can see it now.
checkin-sent-b10to12 = Thank you. Your guardian and caseworker can see how you feel.
checkin-sent-b13to15 = Thank you. Your guardian and caseworker can now see how you feel.
checkin-sent-b16to17 = Thank you. Your guardian and caseworker can now see how you are.
checkin-sent-adult = Sent. The child's guardian and caseworker can now see it.

checkin-free-b0to5 = You can do this when you want. It is okay not to.
checkin-free-b6to9 = You can do this when you want. It is okay to skip it.
checkin-free-b10to12 = You can do this any time. It is okay to skip a day.
checkin-free-b13to15 = You can check in any time. Skipping one is fine: nobody will hold it against you.
checkin-free-b16to17 = You can check in any time. Skipping one is fine: it is never held against you.
checkin-free-adult = Check-ins are never a duty. A missed check-in is not held against the child.

checkin-invite-b0to5 = Do you want to show how you feel?
checkin-invite-b6to9 = Do you want to tell us how you feel? You can skip it.
checkin-invite-b10to12 = Do you want to say how you feel today? You can skip it.
checkin-invite-b13to15 = It is time for your check-in, if you want to. You can skip it.
checkin-invite-b16to17 = It is time for your check-in, if you want to. You can skip it.
checkin-invite-adult = A check-in is due, if the child wants to. It is never a duty.

help-button-b0to5 = I need help now
help-button-b6to9 = I need help now
help-button-b10to12 = I need help now
help-button-b13to15 = I need help now
help-button-b16to17 = I need help now
help-button-adult = The child needs help now

help-what-b0to5 = Press this if you need help now. A helper is told.
help-what-b6to9 = Press this if you need help now. A person who is working now is told.
help-what-b10to12 = Press this if you need help now. The people on duty are told at once. You can add words if you want.
help-what-b13to15 = Press this if you need help now. The staff on duty are told at once, and more people are told if nobody answers. You can add words if you want.
help-what-b16to17 = Press this if you need help now. The staff on duty are told at once, and more people are told if nobody answers. Any words you add are only for your guardian and caseworker.
help-what-adult = This alerts the staff on duty at once, and more staff if nobody responds. Any words are readable only by the child's guardian and caseworker.

help-queued-b0to5 = Your phone will send it soon.
help-queued-b6to9 = No internet now. Your phone will send it when it can.
help-queued-b10to12 = There is no internet now. Your phone keeps it and sends it as soon as it can.
help-queued-b13to15 = There is no connection now. Your phone keeps your request and sends it as soon as it can.
help-queued-b16to17 = There is no connection now. Your phone keeps your request and sends it the moment it can.
help-queued-adult = No connection. The request is kept on the phone and sent as soon as there is a connection.

help-sent-b0to5 = Sent. A helper is told.
help-sent-b6to9 = Sent. A person on duty is told.
help-sent-b10to12 = Sent. The people on duty are told.
help-sent-b13to15 = Sent. The staff on duty are told. You will see here when a person has seen it.
help-sent-b16to17 = Sent. The staff on duty are told. You will see here when a person has seen it.
help-sent-adult = Sent. The staff on duty are alerted. This shows when a person has seen it.

help-seen-b0to5 = A helper has seen it.
help-seen-b6to9 = A person has seen your call for help.
help-seen-b10to12 = A person has seen your call for help.
help-seen-b13to15 = A person on duty has seen your call for help.
help-seen-b16to17 = A person on duty has seen your call for help.
help-seen-adult = A staff member on duty has seen the call for help.
