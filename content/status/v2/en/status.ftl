# Case status texts, version 2. Published: never edit in place; a change is a new version
# folder (content/status/v3/…). Version 1 stays as published.
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# Version 2 (issue 14): never promise an outcome or a date; say what is being prepared and
# what happens if it changes. No jargon or idioms below adult. In 0–9, a role word is
# explained the first time it appears in each text, always in the same words (see
# common.ftl). The tracing texts say what happens if no family is found
# ({ status-not-found-<audience> }); the adult texts where contact begins carry the scam
# warning ({ status-scam-warning-adult }). Both are messages of common.ftl.

## registered

status-registered-b0to5-title = Getting to know you
status-registered-b0to5-meaning = You have a caseworker. That is the person who helps with your case. They wrote down your name, so they can help you.
status-registered-b0to5-next = Next, you will talk about your family. Then looking for them can start.
status-registered-b0to5-can-do = You can tell a grown-up you trust how you feel.
status-registered-b0to5-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them anything.

status-registered-b6to9-title = Your case has started
status-registered-b6to9-meaning = Your caseworker is the person who helps with your case. They made a file about you. It helps them help you.
status-registered-b6to9-next = Next, you will talk about your family. Then looking for them can start.
status-registered-b6to9-can-do = Think of the names of people in your family. Think of places you remember. This can help the search.
status-registered-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them any question.

status-registered-b10to12-title = Your case is open
status-registered-b10to12-meaning = Your caseworker has opened a case for you. It holds what is needed to look for your family.
status-registered-b10to12-next = Your caseworker will talk with you about your family. Then the search for your family can start.
status-registered-b10to12-can-do = Think about names, places and phone numbers you remember. Anything can help, even small things.
status-registered-b10to12-ask = Ask your guardian or your caseworker if something is not clear.

status-registered-b13to15-title = Your case is open
status-registered-b13to15-meaning = Your caseworker has registered you and opened your case. Your case holds what is needed to look for your family.
status-registered-b13to15-next = Your caseworker will talk with you about your family and what you want. After that, the search for your family can begin.
status-registered-b13to15-can-do = Write down names, places, phone numbers and social media accounts you remember. Tell your caseworker what you want to happen.
status-registered-b13to15-ask = Your guardian and your caseworker can answer your questions. You can also ask for an interpreter.

status-registered-b16to17-title = Your case is open
status-registered-b16to17-meaning = Your caseworker has opened your case. Your caseworker, your guardian and your legal representative, if you have one, can see it. Family members who join your case will see which step it is at, and get a message when it changes. Supervisors can see which step it is at, and nothing more. In this app you can see which staff have looked at your case.
status-registered-b16to17-next = Your caseworker will talk with you about your family and your wishes. Then the search for your family can start.
status-registered-b16to17-can-do = Share anything that could help find your family: names, places, phone numbers, social media. Tell your caseworker what you want.
status-registered-b16to17-ask = Ask your caseworker, your guardian or your legal representative. You can ask for an interpreter at any time.

status-registered-adult-title = The case is open
status-registered-adult-meaning = A caseworker has registered the child and opened a case to find the child's family.
status-registered-adult-next = The caseworker will gather information. Then they will start tracing the child's family.
status-registered-adult-can-do = Keep your phone on and check this app. Share information about the child only with the caseworker.
status-registered-adult-ask = Ask the child's caseworker.

## tracing

status-tracing-b0to5-title = Looking for your family
status-tracing-b0to5-meaning = Your caseworker is the person who helps with your case. They are looking for your family. Other people help them look.
status-tracing-b0to5-next = Looking can take a long time. { status-not-found-b0to5 }
status-tracing-b0to5-can-do = You can play, rest and ask for a hug.
status-tracing-b0to5-ask = Your guardian is the grown-up who speaks up for you. You can ask them how the search is going.

status-tracing-b6to9-title = Looking for your family
status-tracing-b6to9-meaning = Your caseworker is the person who helps with your case. They are looking for your family. People in other places help.
status-tracing-b6to9-next = Looking can take a long time. { status-not-found-b6to9 }
status-tracing-b6to9-can-do = Your caseworker is the person who helps with your case. If you remember something new, tell them. It is fine to feel sad or worried.
status-tracing-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them how the search is going.

