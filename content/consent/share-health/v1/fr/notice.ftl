# Informations de santé partagées avec les personnes qui prennent soin de l'enfant.
# Source : anglais. Ne jamais modifier une version publiée : créer une v2.
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children, "vous"
# for adults; nothing changes for a girl or a boy; no placeables.

notice-title-b0to5 = Parler de ta santé aux personnes qui t'aident
notice-body-b0to5 =
    Les docteurs savent comment tu te sens.
    Les personnes qui s'occupent de toi veulent le savoir aussi, pour t'aider.
    Tu peux dire oui ou non. Les deux, c'est bien.
notice-withdraw-b0to5 = Si tu changes d'avis, dis-le à ton tuteur.

notice-title-b6to9 = Parler de ta santé aux personnes qui t'aident
notice-body-b6to9 =
    Les docteurs et les infirmiers savent des choses sur ta santé.
    Nous aimerions qu'ils les disent aux personnes qui s'occupent de toi, pour qu'elles puissent bien t'aider.
    Tu peux dire oui ou non. Si tu dis non, le docteur continue de te soigner.
notice-withdraw-b6to9 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter », ou dis-le à ton assistant social.

notice-title-b10to12 = Partager les informations sur ta santé
notice-body-b10to12 =
    Les informations sur ta santé sont privées.
    Nous aimerions les partager avec les personnes qui s'occupent de toi, comme ton tuteur et ton lieu d'accueil, pour qu'elles puissent prendre soin de toi.
    Tu peux dire oui ou non. Dire non ne t'empêche pas de recevoir des soins.
notice-withdraw-b10to12 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social.

notice-title-b13to15 = Partager les informations sur ta santé
notice-body-b13to15 =
    Les informations de santé sont privées et spécialement protégées.
    Nous te demandons l'autorisation de partager les tiennes avec les personnes qui s'occupent de toi (ton tuteur et ton lieu d'accueil), seulement pour qu'elles puissent prendre soin de toi.
    C'est ton choix. Dire non ne t'empêche jamais de recevoir des soins médicaux.
notice-withdraw-b13to15 = Tu peux retirer ton accord à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Le partage s'arrête dès ce moment-là.

notice-title-b16to17 = Partager les informations sur ta santé
notice-body-b16to17 =
    Les informations de santé sont privées et spécialement protégées.
    Nous te demandons l'autorisation de partager les tiennes avec les personnes qui s'occupent de toi (ton tuteur et ton lieu d'accueil), seulement pour qu'elles puissent prendre soin de toi.
    C'est ton choix. Dire non ne t'empêche jamais de recevoir des soins médicaux.
notice-withdraw-b16to17 = Tu peux retirer ton consentement à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Le partage s'arrête dès ce moment-là.

notice-title-adult = Partager les informations de santé de l'enfant
notice-body-adult =
    Les informations de santé sont spécialement protégées.
    Nous vous demandons l'autorisation de partager les informations de santé de l'enfant avec les personnes qui en prennent soin (son tuteur et son lieu d'accueil), uniquement pour sa prise en charge.
    Dire non n'empêche jamais l'enfant de recevoir des soins médicaux.
notice-withdraw-adult = Vous pouvez retirer votre consentement à tout moment dans l'application, ou par l'intermédiaire de l'assistant social. Le partage s'arrête dès ce moment-là.
