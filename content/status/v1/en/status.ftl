# Case status texts, version 1. Published: never edit in place; a change is a new version
# folder (content/status/v2/…).
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.

## registered

status-registered-b0to5-title = We know you now
status-registered-b0to5-meaning = Kind people wrote down your name. They want to help you.
status-registered-b0to5-next = Soon they will start looking for your family.
status-registered-b0to5-can-do = You can tell a grown-up you trust how you feel.
status-registered-b0to5-ask = You can ask your guardian or caseworker anything.

status-registered-b6to9-title = You are registered
status-registered-b6to9-meaning = Your caseworker has started a file about you. The file helps people help you.
status-registered-b6to9-next = Next, your caseworker will talk with you. Then they will start looking for your family.
status-registered-b6to9-can-do = You can tell your caseworker the names of people in your family. You can also tell them places you remember.
status-registered-b6to9-ask = Your guardian and your caseworker are there for you. You can ask them any question.

status-registered-b10to12-title = Your case is open
status-registered-b10to12-meaning = Your caseworker has opened a case for you. It keeps the information that helps find your family.
status-registered-b10to12-next = Your caseworker will talk with you about your family. Then the search for your family can start.
status-registered-b10to12-can-do = Think about names, places and phone numbers you remember. Anything can help, even small things.
status-registered-b10to12-ask = Ask your guardian or your caseworker if something is not clear.

status-registered-b13to15-title = Your case is open
status-registered-b13to15-meaning = Your caseworker has registered you and opened your case. Your case holds what is needed to look for your family.
status-registered-b13to15-next = Your caseworker will talk with you about your family and what you want. After that, the search for your family begins.
status-registered-b13to15-can-do = Write down names, places, phone numbers and social media accounts you remember. Tell your caseworker what you want to happen.
status-registered-b13to15-ask = Your guardian and your caseworker can answer your questions. You can also ask for an interpreter.

status-registered-b16to17-title = Your case is open
status-registered-b16to17-meaning = You are registered, and your caseworker has opened your case. Only people working on your case can see it.
status-registered-b16to17-next = Your caseworker will talk with you about your family and your wishes. Then the family search can start.
status-registered-b16to17-can-do = Share any details that could help find your family: names, places, phone numbers, social media. Tell your caseworker what you want.
status-registered-b16to17-ask = Ask your guardian, your caseworker or your legal representative. You can ask for an interpreter at any time.

status-registered-adult-title = The case is open
status-registered-adult-meaning = A caseworker has registered the child and opened a case to trace the child's family.
status-registered-adult-next = The caseworker will gather information, then start tracing the child's family.
status-registered-adult-can-do = Keep your phone on and check this app. Share information only with the caseworker.
status-registered-adult-ask = Ask the child's caseworker.

## tracing

status-tracing-b0to5-title = Looking for your family
status-tracing-b0to5-meaning = Many kind people are looking for your family.
status-tracing-b0to5-next = It can take a long time. You are safe while they look.
status-tracing-b0to5-can-do = You can play, rest and ask for a hug.
status-tracing-b0to5-ask = You can ask your guardian how the search is going.

status-tracing-b6to9-title = Looking for your family
status-tracing-b6to9-meaning = People are looking for your family. They ask other helpers in many places.
status-tracing-b6to9-next = Looking can take a long time. Your caseworker will tell you when there is news.
status-tracing-b6to9-can-do = If you remember something new, tell your caseworker. It is fine to feel sad or worried.
status-tracing-b6to9-ask = Your guardian and your caseworker can tell you how the search is going.

status-tracing-b10to12-title = Looking for your family
status-tracing-b10to12-meaning = Your caseworker is looking for your family. They work with helpers in other places and other countries.
status-tracing-b10to12-next = The search can take weeks or months. When someone is found, your caseworker will tell you.
status-tracing-b10to12-can-do = Tell your caseworker if you remember a name, a place or a phone number. Keep going to school and doing things you enjoy.
status-tracing-b10to12-ask = Ask your guardian or your caseworker how the search is going.