status-tracing-b10to12-title = Looking for your family
status-tracing-b10to12-meaning = Your caseworker is looking for your family. They ask people in other places and countries to help.
status-tracing-b10to12-next = The search can take weeks or months. Your caseworker will tell you what they find. { status-not-found-b10to12 }
status-tracing-b10to12-can-do = Tell your caseworker if you remember a name, a place or a phone number. Keep going to school and doing things you enjoy.
status-tracing-b10to12-ask = Ask your guardian or your caseworker how the search is going.

status-tracing-b13to15-title = Looking for your family
status-tracing-b13to15-meaning = Your caseworker is searching for your family, here and in other countries. Other groups that help find families work with them.
status-tracing-b13to15-next = The search can take a long time. You will be told when someone who may be your family is found. { status-not-found-b13to15 }
status-tracing-b13to15-can-do = Share anything new you remember. Do not try to contact people alone: ask your caseworker first, to keep you safe.
status-tracing-b13to15-ask = Your guardian and your caseworker can tell you what has been done so far.

status-tracing-b16to17-title = Looking for your family
status-tracing-b16to17-meaning = Your caseworker is searching for your family, here and abroad. Other groups that help find families work with them.
status-tracing-b16to17-next = The search can take a long time. You will be told when someone who may be your family is found. { status-not-found-b16to17 }
status-tracing-b16to17-can-do = Share new information with your caseworker. Before you contact anyone yourself, talk to your caseworker, so it is safe for you and for them.
status-tracing-b16to17-ask = Ask your caseworker or guardian what has been done so far and what comes next.

status-tracing-adult-title = Family tracing
status-tracing-adult-meaning = The caseworker is looking for the child's family. Other tracing services help.
status-tracing-adult-next = Tracing can take time. The caseworker will contact family members who are found. { status-not-found-adult }
status-tracing-adult-can-do = Give the caseworker any information that may help. Do not share the child's details with others.
status-tracing-adult-ask = Ask the child's caseworker.

## family found

status-family-found-b0to5-title = Someone may be your family
status-family-found-b0to5-meaning = Your caseworker is the person who helps with your case. They found someone who may be your family.
status-family-found-b0to5-next = Your caseworker is the person who helps with your case. They will check if this person is really your family. If not, they will keep looking.
status-family-found-b0to5-can-do = Your guardian is the grown-up who speaks up for you. You can ask them to tell you more.
status-family-found-b0to5-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them what will happen.

status-family-found-b6to9-title = Someone may be your family
status-family-found-b6to9-meaning = Your caseworker is the person who helps with your case. They found someone who may be your family.
status-family-found-b6to9-next = Your caseworker is the person who helps with your case. They will check if this person is really your family. This can take a while. If not, they will keep looking.
status-family-found-b6to9-can-do = Your caseworker is the person who helps with your case. You can tell them how you feel about this news.
status-family-found-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them anything about this.

status-family-found-b10to12-title = Someone may be your family
status-family-found-b10to12-meaning = Your caseworker found a person who may be part of your family.
status-family-found-b10to12-next = First, your caseworker will check that this person is really your family. Only then can you talk with them. If it is not your family, the search goes on.
status-family-found-b10to12-can-do = Tell your caseworker how you feel and what you would like. Your wishes matter.
status-family-found-b10to12-ask = Ask your guardian or your caseworker if you have a question.

status-family-found-b13to15-title = Someone may be your family
status-family-found-b13to15-meaning = Your caseworker has found a person who may be a member of your family.
status-family-found-b13to15-next = Your caseworker will check who this person is. Contact can start only when this is checked and safe. If this person is not your family, the search goes on.
status-family-found-b13to15-can-do = Tell your caseworker what you want and any worries you have. You can say if you do not want contact.
status-family-found-b13to15-ask = Your guardian and your caseworker can answer your questions.

