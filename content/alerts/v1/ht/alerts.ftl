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
#
# Kreyòl ayisyen (ht): MACHINE DRAFT translation of content/alerts/v1/en/alerts.ftl, made
# by an AI model (Claude) on 2026-12-03; not reviewed by a native speaker. "ou" for every
# reader; no variables, no selectors.
# Terms: check in = "di kijan ou ye" / "montre kijan ou santi ou" (no noun); call for help =
# "demand èd"; on duty = "ki de gad"; helpers (b0to5) = "moun k ap ede ou yo"; caseworker =
# "responsab dosye"; guardian = "gadyen". Promises no stronger than the English: "yo avèti",
# "yon moun wè l" — never "y ap vin ede ou".

checkin-ask-b0to5 = Kijan ou santi ou jodi a?
checkin-ask-b6to9 = Kijan ou santi ou jodi a?
checkin-ask-b10to12 = Kijan ou santi ou jodi a?
checkin-ask-b13to15 = Kijan ou santi ou jodi a?
checkin-ask-b16to17 = Kijan ou ye jodi a?
checkin-ask-adult = Kijan timoun nan ye jodi a?

checkin-face-1-b0to5 = Tris anpil
checkin-face-1-b6to9 = Mal anpil
checkin-face-1-b10to12 = Mal anpil
checkin-face-1-b13to15 = Mal anpil
checkin-face-1-b16to17 = Mal anpil
checkin-face-1-adult = Mal anpil

checkin-face-2-b0to5 = Tris
checkin-face-2-b6to9 = Mal
checkin-face-2-b10to12 = Pa byen
checkin-face-2-b13to15 = Pa byen
checkin-face-2-b16to17 = Pa byen
checkin-face-2-adult = Pa byen

checkin-face-3-b0to5 = Pa pi mal
checkin-face-3-b6to9 = Pa pi mal
checkin-face-3-b10to12 = Pa pi mal
checkin-face-3-b13to15 = Pa pi mal
checkin-face-3-b16to17 = Pa pi mal
checkin-face-3-adult = Pa pi mal

checkin-face-4-b0to5 = Kontan
checkin-face-4-b6to9 = Byen
checkin-face-4-b10to12 = Byen
checkin-face-4-b13to15 = Byen
checkin-face-4-b16to17 = Byen
checkin-face-4-adult = Byen

checkin-face-5-b0to5 = Kontan anpil
checkin-face-5-b6to9 = Byen anpil
checkin-face-5-b10to12 = Byen anpil
checkin-face-5-b13to15 = Byen anpil
checkin-face-5-b16to17 = Byen anpil
checkin-face-5-adult = Byen anpil

checkin-talk-b0to5 = Mwen vle pale ak …
checkin-talk-b6to9 = Mwen vle pale ak …
checkin-talk-b10to12 = Mwen vle pale ak …
checkin-talk-b13to15 = Mwen ta renmen pale ak …
checkin-talk-b16to17 = Mwen ta renmen pale ak …
checkin-talk-adult = Timoun nan ta renmen pale ak …

checkin-words-b0to5 = Ou ka rakonte granmoun ki la avè ou a plis bagay.
checkin-words-b6to9 = Ou ka ekri plis si ou vle.
checkin-words-b10to12 = Ou ka ekri plis si ou vle. Se sèlman gadyen ou ak responsab dosye ou ki ka li l.
checkin-words-b13to15 = Ou ka ajoute kèk mo si ou vle. Se sèlman gadyen ou ak responsab dosye ou ki ka li yo.
checkin-words-b16to17 = Ou ka ajoute kèk mo si ou vle. Se sèlman gadyen ou ak responsab dosye ou ki ka li yo, sou telefòn pa yo.
checkin-words-adult = Mo yo pa obligatwa. Se sèlman gadyen timoun nan ak responsab dosye a ki ka li yo, sou aparèy pa yo.

checkin-sent-b0to5 = Mèsi. Kounye a, moun k ap ede ou yo ka wè figi ou chwazi a.
checkin-sent-b6to9 = Mèsi. Kounye a, gadyen ou ak responsab dosye ou ka wè l.
checkin-sent-b10to12 = Mèsi. Gadyen ou ak responsab dosye ou ka wè kijan ou santi ou.
checkin-sent-b13to15 = Mèsi. Kounye a, gadyen ou ak responsab dosye ou ka wè kijan ou santi ou.
checkin-sent-b16to17 = Mèsi. Kounye a, gadyen ou ak responsab dosye ou ka wè kijan ou ye.
checkin-sent-adult = Li ale. Kounye a, gadyen timoun nan ak responsab dosye a ka wè l.

