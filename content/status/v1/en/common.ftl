# Texts a child meets around their case status, version 1. Never edit in place.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult

status-reassure-b0to5 = None of this is your fault. You are safe, and people care about you.
status-reassure-b6to9 = Waiting is hard. None of this is your fault. People are working for you every day.
status-reassure-b10to12 = Waiting can be hard. It is not your fault that this takes time. People are working on your case.
status-reassure-b13to15 = Waiting can be hard. It is not your fault that your family has not been found yet, or that checks take time.
status-reassure-b16to17 = Waiting can be hard. None of this is your fault. Your caseworker will tell you as soon as there is news.
status-reassure-adult = Tracing and checks take time. The caseworker will contact you as soon as there is news.

status-guardian-b0to5 = Your guardian helps you. Ask a grown-up to call them for you.
status-guardian-b6to9 = Your guardian is there for you. Send them a message in this app, or ask a carer to call them.
status-guardian-b10to12 = You can message your guardian in this app. If it is urgent, ask a carer to call them.
status-guardian-b13to15 = You can message your guardian in this app at any time. If it is urgent, ask a carer to call them.
status-guardian-b16to17 = You can message your guardian in this app at any time. If it is urgent, call them or ask a carer.
status-guardian-adult = You can message the child's caseworker in this app.

status-complaint-b0to5 = If someone hurts you or makes you sad, tell a grown-up you trust.
status-complaint-b6to9 = If something is wrong, or someone treats you badly, you can tell us. You do not have to give your name.
status-complaint-b10to12 = If something is wrong, or someone treats you badly, you can make a complaint in this app. You do not have to give your name.
status-complaint-b13to15 = If something is wrong, or someone treats you badly, you can make a complaint in this app. You do not have to give your name, and the person you complain about will not see it.
status-complaint-b16to17 = You can make a complaint in this app about anything that is wrong, even about staff. You do not have to give your name, and the person you complain about will not see it.
status-complaint-adult = You can make a complaint in this app, without giving your name. The person you complain about will not see it.