status-family-found-b16to17-title = A possible family member was found
status-family-found-b16to17-meaning = Your caseworker has found a person who may be a member of your family.
status-family-found-b16to17-next = Your caseworker will check who the person is and how you are related. Contact starts only when this is checked and safe. If the person is not family, the search goes on.
status-family-found-b16to17-can-do = Tell your caseworker your wishes and any worries. Your views are part of the decision.
status-family-found-b16to17-ask = Ask your caseworker or your guardian. You can also ask your legal representative, if you have one.

status-family-found-adult-title = A possible relative was found
status-family-found-adult-meaning = The caseworker has found a person who may be a relative of the child.
status-family-found-adult-next = Before any contact, the caseworker will check who this person is and how they are related to the child.
status-family-found-adult-can-do = Answer the caseworker's questions. Have ready any documents and photos that show how you are related. { status-scam-warning-adult }
status-family-found-adult-ask = Ask the child's caseworker.

## verifying

status-verifying-b0to5-title = Checking
status-verifying-b0to5-meaning = Your caseworker is the person who helps with your case. They are checking if this is really your family.
status-verifying-b0to5-next = Your caseworker is the person who helps with your case. They will tell you what they find out. If it is not your family, they will keep looking.
status-verifying-b0to5-can-do = Your guardian is the grown-up who speaks up for you. You can look at photos with them if you want.
status-verifying-b0to5-ask = Your guardian is the grown-up who speaks up for you. You can ask them what is going on.

status-verifying-b6to9-title = Checking
status-verifying-b6to9-meaning = Your caseworker is the person who helps with your case. They are checking if this is really your family.
status-verifying-b6to9-next = Your caseworker is the person who helps with your case. They may ask you questions, or show you photos. Then they will tell you what they found. If it is not your family, they will keep looking.
status-verifying-b6to9-can-do = Say what you know. You do not have to answer every question. It is fine to say you do not know.
status-verifying-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them if you are worried.

status-verifying-b10to12-title = Checking who they are
status-verifying-b10to12-meaning = Your caseworker is checking if the person they found is really your family. This can take time.
status-verifying-b10to12-next = You may be asked some questions or shown photos. Your caseworker will tell you what they find. If this person is not your family, the search goes on.
status-verifying-b10to12-can-do = Say what you know. It is fine to say you do not know or do not remember.
status-verifying-b10to12-ask = You can ask your guardian or your caseworker. They are there if you have questions or worries.

status-verifying-b13to15-title = Checking the family link
status-verifying-b13to15-meaning = Your caseworker is checking if the person found is really your family. They also check if the person wants contact.
status-verifying-b13to15-next = You may be asked questions or shown photos or papers. You will be told the result. If the person is not your family, the search goes on.
status-verifying-b13to15-can-do = Say what you know. You can say if you do not remember, and you can take a break.
status-verifying-b13to15-ask = If something worries you, ask your guardian or your caseworker.

status-verifying-b16to17-title = Checking the family link
status-verifying-b16to17-meaning = Your caseworker is checking who the person found is, and how you are related.
status-verifying-b16to17-next = You may be asked questions or shown photos and papers. You will be told the result. If the person is not family, the search goes on.
status-verifying-b16to17-can-do = Say what you know, and say if something does not feel right. You can take a break at any time.
status-verifying-b16to17-ask = Ask your caseworker or your guardian. You can also ask your legal representative, if you have one.

status-verifying-adult-title = Verification
status-verifying-adult-meaning = The caseworker is checking who each person is and how they are related to the child.
status-verifying-adult-next = You may be asked for documents, photos or an interview. The caseworker will tell you the result.
status-verifying-adult-can-do = Answer the caseworker's questions and share documents when asked. { status-scam-warning-adult }
status-verifying-adult-ask = Ask the child's caseworker.

## assessing

status-assessing-b0to5-title = Making sure it is safe
status-assessing-b0to5-meaning = Your caseworker is the person who helps with your case. Is living with your family safe and good for you? They are checking this.
status-assessing-b0to5-next = Your caseworker is the person who helps with your case. They will listen to you and to your family. Then the grown-ups will decide.
status-assessing-b0to5-can-do = Your guardian is the grown-up who speaks up for you. You can tell them how you feel.
status-assessing-b0to5-ask = Your guardian is the grown-up who speaks up for you. You can ask them anything.