checkin-free-b0to5 = Ou ka fè sa lè ou vle. Si ou pa fè l, sa pa fè anyen.
checkin-free-b6to9 = Ou ka fè sa lè ou vle. Ou ka sote l, sa pa fè anyen.
checkin-free-b10to12 = Ou ka fè sa nenpòt ki lè. Si ou sote yon jou, sa pa fè anyen.
checkin-free-b13to15 = Ou ka di kijan ou ye nenpòt ki lè. Si ou sote yon fwa, sa pa grav: pesonn p ap repwoche ou sa.
checkin-free-b16to17 = Ou ka di kijan ou ye nenpòt ki lè. Si ou sote yon fwa, sa pa grav: yo p ap janm kenbe sa kont ou.
checkin-free-adult = Timoun nan pa janm oblije di kijan li ye. Si li pa fè l yon fwa, yo pa kenbe sa kont li.

checkin-invite-b0to5 = Ou vle montre kijan ou santi ou?
checkin-invite-b6to9 = Ou vle di nou kijan ou santi ou? Ou ka sote l.
checkin-invite-b10to12 = Ou vle di kijan ou santi ou jodi a? Ou ka sote l.
checkin-invite-b13to15 = Li lè pou ou di kijan ou ye, si ou vle. Ou ka sote l.
checkin-invite-b16to17 = Li lè pou ou di kijan ou ye, si ou vle. Ou ka sote l.
checkin-invite-adult = Li lè pou timoun nan di kijan li ye, si li vle. Se pa janm yon obligasyon.

help-button-b0to5 = Mwen bezwen èd kounye a
help-button-b6to9 = Mwen bezwen èd kounye a
help-button-b10to12 = Mwen bezwen èd kounye a
help-button-b13to15 = Mwen bezwen èd kounye a
help-button-b16to17 = Mwen bezwen èd kounye a
help-button-adult = Timoun nan bezwen èd kounye a

help-what-b0to5 = Peze la a si ou bezwen èd kounye a. Yo avèti youn nan moun k ap ede ou yo.
help-what-b6to9 = Peze la a si ou bezwen èd kounye a. Yo avèti yon moun k ap travay kounye a.
help-what-b10to12 = Peze la a si ou bezwen èd kounye a. Yo avèti moun ki de gad yo touswit. Ou ka ajoute kèk mo si ou vle.
help-what-b13to15 = Peze la a si ou bezwen èd kounye a. Yo avèti moun ki de gad yo touswit, epi si pesonn pa reponn, yo avèti plis moun. Ou ka ajoute kèk mo si ou vle.
help-what-b16to17 = Peze la a si ou bezwen èd kounye a. Yo avèti pèsonèl ki de gad la touswit, epi si pesonn pa reponn, yo avèti plis moun. Mo ou ajoute yo se pou gadyen ou ak responsab dosye ou sèlman.
help-what-adult = Sa a voye yon alèt bay pèsonèl ki de gad la touswit, epi bay plis manm pèsonèl si pesonn pa reponn. Se sèlman gadyen timoun nan ak responsab dosye a ki ka li mo yo ajoute yo.

help-queued-b0to5 = Telefòn ou ap voye l talè.
help-queued-b6to9 = Pa gen entènèt kounye a. Telefòn ou ap voye l lè li kapab.
help-queued-b10to12 = Pa gen entènèt kounye a. Telefòn ou kenbe l, epi l ap voye l depi li kapab.
help-queued-b13to15 = Pa gen koneksyon kounye a. Telefòn ou kenbe demand ou, epi l ap voye l depi li kapab.
help-queued-b16to17 = Pa gen koneksyon kounye a. Telefòn ou kenbe demand ou, epi l ap voye l menm moman li kapab.
help-queued-adult = Pa gen koneksyon. Demand lan rete sou telefòn nan, epi l ap ale depi gen koneksyon.

help-sent-b0to5 = Li ale. Yo avèti youn nan moun k ap ede ou yo.
help-sent-b6to9 = Li ale. Yo avèti yon moun ki de gad.
help-sent-b10to12 = Li ale. Yo avèti moun ki de gad yo.
help-sent-b13to15 = Li ale. Yo avèti moun ki de gad yo. Ou pral wè isit la lè yon moun wè l.
help-sent-b16to17 = Li ale. Yo avèti pèsonèl ki de gad la. Ou pral wè isit la lè yon moun wè l.
help-sent-adult = Li ale. Yo voye yon alèt bay pèsonèl ki de gad la. Isit la ap montre lè yon moun wè l.

help-seen-b0to5 = Youn nan moun k ap ede ou yo wè l.
help-seen-b6to9 = Yon moun wè demand èd ou a.
help-seen-b10to12 = Yon moun wè demand èd ou a.
help-seen-b13to15 = Yon moun ki de gad wè demand èd ou a.
help-seen-b16to17 = Yon moun ki de gad wè demand èd ou a.
help-seen-adult = Yon manm pèsonèl ki de gad wè demand èd la.
