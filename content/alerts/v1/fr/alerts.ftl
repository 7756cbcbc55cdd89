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
# French (fr): MACHINE DRAFT translation of content/alerts/v1/en/alerts.ftl, made by an
# AI model (Claude) on 2026-12-03; not reviewed by a native speaker. "tu" for children,
# "vous" for adults (adult texts are mostly impersonal); nothing changes for a girl or a
# boy (b0to5 faces 4 and 5 are "Ça va bien" / "Ça va très bien", because "content" and
# "heureux" change with gender); no variables, no selectors.
# Terms: check in = "donner de tes/ses nouvelles" or "dire/montrer comment ça va";
# call for help = "appel à l'aide"; on duty = "de garde"; helpers (b0to5) = "les personnes
# qui t'aident"; caseworker = "assistant social"; guardian = "tuteur". Promises no stronger
# than the English: "est prévenu(e)", "a vu" — never "on vient t'aider".

checkin-ask-b0to5 = Comment tu te sens aujourd'hui ?
checkin-ask-b6to9 = Comment tu te sens aujourd'hui ?
checkin-ask-b10to12 = Comment te sens-tu aujourd'hui ?
checkin-ask-b13to15 = Comment te sens-tu aujourd'hui ?
checkin-ask-b16to17 = Comment ça va aujourd'hui ?
checkin-ask-adult = Comment va l'enfant aujourd'hui ?

checkin-face-1-b0to5 = Très triste
checkin-face-1-b6to9 = Très mal
checkin-face-1-b10to12 = Très mal
checkin-face-1-b13to15 = Très mal
checkin-face-1-b16to17 = Très mal
checkin-face-1-adult = Très mal

checkin-face-2-b0to5 = Triste
checkin-face-2-b6to9 = Mal
checkin-face-2-b10to12 = Pas bien
checkin-face-2-b13to15 = Pas bien
checkin-face-2-b16to17 = Pas bien
checkin-face-2-adult = Pas bien

checkin-face-3-b0to5 = Ça va
checkin-face-3-b6to9 = Ça va
checkin-face-3-b10to12 = Ça va
checkin-face-3-b13to15 = Ça va
checkin-face-3-b16to17 = Ça va
checkin-face-3-adult = Ça va

checkin-face-4-b0to5 = Ça va bien
checkin-face-4-b6to9 = Bien
checkin-face-4-b10to12 = Bien
checkin-face-4-b13to15 = Bien
checkin-face-4-b16to17 = Bien
checkin-face-4-adult = Bien

checkin-face-5-b0to5 = Ça va très bien
checkin-face-5-b6to9 = Très bien
checkin-face-5-b10to12 = Très bien
checkin-face-5-b13to15 = Très bien
checkin-face-5-b16to17 = Très bien
checkin-face-5-adult = Très bien

checkin-talk-b0to5 = Je veux parler à …
checkin-talk-b6to9 = Je veux parler à …
checkin-talk-b10to12 = Je veux parler à …
checkin-talk-b13to15 = J'aimerais parler à …
checkin-talk-b16to17 = J'aimerais parler à …
checkin-talk-adult = L'enfant aimerait parler à …

checkin-words-b0to5 = Tu peux en dire plus à la grande personne qui est avec toi.
checkin-words-b6to9 = Tu peux en écrire plus si tu veux.
checkin-words-b10to12 = Tu peux en écrire plus si tu veux. Seuls ton tuteur et ton assistant social peuvent le lire.
checkin-words-b13to15 = Tu peux ajouter des mots si tu veux. Seuls ton tuteur et ton assistant social peuvent les lire.
checkin-words-b16to17 = Tu peux ajouter des mots si tu veux. Seuls ton tuteur et ton assistant social peuvent les lire, sur leur téléphone.
checkin-words-adult = Les mots sont facultatifs. Seuls le tuteur et l'assistant social de l'enfant peuvent les lire, sur leurs appareils.

checkin-sent-b0to5 = Merci. Maintenant, les personnes qui t'aident peuvent voir le visage que tu as choisi.
checkin-sent-b6to9 = Merci. Ton tuteur et ton assistant social peuvent le voir maintenant.
checkin-sent-b10to12 = Merci. Ton tuteur et ton assistant social peuvent voir comment tu te sens.
checkin-sent-b13to15 = Merci. Ton tuteur et ton assistant social peuvent maintenant voir comment tu te sens.
checkin-sent-b16to17 = Merci. Ton tuteur et ton assistant social peuvent maintenant voir comment tu vas.
checkin-sent-adult = Envoyé. Le tuteur et l'assistant social de l'enfant peuvent maintenant le voir.