status-assessing-b6to9-title = Making sure it is safe
status-assessing-b6to9-meaning = Your caseworker is the person who helps with your case. Is living with your family safe and good for you? They are checking this.
status-assessing-b6to9-next = Your caseworker is the person who helps with your case. They will talk with you and with your family. Then the grown-ups will decide together. If it is not safe, there will be a new plan.
status-assessing-b6to9-can-do = Say what you want and what worries you. What you say matters.
status-assessing-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them any question.

status-assessing-b10to12-title = Making sure it is safe and right for you
status-assessing-b10to12-meaning = Is it safe and right for you to live with your family? Your caseworker is checking this.
status-assessing-b10to12-next = Your caseworker will talk with you and your family. Your wishes will be part of the decision. If it is not safe or right for you, they will make a new plan with you.
status-assessing-b10to12-can-do = Say what you want and what worries you. You can talk to your guardian first if you like.
status-assessing-b10to12-ask = Ask your guardian or your caseworker. They are there to help you.

status-assessing-b13to15-title = Deciding what is best for you
status-assessing-b13to15-meaning = Your caseworker is checking if joining your family is safe and the best thing for you.
status-assessing-b13to15-next = Your caseworker will talk with you and your family, and may visit them. Your wishes are part of the decision. If joining your family is not right for you, they will make another plan with you.
status-assessing-b13to15-can-do = Tell your caseworker what you want, what you fear and what you hope for.
status-assessing-b13to15-ask = Ask your guardian or your caseworker. You can also ask your legal representative, if you have one.

status-assessing-b16to17-title = Deciding what is best for you
status-assessing-b16to17-meaning = Your caseworker is checking if joining your family is safe and what is best for you.
status-assessing-b16to17-next = Your caseworker will talk with you and your family, and may visit them. Your views are an important part of the decision. If joining your family is not right for you, your caseworker will make another plan with you.
status-assessing-b16to17-can-do = Share your wishes, worries and hopes. You can ask for your views to be written down.
status-assessing-b16to17-ask = Ask your caseworker or your guardian. You can also ask your legal representative, if you have one.

status-assessing-adult-title = Best interests assessment
status-assessing-adult-meaning = The caseworker is checking if it is safe and best for the child to live with the family. This is called a best interests assessment.
status-assessing-adult-next = The caseworker may interview you and visit your home. The child's views are part of the decision.
status-assessing-adult-can-do = Take part in interviews and answer questions openly.
status-assessing-adult-ask = Ask the child's caseworker.

## planning reunification

status-planning-reunification-b0to5-title = Making a plan
status-planning-reunification-b0to5-meaning = Your caseworker is the person who helps with your case. They are making a plan for you to go to your family.
status-planning-reunification-b0to5-next = Your caseworker is the person who helps with your case. They will tell you about the plan. Sometimes plans change. If this one does, they will tell you what happens next.
status-planning-reunification-b0to5-can-do = You can choose a toy or a picture you want to take.
status-planning-reunification-b0to5-ask = Your guardian is the grown-up who speaks up for you. You can ask them about the plan.

status-planning-reunification-b6to9-title = Making a plan to join your family
status-planning-reunification-b6to9-meaning = Your caseworker is the person who helps with your case. They are making a plan for you to join your family.
status-planning-reunification-b6to9-next = The plan says how you will travel, and when. Your caseworker is the person who helps with your case. They will tell you about it. Sometimes plans change. If this one does, they will tell you why.
status-planning-reunification-b6to9-can-do = Think about what you want to bring. Who do you want to say goodbye to?
status-planning-reunification-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them about the plan.