status-tracing-b13to15-title = Looking for your family
status-tracing-b13to15-meaning = Your caseworker and partner organisations are searching for your family, here and in other countries.
status-tracing-b13to15-next = The search can take a long time. You will be told when someone who may be your family is found.
status-tracing-b13to15-can-do = Share anything new you remember. Do not try to contact people alone: ask your caseworker first, to keep you safe.
status-tracing-b13to15-ask = Your guardian and your caseworker can tell you what has been done so far.

status-tracing-b16to17-title = Family tracing
status-tracing-b16to17-meaning = Your caseworker and partner organisations are tracing your family, here and abroad.
status-tracing-b16to17-next = Tracing can take a long time. You will be told as soon as someone who may be your family is found.
status-tracing-b16to17-can-do = Share new information with your caseworker. Before you contact anyone yourself, talk to your caseworker, so it is safe for you and for them.
status-tracing-b16to17-ask = Ask your caseworker or guardian what has been done so far and what comes next.

status-tracing-adult-title = Family tracing
status-tracing-adult-meaning = The caseworker and partner organisations are tracing the child's family members.
status-tracing-adult-next = Tracing can take time. The caseworker will contact family members who are found.
status-tracing-adult-can-do = Give the caseworker any information that may help. Do not share the child's details with others.
status-tracing-adult-ask = Ask the child's caseworker.

## family found

status-family-found-b0to5-title = Someone is found
status-family-found-b0to5-meaning = The helpers found someone who may be your family.
status-family-found-b0to5-next = First they will check that it is really your family.
status-family-found-b0to5-can-do = You can ask your guardian to tell you more.
status-family-found-b0to5-ask = Your guardian and caseworker will tell you what happens.

status-family-found-b6to9-title = Someone may be your family
status-family-found-b6to9-meaning = Your caseworker found a person who may be your family.
status-family-found-b6to9-next = Your caseworker will check that this person is really your family. This can take a while.
status-family-found-b6to9-can-do = You can tell your caseworker how you feel about this news.
status-family-found-b6to9-ask = Ask your guardian or caseworker anything about this.

status-family-found-b10to12-title = Someone may be your family
status-family-found-b10to12-meaning = Your caseworker found a person who may be part of your family.
status-family-found-b10to12-next = Your caseworker will first check that this person is really your family. Only then can you talk with them.
status-family-found-b10to12-can-do = Tell your caseworker how you feel and what you would like. Your wishes matter.
status-family-found-b10to12-ask = Ask your guardian or your caseworker if you have questions.

status-family-found-b13to15-title = A possible family member was found
status-family-found-b13to15-meaning = Your caseworker has found a person who may be a member of your family.
status-family-found-b13to15-next = Your caseworker will check who this person is. Contact can start only when it is checked and safe.
status-family-found-b13to15-can-do = Tell your caseworker what you want and any worries you have. You can say if you do not want contact.
status-family-found-b13to15-ask = Your guardian and your caseworker can answer your questions.

status-family-found-b16to17-title = A possible family member was found
status-family-found-b16to17-meaning = Your caseworker has found a person who may be a member of your family.
status-family-found-b16to17-next = The caseworker will verify the person's identity and the relationship. Contact starts only when it is verified and safe.
status-family-found-b16to17-can-do = Tell your caseworker your wishes and any concerns. Your views are part of the decision.
status-family-found-b16to17-ask = Ask your caseworker, guardian or legal representative.

status-family-found-adult-title = A possible relative was found
status-family-found-adult-meaning = The caseworker has found a person who may be a relative of the child.
status-family-found-adult-next = The caseworker will verify identities and the relationship before any contact.
status-family-found-adult-can-do = Answer the caseworker's questions. Keep documents and photos that show your relationship ready.
status-family-found-adult-ask = Ask the child's caseworker.

## verifying

status-verifying-b0to5-title = Checking
status-verifying-b0to5-meaning = The helpers are checking that the person is really your family.
status-verifying-b0to5-next = When they are sure, they will tell you.
status-verifying-b0to5-can-do = You can look at photos with your guardian if you want.
status-verifying-b0to5-ask = You can ask your guardian what is happening.

