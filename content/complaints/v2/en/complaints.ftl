# Complaints: what a person reads before, while and after making a complaint, version 2.
# Never edit in place (version 1 stays as published).
# Audiences: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult.
#   complaint-help-after-<audience>: what happens after you complain
#   complaint-help-readers-<audience>: who will read it
#   complaint-help-receipt-<audience>: what the receipt number is for
#   complaint-urgent-<audience>: what "a child is in danger now" does
#   complaint-received-<audience>: shown the moment the complaint is sent
#   complaint-status-<status>-<audience>: where the complaint stands
# No promise the system cannot keep: people read and answer, but nobody can promise an
# outcome or a day.
#
# Version 2 (issue 14, docs/drafts/status-v2/other-fixes.md section 2): 18 texts for 0–9
# changed. "Tell us", "we" and "the team" now name the complaint team, explained the first
# time it appears in each text in the same words as the status texts:
#   complaint team: "They are people whose job is to help when something is wrong."
#   (in the two referred texts, first: "The complaint team's job is to help when
#   something is wrong.")
# 0–5 texts no longer say "helper(s)". Texts not changed are as in version 1.

complaint-help-after-b0to5 = You said something is wrong. Someone from the complaint team will read it. They are people whose job is to help when something is wrong. They will try to make it better.
complaint-help-after-b6to9 = The complaint team will read what you wrote. They are people whose job is to help when something is wrong. They will write back to you here. Come back to see their answer.
complaint-help-after-b10to12 = A person from the complaint team will read your complaint and write back to you here. They try to answer within a week. Come back with your receipt number to read their answer.
complaint-help-after-b13to15 = A person from the complaint team will read your complaint and answer you here. They aim to answer within a week and to tell you what they did within three months. You can add more at any time.
complaint-help-after-b16to17 = The complaint team reads every complaint. They aim to answer within a week and to tell you what they did within three months. You can add more information at any time with your receipt number.
complaint-help-after-adult = The complaint team reads every complaint. They aim to acknowledge it within 7 days and to tell you what was done within 3 months. You can add information at any time with your receipt number.

complaint-help-readers-b0to5 = Only the complaint team can see it. They are people whose job is to help when something is wrong. The person you talk about cannot see it.
complaint-help-readers-b6to9 = Only the complaint team can read it. They are people whose job is to help when something is wrong. If it is about a person, that person cannot see it. You do not have to say your name.
complaint-help-readers-b10to12 = Only the complaint team can read it. The person you complain about cannot see it. You do not have to give your name.
complaint-help-readers-b13to15 = Only the complaint team can read it, on their own phones. The person you complain about cannot see it, and the server that carries it cannot read it. You do not have to give your name.
complaint-help-readers-b16to17 = Only the complaint team can read it: it is locked on your phone and opened on theirs. The person you complain about cannot see it. You do not have to give your name.
complaint-help-readers-adult = Only the complaint team can read it: it is encrypted on your phone and decrypted on theirs. The person you complain about cannot see it. You do not have to give your name.

complaint-help-receipt-b0to5 = You get a number. A grown-up you trust can keep it for you.
complaint-help-receipt-b6to9 = You get a long number. It is your key to see the answer. Keep it secret. Write it down and hide it.
complaint-help-receipt-b10to12 = You get a receipt number. With it you can read the answer, on any phone. Keep it secret: anyone with the number can read your complaint.
complaint-help-receipt-b13to15 = You get a receipt number once. With it you can read the answers and add more, on any phone. Keep it secret: anyone who has it can read your complaint. If you lose it, nobody can find it for you.
complaint-help-receipt-b16to17 = You get a receipt number once. With it you can read the answers and add more, from any phone. Keep it secret: anyone who has it can read your complaint. If you lose it, nobody can give it back.
complaint-help-receipt-adult = You receive a receipt number once. With it you can read the answers and add information from any device. Keep it secret: anyone who has it can read the complaint. If it is lost, nobody can recover it.

complaint-urgent-b0to5 = If someone is hurting a child now, press this. A person on duty is told at once.
complaint-urgent-b6to9 = If a child is in danger now, choose this. A person on duty is told at once.
complaint-urgent-b10to12 = If a child is in danger now, choose this. The people on duty are told at once.
complaint-urgent-b13to15 = If a child is in danger now, choose this. The people on duty are told at once, and others are told if nobody answers.
complaint-urgent-b16to17 = If a child is in danger now, choose this. The people on duty are told at once, and more people are told if nobody answers quickly.
complaint-urgent-adult = If a child is in danger now, choose this. The staff on duty are alerted at once, and the alert goes further if nobody responds.