status-planning-reunification-b10to12-title = Planning to join your family
status-planning-reunification-b10to12-meaning = The plan is for you to join your family. Your caseworker is planning how.
status-planning-reunification-b10to12-next = The plan covers papers, travel and the date. Your caseworker will explain it to you. Plans can change. If this one does, your caseworker will tell you why and what happens next.
status-planning-reunification-b10to12-can-do = Tell your caseworker your questions and worries about the move. Think about goodbyes you want to say.
status-planning-reunification-b10to12-ask = Ask your guardian or your caseworker. They are there to help you.

status-planning-reunification-b13to15-title = Planning your move to your family
status-planning-reunification-b13to15-meaning = The plan is for you to join your family. Your caseworker is planning the move.
status-planning-reunification-b13to15-next = The plan covers papers, travel, the date, and school or support after you arrive. You and your caseworker will look at it together. Plans can change. If this one does, your caseworker will tell you why and what happens next.
status-planning-reunification-b13to15-can-do = Ask about anything in the plan. Say if something worries you.
status-planning-reunification-b13to15-ask = Ask your guardian or your caseworker. You can also ask your legal representative, if you have one.

status-planning-reunification-b16to17-title = Planning your move to your family
status-planning-reunification-b16to17-meaning = The plan is for you to join your family. Your caseworker is preparing it with you.
status-planning-reunification-b16to17-next = The plan covers documents, travel, the date, and school, work and support after you arrive. You will look at it together. Plans can change. If this one does, your caseworker will tell you why and what happens next.
status-planning-reunification-b16to17-can-do = Check the plan and ask about anything that is not clear. Tell your caseworker what you need.
status-planning-reunification-b16to17-ask = Ask your caseworker or your guardian. You can also ask your legal representative, if you have one.

status-planning-reunification-adult-title = Planning reunification
status-planning-reunification-adult-meaning = The caseworker is preparing a plan for the child to join the family, together with you.
status-planning-reunification-adult-next = The plan covers documents, travel, the date, and support after the child arrives. Plans can change. If it changes, the caseworker will tell you why and what happens next.
status-planning-reunification-adult-can-do = Prepare the documents the caseworker asks for, and be ready to talk about the plan. { status-scam-warning-adult }
status-planning-reunification-adult-ask = Ask the child's caseworker.

## reunified

status-reunified-b0to5-title = With your family
status-reunified-b0to5-meaning = You are with your family now.
status-reunified-b0to5-next = Your caseworker is the person who helps with your case. They will come to see how you are.
status-reunified-b0to5-can-do = You can tell your family how you feel.
status-reunified-b0to5-ask = Your caseworker is the person who helps with your case. You can still ask them for help.

status-reunified-b6to9-title = With your family
status-reunified-b6to9-meaning = You are back with your family now.
status-reunified-b6to9-next = Your caseworker is the person who helps with your case. They will talk with you to see how you are doing.
status-reunified-b6to9-can-do = It is normal to feel happy and also a bit strange. You can talk about it.
status-reunified-b6to9-ask = Your caseworker is the person who helps with your case. You can still ask them for help.

status-reunified-b10to12-title = Back with your family
status-reunified-b10to12-meaning = You are back with your family.
status-reunified-b10to12-next = For a while, your caseworker will keep talking with you to see how things are going.
status-reunified-b10to12-can-do = Getting used to a new life takes time. Talk to someone if things are hard.
status-reunified-b10to12-ask = You can still ask your caseworker for help.

status-reunified-b13to15-title = Back with your family
status-reunified-b13to15-meaning = You are living with your family again.
status-reunified-b13to15-next = For a while, your caseworker will keep in contact to see how life with your family is going.
status-reunified-b13to15-can-do = Getting used to a new home takes time. If something is wrong, or you do not feel safe, tell your caseworker.
status-reunified-b13to15-ask = Your caseworker is still there for you.

status-reunified-b16to17-title = Back with your family
status-reunified-b16to17-meaning = You are living with your family again.
status-reunified-b16to17-next = For a while, your caseworker will keep in contact to see how things are going.
status-reunified-b16to17-can-do = If something is wrong or you do not feel safe, contact your caseworker. You can still make a complaint.
status-reunified-b16to17-ask = Your caseworker is still there for you.