status-verifying-b6to9-title = Checking
status-verifying-b6to9-meaning = Your caseworker is checking that the person is really your family.
status-verifying-b6to9-next = They may ask you some questions or show you photos. Then they will tell you what they found.
status-verifying-b6to9-can-do = Answer only what you want to. It is fine to say you do not know.
status-verifying-b6to9-ask = Ask your guardian or caseworker if you are worried.

status-verifying-b10to12-title = Checking who they are
status-verifying-b10to12-meaning = Your caseworker is checking that the person found is really your family.
status-verifying-b10to12-next = You may be asked some questions or shown photos. Your caseworker will tell you the result.
status-verifying-b10to12-can-do = Answer as well as you can. It is fine to say you do not know or do not remember.
status-verifying-b10to12-ask = Your guardian and your caseworker are there if you have questions or worries.

status-verifying-b13to15-title = Checking the family link
status-verifying-b13to15-meaning = Your caseworker is checking that the person found is really your family and wants contact.
status-verifying-b13to15-next = You may be asked questions or shown photos or documents. You will be told the result.
status-verifying-b13to15-can-do = Answer honestly. You can say if you do not remember, and you can take a break.
status-verifying-b13to15-ask = Ask your guardian or your caseworker about anything that worries you.

status-verifying-b16to17-title = Verification
status-verifying-b16to17-meaning = Your caseworker is verifying the identity of the person found and your family link.
status-verifying-b16to17-next = You may be asked questions or shown photos and documents. You will be told the outcome.
status-verifying-b16to17-can-do = Answer honestly and say if something does not feel right. You can take a break at any time.
status-verifying-b16to17-ask = Ask your caseworker, guardian or legal representative.

status-verifying-adult-title = Verification
status-verifying-adult-meaning = The caseworker is verifying the family relationship and the identities of the people involved.
status-verifying-adult-next = You may be asked for documents, photos or an interview. The caseworker will tell you the outcome.
status-verifying-adult-can-do = Answer the caseworker's questions and share documents when asked.
status-verifying-adult-ask = Ask the child's caseworker.

## assessing

status-assessing-b0to5-title = Making sure it is safe
status-assessing-b0to5-meaning = The helpers are making sure it is safe and good for you.
status-assessing-b0to5-next = They will listen to you and your family.
status-assessing-b0to5-can-do = You can tell your guardian how you feel.
status-assessing-b0to5-ask = You can ask your guardian anything.

status-assessing-b6to9-title = Making sure it is safe
status-assessing-b6to9-meaning = Your caseworker is making sure that being with your family is safe and good for you.
status-assessing-b6to9-next = Your caseworker will talk with you and with your family. Then grown-ups will decide together.
status-assessing-b6to9-can-do = Tell your caseworker what you want and what worries you. What you say matters.
status-assessing-b6to9-ask = Ask your guardian or caseworker any question.

status-assessing-b10to12-title = Making sure it is safe and right for you
status-assessing-b10to12-meaning = Your caseworker is checking whether living with your family is safe and the best thing for you.
status-assessing-b10to12-next = Your caseworker will talk with you and your family. Your wishes will be part of the decision.
status-assessing-b10to12-can-do = Say what you want and what worries you. You can talk to your guardian first if you like.
status-assessing-b10to12-ask = Ask your guardian or your caseworker.

status-assessing-b13to15-title = Deciding what is best for you
status-assessing-b13to15-meaning = Your caseworker is assessing whether joining your family is safe and the best thing for you.
status-assessing-b13to15-next = Your caseworker will talk with you and your family, and may visit them. Your wishes are part of the decision.
status-assessing-b13to15-can-do = Tell your caseworker what you want, what you fear and what you hope for.
status-assessing-b13to15-ask = Ask your guardian or your caseworker. You can also ask your legal representative.

status-assessing-b16to17-title = Best interests assessment
status-assessing-b16to17-meaning = Your caseworker is assessing whether reunification with your family is safe and in your best interests.
status-assessing-b16to17-next = The caseworker will talk with you and your family and may visit them. Your views carry weight in the decision.
status-assessing-b16to17-can-do = Share your wishes, worries and hopes. You can ask for your views to be written down.
status-assessing-b16to17-ask = Ask your caseworker, guardian or legal representative.

