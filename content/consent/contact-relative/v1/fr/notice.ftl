# Contact avec un membre de la famille précis (l'application montre qui, à côté de ce texte).
# Source : anglais. Ne jamais modifier une version publiée : créer une v2.
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children, "vous"
# for adults; nothing changes for a girl or a boy (nor for the relative); no placeables.

notice-title-b0to5 = Parler avec quelqu'un de ta famille
notice-body-b0to5 =
    Quelqu'un de ta famille va peut-être te parler dans l'application.
    Ton tuteur va te montrer qui c'est.
    Tu peux dire oui ou non. Les deux, c'est bien.
notice-withdraw-b0to5 = Si tu veux arrêter, dis-le à ton tuteur.

notice-title-b6to9 = Parler avec quelqu'un de ta famille
notice-body-b6to9 =
    Quelqu'un de ta famille aimerait t'envoyer des messages. L'application te montre qui c'est.
    Ton assistant social a vérifié qui est cette personne.
    Tu veux parler avec cette personne ? Tu peux dire oui ou non.
notice-withdraw-b6to9 = Tu peux arrêter quand tu veux. Appuie sur le bouton « Arrêter », ou dis-le à ton assistant social.

notice-title-b10to12 = Des messages avec un membre de ta famille
notice-body-b10to12 =
    Un membre de ta famille aimerait t'écrire des messages. L'application te montre qui c'est.
    Ton assistant social a vérifié qui est cette personne avant de te demander.
    Si tu dis oui, vous pourrez vous envoyer des messages. Personne d'autre ne peut les lire, même pas nous.
    Tu peux dire oui ou non. C'est ton choix.
notice-withdraw-b10to12 = Tu peux arrêter quand tu veux. Appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Les messages s'arrêtent tout de suite.

notice-title-b13to15 = Contact avec un membre de ta famille
notice-body-b13to15 =
    Un membre de ta famille aimerait être en contact avec toi. L'application te montre qui c'est.
    Ton assistant social a d'abord vérifié son identité.
    Si tu es d'accord, vous pourrez vous envoyer des messages. Les messages sont chiffrés : personne d'autre que vous deux ne peut les lire.
    C'est ton choix. Tu peux dire non, et tu peux changer d'avis plus tard.
notice-withdraw-b13to15 = Tu peux arrêter le contact à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Le contact s'arrête tout de suite.

notice-title-b16to17 = Contact avec un membre de ta famille
notice-body-b16to17 =
    Un membre de ta famille aimerait être en contact avec toi. L'application te montre qui c'est.
    Ton assistant social a d'abord vérifié son identité.
    Si tu es d'accord, vous pourrez vous envoyer des messages. Les messages sont chiffrés : personne d'autre que vous deux ne peut les lire.
    C'est ton choix. Tu peux dire non, et tu peux changer d'avis plus tard.
notice-withdraw-b16to17 = Tu peux arrêter le contact à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Le contact s'arrête tout de suite.

notice-title-adult = Contact entre l'enfant et un membre de sa famille
notice-body-adult =
    Un membre de la famille, indiqué à côté de ce texte, aimerait être en contact avec l'enfant.
    L'assistant social a d'abord vérifié l'identité de cette personne.
    Si vous êtes d'accord, l'enfant et cette personne pourront s'envoyer des messages. Les messages sont chiffrés de bout en bout : le service ne peut pas les lire.
notice-withdraw-adult = Vous pouvez retirer votre consentement à tout moment dans l'application, ou par l'intermédiaire de l'assistant social. Le contact s'arrête tout de suite.