status-reunified-adult-title = Reunified
status-reunified-adult-meaning = The child has been reunited with the family.
status-reunified-adult-next = The caseworker will follow up to see how the child and family are doing.
status-reunified-adult-can-do = Tell the caseworker if the family needs support.
status-reunified-adult-ask = Ask the child's caseworker.

## follow-up

status-follow-up-b0to5-title = Seeing how you are
status-follow-up-b0to5-meaning = Your caseworker is the person who helps with your case. They come to see how you are.
status-follow-up-b0to5-next = Your caseworker is the person who helps with your case. After some visits, they will say goodbye.
status-follow-up-b0to5-can-do = Your caseworker is the person who helps with your case. You can show them your drawings and games.
status-follow-up-b0to5-ask = Your caseworker is the person who helps with your case. Your family can call them if you need help.

status-follow-up-b6to9-title = Seeing how you are
status-follow-up-b6to9-meaning = Your caseworker is the person who helps with your case. They come to see how you are doing with your family.
status-follow-up-b6to9-next = When things go well, the visits will stop.
status-follow-up-b6to9-can-do = Your caseworker is the person who helps with your case. Tell them what is good and what is hard.
status-follow-up-b6to9-ask = Your caseworker is the person who helps with your case. You can ask them for help.

status-follow-up-b10to12-title = Seeing how things are going
status-follow-up-b10to12-meaning = Your caseworker stays in contact. They want to see how life with your family is going.
status-follow-up-b10to12-next = When things are going well, this will end and your case will be closed.
status-follow-up-b10to12-can-do = Tell your caseworker what is going well and what is hard.
status-follow-up-b10to12-ask = You can ask your caseworker for help.

status-follow-up-b13to15-title = Seeing how things are going
status-follow-up-b13to15-meaning = Your caseworker keeps in contact to see how things are going with your family.
status-follow-up-b13to15-next = When things are going well, this ends and your case will be closed.
status-follow-up-b13to15-can-do = Be honest about what is going well and what is not. Ask for support if you need it.
status-follow-up-b13to15-ask = You can ask your caseworker for help.

status-follow-up-b16to17-title = Follow-up
status-follow-up-b16to17-meaning = Your caseworker keeps in contact to see how things are going with your family.
status-follow-up-b16to17-next = When things are stable, this ends and your case will be closed.
status-follow-up-b16to17-can-do = Say what support you need: school, work, health or anything else.
status-follow-up-b16to17-ask = You can ask your caseworker for help.

status-follow-up-adult-title = Follow-up
status-follow-up-adult-meaning = The caseworker is following up on how the child and family are doing.
status-follow-up-adult-next = When the situation is stable, follow-up ends and the case will be closed.
status-follow-up-adult-can-do = Tell the caseworker if the family needs help or has problems.
status-follow-up-adult-ask = Ask the child's caseworker.

## closed

status-closed-b0to5-title = Finished
status-closed-b0to5-meaning = Your caseworker is the person who helps with your case. They have finished their work for now.
status-closed-b0to5-next = If you need help again, your case can be opened again.
status-closed-b0to5-can-do = You can ask a grown-up you trust for help at any time.
status-closed-b0to5-ask = Your caseworker is the person who helps with your case. A grown-up you trust can call or message them.

status-closed-b6to9-title = Your case is finished
status-closed-b6to9-meaning = Your caseworker is the person who helps with your case. They have finished their work on it for now.
status-closed-b6to9-next = If you need help again, your case can be opened again.
status-closed-b6to9-can-do = If you need help again, tell a grown-up you trust.
status-closed-b6to9-ask = Your caseworker is the person who helps with your case. For a while, you can still message them in this app. Or ask a grown-up you trust to call them.

status-closed-b10to12-title = Your case is closed
status-closed-b10to12-meaning = Your caseworker has finished working on your case.
status-closed-b10to12-next = If you need help again, your caseworker can open your case again.
status-closed-b10to12-can-do = If you need help, tell a grown-up you trust.
status-closed-b10to12-ask = For a while, you can still message your caseworker in this app. Or ask a grown-up you trust to call them.