status-assessing-adult-title = Best interests assessment
status-assessing-adult-meaning = The caseworker is assessing whether reunification is safe and in the child's best interests.
status-assessing-adult-next = The caseworker may interview you and visit your home. The child's views are part of the decision.
status-assessing-adult-can-do = Take part in interviews and answer questions openly.
status-assessing-adult-ask = Ask the child's caseworker.

## planning reunification

status-planning-reunification-b0to5-title = Getting ready
status-planning-reunification-b0to5-meaning = You will go to your family. The helpers are getting everything ready.
status-planning-reunification-b0to5-next = They will tell you the day you go.
status-planning-reunification-b0to5-can-do = You can choose a toy or a picture to take with you.
status-planning-reunification-b0to5-ask = You can ask your guardian about the trip.

status-planning-reunification-b6to9-title = Getting ready to join your family
status-planning-reunification-b6to9-meaning = It is decided: you will join your family. Now your caseworker is making a plan.
status-planning-reunification-b6to9-next = The plan says how you will travel and when. Your caseworker will tell you the day.
status-planning-reunification-b6to9-can-do = You can tell your caseworker what you want to bring. You can also say who you want to say goodbye to.
status-planning-reunification-b6to9-ask = Ask your guardian or caseworker about the plan.

status-planning-reunification-b10to12-title = Planning to join your family
status-planning-reunification-b10to12-meaning = It has been decided that you will join your family. Your caseworker is planning how.
status-planning-reunification-b10to12-next = The plan covers papers, travel and the date. Your caseworker will go through it with you.
status-planning-reunification-b10to12-can-do = Tell your caseworker your questions and worries about the move. Think about goodbyes you want to say.
status-planning-reunification-b10to12-ask = Ask your guardian or your caseworker.

status-planning-reunification-b13to15-title = Planning reunification
status-planning-reunification-b13to15-meaning = It has been decided that you will join your family. Your caseworker is planning the move.
status-planning-reunification-b13to15-next = The plan covers documents, travel, the date, and school or support after you arrive. You will go through it together.
status-planning-reunification-b13to15-can-do = Ask about anything in the plan. Say if something worries you.
status-planning-reunification-b13to15-ask = Ask your guardian, your caseworker or your legal representative.

status-planning-reunification-b16to17-title = Planning reunification
status-planning-reunification-b16to17-meaning = Reunification with your family has been agreed. Your caseworker is preparing the plan.
status-planning-reunification-b16to17-next = The plan covers documents, travel, the date, and education or work and support after you arrive. You will review it together.
status-planning-reunification-b16to17-can-do = Check the plan and ask about anything unclear. Tell your caseworker what you need.
status-planning-reunification-b16to17-ask = Ask your caseworker, guardian or legal representative.

status-planning-reunification-adult-title = Planning reunification
status-planning-reunification-adult-meaning = Reunification has been agreed. The caseworker is preparing the plan with you.
status-planning-reunification-adult-next = The plan covers documents, travel, the date, and support after the child arrives.
status-planning-reunification-adult-can-do = Prepare the documents the caseworker asks for and be ready to talk through the plan.
status-planning-reunification-adult-ask = Ask the child's caseworker.

## reunified

status-reunified-b0to5-title = With your family
status-reunified-b0to5-meaning = You are with your family now.
status-reunified-b0to5-next = Your helpers will come to say hello and see how you are.
status-reunified-b0to5-can-do = You can tell your family how you feel.
status-reunified-b0to5-ask = You can still ask your caseworker for help.

status-reunified-b6to9-title = With your family
status-reunified-b6to9-meaning = You are with your family again.
status-reunified-b6to9-next = Your caseworker will check in to see how you are doing.
status-reunified-b6to9-can-do = It is normal to feel happy and also a bit strange. You can talk about it.
status-reunified-b6to9-ask = You can still ask your caseworker for help.

status-reunified-b10to12-title = Back with your family
status-reunified-b10to12-meaning = You are back with your family.
status-reunified-b10to12-next = Your caseworker will check in for a while to see how things are going.
status-reunified-b10to12-can-do = Getting used to a new life takes time. Talk to someone if things are hard.
status-reunified-b10to12-ask = You can still ask your caseworker for help.