checkin-free-b0to5 = Tu peux le faire quand tu veux. Tu peux aussi ne pas le faire.
checkin-free-b6to9 = Tu peux le faire quand tu veux. Ce n'est pas grave si tu ne le fais pas.
checkin-free-b10to12 = Tu peux le faire à tout moment. Ce n'est pas grave de sauter un jour.
checkin-free-b13to15 = Tu peux donner de tes nouvelles à tout moment. Si tu ne le fais pas une fois, ce n'est pas grave : personne ne te le reprochera.
checkin-free-b16to17 = Tu peux donner de tes nouvelles à tout moment. Si tu ne le fais pas une fois, ce n'est pas grave : cela ne sera jamais retenu contre toi.
checkin-free-adult = Donner de ses nouvelles n'est jamais une obligation. Si l'enfant ne le fait pas une fois, cela ne lui est pas reproché.

checkin-invite-b0to5 = Tu veux montrer comment tu te sens ?
checkin-invite-b6to9 = Tu veux nous dire comment tu te sens ? Tu peux aussi ne pas le faire.
checkin-invite-b10to12 = Tu veux dire comment tu te sens aujourd'hui ? Tu peux aussi ne pas le faire.
checkin-invite-b13to15 = C'est le moment de donner de tes nouvelles, si tu veux. Tu peux aussi ne pas le faire.
checkin-invite-b16to17 = C'est le moment de donner de tes nouvelles, si tu veux. Tu peux aussi ne pas le faire.
checkin-invite-adult = C'est le moment de donner des nouvelles, si l'enfant le souhaite. Ce n'est jamais une obligation.

help-button-b0to5 = J'ai besoin d'aide maintenant
help-button-b6to9 = J'ai besoin d'aide maintenant
help-button-b10to12 = J'ai besoin d'aide maintenant
help-button-b13to15 = J'ai besoin d'aide maintenant
help-button-b16to17 = J'ai besoin d'aide maintenant
help-button-adult = L'enfant a besoin d'aide maintenant

help-what-b0to5 = Appuie ici si tu as besoin d'aide maintenant. Une des personnes qui t'aident est prévenue.
help-what-b6to9 = Appuie ici si tu as besoin d'aide maintenant. Une personne qui travaille en ce moment est prévenue.
help-what-b10to12 = Appuie ici si tu as besoin d'aide maintenant. Les personnes de garde sont prévenues tout de suite. Tu peux ajouter des mots si tu veux.
help-what-b13to15 = Appuie ici si tu as besoin d'aide maintenant. Les personnes de garde sont prévenues tout de suite, et d'autres personnes sont prévenues si personne ne répond. Tu peux ajouter des mots si tu veux.
help-what-b16to17 = Appuie ici si tu as besoin d'aide maintenant. Les personnes de garde sont prévenues tout de suite, et d'autres personnes sont prévenues si personne ne répond. Les mots que tu ajoutes sont seulement pour ton tuteur et ton assistant social.
help-what-adult = Ce bouton alerte immédiatement le personnel de garde, puis d'autres membres du personnel si personne ne réagit. Les mots ajoutés ne peuvent être lus que par le tuteur et l'assistant social de l'enfant.

help-queued-b0to5 = Ton téléphone va l'envoyer bientôt.
help-queued-b6to9 = Pas d'internet pour l'instant. Ton téléphone l'enverra dès qu'il pourra.
help-queued-b10to12 = Il n'y a pas d'internet pour l'instant. Ton téléphone le garde et l'envoie dès que possible.
help-queued-b13to15 = Il n'y a pas de connexion pour l'instant. Ton téléphone garde ta demande et l'envoie dès que possible.
help-queued-b16to17 = Il n'y a pas de connexion pour l'instant. Ton téléphone garde ta demande et l'envoie à l'instant même où il le peut.
help-queued-adult = Pas de connexion. La demande est gardée sur le téléphone et sera envoyée dès qu'il y aura une connexion.

help-sent-b0to5 = Envoyé. Une des personnes qui t'aident est prévenue.
help-sent-b6to9 = Envoyé. Une personne de garde est prévenue.
help-sent-b10to12 = Envoyé. Les personnes de garde sont prévenues.
help-sent-b13to15 = Envoyé. Les personnes de garde sont prévenues. Tu verras ici quand une personne l'aura vu.
help-sent-b16to17 = Envoyé. Les personnes de garde sont prévenues. Tu verras ici quand une personne l'aura vu.
help-sent-adult = Envoyé. Le personnel de garde est alerté. Vous verrez ici quand une personne l'aura vu.

help-seen-b0to5 = Une des personnes qui t'aident l'a vu.
help-seen-b6to9 = Une personne a vu ton appel à l'aide.
help-seen-b10to12 = Une personne a vu ton appel à l'aide.
help-seen-b13to15 = Une personne de garde a vu ton appel à l'aide.
help-seen-b16to17 = Une personne de garde a vu ton appel à l'aide.
help-seen-adult = Un membre du personnel de garde a vu l'appel à l'aide.