status-closed-b13to15-title = Your case is closed
status-closed-b13to15-meaning = Your caseworker has finished working on your case.
status-closed-b13to15-next = If you need help again, your caseworker can open your case again.
status-closed-b13to15-can-do = If you need help, message your caseworker or talk to an adult you trust. You can still make a complaint.
status-closed-b13to15-ask = For a while, you can still message your caseworker in this app. An adult you trust can also call them for you.

status-closed-b16to17-title = Case closed
status-closed-b16to17-meaning = Your caseworker has finished working on your case.
status-closed-b16to17-next = If you need help again, your caseworker can open your case again.
status-closed-b16to17-can-do = You can still ask for a copy of your data or make a complaint.
status-closed-b16to17-ask = For a while after the case closes, you can still message your caseworker in this app. An adult you trust can also call them for you.

status-closed-adult-title = Case closed
status-closed-adult-meaning = The caseworker has finished working on the child's case.
status-closed-adult-next = If help is needed again, the caseworker can open the case again.
status-closed-adult-can-do = You can ask for a copy of your data or make a complaint.
status-closed-adult-ask = For a while after the case closes, you can still message the caseworker in this app.

## alternative care

status-alternative-care-b0to5-title = A home for now
status-alternative-care-b0to5-meaning = You will live with grown-ups who take care of you.
status-alternative-care-b0to5-next = Your caseworker is the person who helps with your case. They will keep seeing you. They may keep looking for your family.
status-alternative-care-b0to5-can-do = Tell the grown-ups who take care of you what you like.
status-alternative-care-b0to5-ask = Your guardian is the grown-up who speaks up for you. You can ask them anything.

status-alternative-care-b6to9-title = A home for now
status-alternative-care-b6to9-meaning = For now, you will live with grown-ups who take care of you.
status-alternative-care-b6to9-next = Your caseworker is the person who helps with your case. They will keep seeing you. Together you will make a plan for the years ahead. Looking for your family may go on. It can also start again if there is news.
status-alternative-care-b6to9-can-do = Say what you like and what you need.
status-alternative-care-b6to9-ask = Your guardian is the grown-up who speaks up for you. Your caseworker is the person who helps with your case. You can ask them any question.

status-alternative-care-b10to12-title = A home for now
status-alternative-care-b10to12-meaning = For now, you will live with carers, not with your family.
status-alternative-care-b10to12-next = Your caseworker will keep visiting you and make a plan with you for the years ahead. The search for your family may go on, or start again if there is news.
status-alternative-care-b10to12-can-do = Tell your caseworker what you need and how you feel about where you live.
status-alternative-care-b10to12-ask = Ask your guardian or your caseworker. They are there to help you.

status-alternative-care-b13to15-title = Living with carers
status-alternative-care-b13to15-meaning = For now, you will live with carers, such as a foster family or a small home.
status-alternative-care-b13to15-next = Your caseworker will keep in contact and make a long-term plan with you. The search for your family may go on, or start again if there is news.
status-alternative-care-b13to15-can-do = Say what you need and how you feel about where you live. Your views count each time the plan is looked at again.
status-alternative-care-b13to15-ask = Ask your guardian or your caseworker. You can also ask your legal representative, if you have one.

status-alternative-care-b16to17-title = Living with carers
status-alternative-care-b16to17-meaning = For now, you will live with carers, such as a foster family, a small home or supported housing.
status-alternative-care-b16to17-next = Your caseworker will keep in contact and look at the plan again with you from time to time. The search for your family may go on, or start again if there is news.
status-alternative-care-b16to17-can-do = Tell your caseworker what you need, including plans for when you turn 18.
status-alternative-care-b16to17-ask = Ask your caseworker or your guardian. You can also ask your legal representative, if you have one.

status-alternative-care-adult-title = Alternative care
status-alternative-care-adult-meaning = For now, the child will live in alternative care.
status-alternative-care-adult-next = The caseworker will review the plan regularly. Tracing may go on, or start again if there is new information.
status-alternative-care-adult-can-do = Ask the caseworker how you can stay in contact with the child, if that is allowed.
status-alternative-care-adult-ask = Ask the child's caseworker.
