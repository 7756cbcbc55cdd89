# Texts a child meets around their case status, version 2. Never edit in place.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
#   status-not-found-<audience>: new in version 2. What happens if no family is found:
#                                referenced from status-tracing-<audience>-next
#   status-scam-warning-adult:   new in version 2. Warning about scams, referenced from
#                                the adult can-do texts of family-found, verifying and
#                                planning-reunification (where contact begins)
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult
#
# Version 2 (issue 14): no promises of outcomes or dates; what happens when family is not
# found; who to reach by role; no jargon or idioms below adult; role words explained in
# 0–9 the first time they appear in each text, always in the same words:
#   caseworker:     "Your caseworker is the person who helps with your case."
#                   (or "That is the person who helps with your case." right after it)
#   guardian:       "Your guardian is the grown-up who speaks up for you."
#   complaint team: "They are people whose job is to help when something is wrong."
# 0–9 texts say "the grown-ups who take care of you", not "carers", and never "helpers".
# Reading levels (Flesch–Kincaid grade, textstat) are checked by reading-level.py.

status-reassure-b0to5 = None of this is your fault. People here care about you. If you feel sad or scared, tell a grown-up you trust.
status-reassure-b6to9 = Waiting is hard. None of this is your fault. Your caseworker is the person who helps with your case. You can ask them what is going on.
status-reassure-b10to12 = Waiting can be hard. It is not your fault that this takes time. You can ask your caseworker what is going on at any time.
status-reassure-b13to15 = Waiting can be hard. It is not your fault that this takes time. You can ask your caseworker at any time what has been done so far.
status-reassure-b16to17 = Waiting can be hard. None of this is your fault. Your caseworker will tell you when there is news, and you can ask them at any time what has been done.
status-reassure-adult = Tracing and checks take time. The caseworker will contact you when there is news. You can also ask the caseworker in this app at any time.

status-guardian-b0to5 = Your guardian is the grown-up who speaks up for you. Ask a grown-up you trust to call them for you.
status-guardian-b6to9 = Your guardian is the grown-up who speaks up for you. You can send them a message in this app. Or ask the grown-up who takes care of you to call them.
status-guardian-b10to12 = You can message your guardian in this app. If it is urgent, ask a carer to call them.
status-guardian-b13to15 = You can message your guardian in this app at any time. If it is urgent, ask a carer to call them.
status-guardian-b16to17 = You can message your guardian in this app at any time. If it is urgent, call them or ask a carer.
status-guardian-adult = You can message the child's caseworker in this app.

status-complaint-b0to5 = Does someone hurt you or make you sad? Tell a grown-up you trust.
status-complaint-b6to9 = Is something wrong? Does someone treat you badly? You can tell the complaint team in this app. They are people whose job is to help when something is wrong. You do not have to give your name. If it is about a person, that person will not see it.
status-complaint-b10to12 = If something is wrong, or someone treats you badly, you can make a complaint in this app. You do not have to give your name.
status-complaint-b13to15 = If something is wrong, or someone treats you badly, you can make a complaint in this app. You do not have to give your name, and the person you complain about will not see it.
status-complaint-b16to17 = You can make a complaint in this app about anything that is wrong, even about staff. You do not have to give your name, and the person you complain about will not see it.
status-complaint-adult = You can make a complaint in this app, without giving your name. The person you complain about will not see it.

status-not-found-b0to5 = Sometimes a family is not found, even after a long time. Then grown-ups will still take care of you. Your caseworker is the person who helps with your case. They will still help you. They can look again if there is news.
status-not-found-b6to9 = Sometimes a family is not found, even after a long time. Then grown-ups will still take care of you. Your caseworker is the person who helps with your case. They will still help you, and make a plan with you. Looking can start again if there is news.
status-not-found-b10to12 = Sometimes a family cannot be found, even after a long search. If that happens, you will live with carers, like a foster family. Your caseworker will keep helping you and make a plan with you for the years ahead. The search can start again if there is news.
status-not-found-b13to15 = Sometimes no family member can be found, even after a long search. If that happens, you will live with carers, such as a foster family or a small home. Your caseworker will keep helping you and make a long-term plan with you. The search can start again if there is news.
status-not-found-b16to17 = Sometimes no family member can be found, even after a long search. If that happens, you will live with carers, such as a foster family, a small home or supported housing. Your caseworker will keep helping you and make a long-term plan with you, including for when you turn 18. The search can start again if there is news.
status-not-found-adult = If no family member is found, or no one can safely care for the child, the child stays in alternative care with a long-term plan. The caseworker keeps supporting the child. Tracing can start again when there is new information.

status-scam-warning-adult = Beware of scams. Some people pretend to be a relative, or to work on the case. They may ask for money or for where the child is. Do not send money and do not say where the child is. First check with the caseworker in this app.