status-reunified-b13to15-title = Back with your family
status-reunified-b13to15-meaning = You have been reunited with your family.
status-reunified-b13to15-next = Your caseworker will check in for a while to see how you are settling in.
status-reunified-b13to15-can-do = Settling in takes time. If something is wrong, or you do not feel safe, tell your caseworker.
status-reunified-b13to15-ask = Your caseworker is still there for you.

status-reunified-b16to17-title = Reunified
status-reunified-b16to17-meaning = You have been reunited with your family.
status-reunified-b16to17-next = Your caseworker will follow up for a while to see how you are settling in.
status-reunified-b16to17-can-do = If something is wrong or you do not feel safe, contact your caseworker. You can still make a complaint.
status-reunified-b16to17-ask = Your caseworker is still there for you.

status-reunified-adult-title = Reunified
status-reunified-adult-meaning = The child has been reunited with the family.
status-reunified-adult-next = The caseworker will follow up to see how the child and family are doing.
status-reunified-adult-can-do = Tell the caseworker if the family needs support.
status-reunified-adult-ask = Ask the child's caseworker.

## follow-up

status-follow-up-b0to5-title = Saying hello
status-follow-up-b0to5-meaning = Your helpers come to see how you are.
status-follow-up-b0to5-next = After some visits, your helpers will say goodbye.
status-follow-up-b0to5-can-do = You can show them your drawings and games.
status-follow-up-b0to5-ask = You can ask your family to call your caseworker.

status-follow-up-b6to9-title = Checking in
status-follow-up-b6to9-meaning = Your caseworker checks in to see how you are doing with your family.
status-follow-up-b6to9-next = When everything is going well, the visits will stop.
status-follow-up-b6to9-can-do = Tell your caseworker what is good and what is hard.
status-follow-up-b6to9-ask = You can ask your caseworker for help.

status-follow-up-b10to12-title = Checking in
status-follow-up-b10to12-meaning = Your caseworker checks in to see how life with your family is going.
status-follow-up-b10to12-next = When things are going well, the check-ins will end and your case will close.
status-follow-up-b10to12-can-do = Tell your caseworker what is going well and what is difficult.
status-follow-up-b10to12-ask = You can ask your caseworker for help.

status-follow-up-b13to15-title = Follow-up
status-follow-up-b13to15-meaning = Your caseworker is following up on how things are going with your family.
status-follow-up-b13to15-next = When things are going well, follow-up ends and your case will be closed.
status-follow-up-b13to15-can-do = Be honest about what is going well and what is not. Ask for support if you need it.
status-follow-up-b13to15-ask = You can ask your caseworker for help.

status-follow-up-b16to17-title = Follow-up
status-follow-up-b16to17-meaning = Your caseworker is following up after your reunification.
status-follow-up-b16to17-next = When things are stable, follow-up ends and your case will be closed.
status-follow-up-b16to17-can-do = Say what support you need: school, work, health or anything else.
status-follow-up-b16to17-ask = You can ask your caseworker for help.

status-follow-up-adult-title = Follow-up
status-follow-up-adult-meaning = The caseworker is following up on how the child and family are doing after reunification.
status-follow-up-adult-next = When the situation is stable, follow-up ends and the case will be closed.
status-follow-up-adult-can-do = Tell the caseworker about any needs or difficulties.
status-follow-up-adult-ask = Ask the child's caseworker.

## closed

status-closed-b0to5-title = Finished
status-closed-b0to5-meaning = Your helpers have finished their work with you.
status-closed-b0to5-next = Grown-ups around you will keep looking after you.
status-closed-b0to5-can-do = You can ask a grown-up for help any time.
status-closed-b0to5-ask = You can ask your guardian or a grown-up you trust.

status-closed-b6to9-title = Your case is finished
status-closed-b6to9-meaning = Your caseworker has finished working on your case.
status-closed-b6to9-next = The grown-ups who look after you will keep helping you.
status-closed-b6to9-can-do = If you need help again, tell a grown-up you trust.
status-closed-b6to9-ask = You can ask a grown-up you trust to contact the team.

