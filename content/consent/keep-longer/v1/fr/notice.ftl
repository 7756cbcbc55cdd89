# Informations du dossier gardées au-delà de la durée habituelle. Source : anglais. Ne
# jamais modifier une version publiée.
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children, "vous"
# for adults; nothing changes for a girl or a boy; no placeables.

notice-title-b0to5 = Garder ton histoire
notice-body-b0to5 =
    Nous gardons ce que nous savons sur toi pendant que nous t'aidons.
    Nous aimerions le garder plus longtemps, au cas où tu en aurais besoin plus tard.
    Tu peux dire oui ou non. Les deux, c'est bien.
notice-withdraw-b0to5 = Si tu changes d'avis, dis-le à ton tuteur.

notice-title-b6to9 = Garder tes informations plus longtemps
notice-body-b6to9 =
    Quand ton dossier se termine, nous effaçons normalement ce que nous savons sur toi après un certain temps.
    Nous aimerions le garder plus longtemps, au cas où toi ou ta famille en auriez besoin plus tard.
    Tu peux dire oui ou non.
notice-withdraw-b6to9 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter », ou dis-le à ton assistant social.

notice-title-b10to12 = Garder tes informations plus longtemps
notice-body-b10to12 =
    Quand ton dossier est fermé, nous effaçons normalement tes informations après une durée fixée.
    Nous aimerions les garder jusqu'à cinq ans, au cas où toi ou ta famille en auriez besoin plus tard, par exemple pour montrer l'histoire de ta famille.
    Tu peux dire oui ou non.
notice-withdraw-b10to12 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Nous les effacerons alors au moment habituel.

notice-title-b13to15 = Garder les informations de ton dossier plus longtemps
notice-body-b13to15 =
    Normalement, les informations de ton dossier sont effacées après une durée fixée, une fois ton dossier fermé.
    Nous te demandons l'autorisation de les garder jusqu'à cinq ans après la fermeture, pour que toi ou ta famille puissiez les demander plus tard.
    C'est ton choix.
notice-withdraw-b13to15 = Tu peux retirer ton accord à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Tes informations sont alors effacées au moment habituel.

notice-title-b16to17 = Garder les informations de ton dossier plus longtemps
notice-body-b16to17 =
    Normalement, les informations de ton dossier sont effacées après une durée fixée, une fois ton dossier fermé.
    Nous te demandons l'autorisation de les garder jusqu'à cinq ans après la fermeture, pour que toi ou ta famille puissiez les demander plus tard.
    C'est ton choix.
notice-withdraw-b16to17 = Tu peux retirer ton consentement à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Tes informations sont alors effacées au moment habituel.

notice-title-adult = Garder plus longtemps les informations du dossier de l'enfant
notice-body-adult =
    Les informations du dossier sont normalement supprimées après une durée fixée, une fois le dossier fermé (la durée de conservation).
    Nous vous demandons l'autorisation de les garder jusqu'à cinq ans après la fermeture, pour que l'enfant ou sa famille puissent les demander plus tard.
notice-withdraw-adult = Vous pouvez retirer votre consentement à tout moment dans l'application, ou par l'intermédiaire de l'assistant social. Les informations sont alors supprimées au moment habituel.