complaint-received-b0to5 = Thank you for telling the complaint team. They are people whose job is to help when something is wrong. One of them will read it.
complaint-received-b6to9 = Thank you. Your complaint has arrived. Someone from the complaint team will read it. They are people whose job is to help when something is wrong.
complaint-received-b10to12 = Thank you. Your complaint arrived. A person from the complaint team will read it.
complaint-received-b13to15 = Thank you. Your complaint arrived safely. A person from the complaint team will read it and answer you here.
complaint-received-b16to17 = Thank you. Your complaint arrived safely. The complaint team will read it and answer you here.
complaint-received-adult = Thank you. Your complaint was received. The complaint team will read it and answer here.

complaint-status-received-b0to5 = Your message is waiting for the complaint team. They are people whose job is to help when something is wrong.
complaint-status-received-b6to9 = Your complaint is waiting. Nobody has read it yet.
complaint-status-received-b10to12 = Your complaint arrived. Nobody from the team has read it yet.
complaint-status-received-b13to15 = Your complaint arrived. Nobody from the team has read it yet.
complaint-status-received-b16to17 = Received. Nobody from the complaint team has read it yet.
complaint-status-received-adult = Received. Not yet read by the complaint team.

complaint-status-acknowledged-b0to5 = Someone from the complaint team read your message. They are people whose job is to help when something is wrong.
complaint-status-acknowledged-b6to9 = Someone from the complaint team read your complaint. They are people whose job is to help when something is wrong.
complaint-status-acknowledged-b10to12 = A person from the complaint team has read your complaint.
complaint-status-acknowledged-b13to15 = A person from the complaint team has read your complaint.
complaint-status-acknowledged-b16to17 = Read by the complaint team.
complaint-status-acknowledged-adult = Acknowledged by the complaint team.

complaint-status-in-review-b0to5 = Someone from the complaint team is working on it. They are people whose job is to help when something is wrong.
complaint-status-in-review-b6to9 = The complaint team is checking what you told them. They are people whose job is to help when something is wrong.
complaint-status-in-review-b10to12 = The complaint team is looking into what happened.
complaint-status-in-review-b13to15 = The complaint team is looking into what happened.
complaint-status-in-review-b16to17 = The complaint team is looking into it.
complaint-status-in-review-adult = Under review by the complaint team.

complaint-status-referred-b0to5 = The complaint team's job is to help when something is wrong. They asked other people to help with it.
complaint-status-referred-b6to9 = The complaint team's job is to help when something is wrong. They asked other people who can help with this.
complaint-status-referred-b10to12 = The complaint team passed it to another service that can help with this.
complaint-status-referred-b13to15 = The complaint team passed it to another service that can help with this.
complaint-status-referred-b16to17 = Passed to another service that can deal with it.
complaint-status-referred-adult = Referred to another service that can deal with it.

complaint-status-action-taken-b0to5 = The complaint team did something about it. They are people whose job is to help when something is wrong.
complaint-status-action-taken-b6to9 = The complaint team did something about your complaint. They are people whose job is to help when something is wrong.
complaint-status-action-taken-b10to12 = The complaint team has done something about your complaint. Read their answer.
complaint-status-action-taken-b13to15 = The complaint team has acted on your complaint. Read their answer.
complaint-status-action-taken-b16to17 = The complaint team has acted on it. Their answer says what they did.
complaint-status-action-taken-adult = Action taken. The team's answer says what was done.

complaint-status-closed-b0to5 = The complaint team has finished with this. They are people whose job is to help when something is wrong. You can tell them again at any time.
complaint-status-closed-b6to9 = The complaint team has finished with this complaint. They are people whose job is to help when something is wrong. You can make a new one at any time.
complaint-status-closed-b10to12 = The complaint team has finished with this complaint. You can make a new one at any time.
complaint-status-closed-b13to15 = The complaint team has closed this complaint. You can still read it for a while, and make a new one at any time.
complaint-status-closed-b16to17 = Closed. You can still read it for a while, and make a new complaint at any time.
complaint-status-closed-adult = Closed. It stays readable for a while; a new complaint can be made at any time.