status-closed-b10to12-title = Your case is closed
status-closed-b10to12-meaning = Your caseworker has finished working on your case.
status-closed-b10to12-next = Nothing more will happen in this case. If you need help again, the team can open it again.
status-closed-b10to12-can-do = If you need help, tell a grown-up you trust.
status-closed-b10to12-ask = Ask a grown-up you trust to contact the team.

status-closed-b13to15-title = Your case is closed
status-closed-b13to15-meaning = Your caseworker has finished working on your case.
status-closed-b13to15-next = Nothing more will happen in this case. If you need help again, it can be reopened.
status-closed-b13to15-can-do = If you need help, contact the team or an adult you trust. You can still make a complaint.
status-closed-b13to15-ask = Ask an adult you trust, or contact the team.

status-closed-b16to17-title = Case closed
status-closed-b16to17-meaning = Your caseworker has finished working on your case.
status-closed-b16to17-next = Nothing more will happen in this case. It can be reopened if you need help again.
status-closed-b16to17-can-do = You can still ask for a copy of your data or make a complaint.
status-closed-b16to17-ask = Contact the team if you need help again.

status-closed-adult-title = Case closed
status-closed-adult-meaning = The caseworker has finished working on the child's case.
status-closed-adult-next = Nothing more will happen in this case. It can be reopened if needed.
status-closed-adult-can-do = You can ask for a copy of your data or make a complaint.
status-closed-adult-ask = Contact the team if you need help again.

## alternative care

status-alternative-care-b0to5-title = A safe place to live
status-alternative-care-b0to5-meaning = You will live in a safe place with people who look after you.
status-alternative-care-b0to5-next = Your helpers will keep visiting you.
status-alternative-care-b0to5-can-do = You can tell your carers what you like.
status-alternative-care-b0to5-ask = You can ask your guardian anything.

status-alternative-care-b6to9-title = A safe place to live
status-alternative-care-b6to9-meaning = For now, you will live in a safe place, with people who will look after you.
status-alternative-care-b6to9-next = Your caseworker will keep seeing you. Looking for your family may go on.
status-alternative-care-b6to9-can-do = Tell your caseworker what you like and what you need.
status-alternative-care-b6to9-ask = Ask your guardian or caseworker any question.

status-alternative-care-b10to12-title = A safe place to live
status-alternative-care-b10to12-meaning = For now, you will live in a safe place with carers, not with your family.
status-alternative-care-b10to12-next = Your caseworker will keep visiting you. The search for your family may continue.
status-alternative-care-b10to12-can-do = Tell your caseworker what you need and how you feel about where you live.
status-alternative-care-b10to12-ask = Ask your guardian or your caseworker.

status-alternative-care-b13to15-title = Alternative care
status-alternative-care-b13to15-meaning = For now, you will live in a safe place with carers, such as a foster family or a small home.
status-alternative-care-b13to15-next = Your caseworker will keep in touch. The search for your family may continue, and the plan will be reviewed.
status-alternative-care-b13to15-can-do = Say what you need and how you feel about where you live. Your views count in reviews.
status-alternative-care-b13to15-ask = Ask your guardian, your caseworker or your legal representative.

status-alternative-care-b16to17-title = Alternative care
status-alternative-care-b16to17-meaning = For now, you will live in alternative care, such as a foster family, a small home or supported housing.
status-alternative-care-b16to17-next = Your caseworker will keep in touch and review the plan with you. Family tracing may continue.
status-alternative-care-b16to17-can-do = Tell your caseworker what you need, including plans for turning 18.
status-alternative-care-b16to17-ask = Ask your caseworker, guardian or legal representative.

status-alternative-care-adult-title = Alternative care
status-alternative-care-adult-meaning = For now, the child will live in alternative care.
status-alternative-care-adult-next = The caseworker will review the plan regularly. Family tracing may continue.
status-alternative-care-adult-can-do = Ask the caseworker how you can stay in contact with the child, if that is allowed.
status-alternative-care-adult-ask = Ask the child's caseworker.
