# Le plan de réunification. Source : anglais. Ne promet rien : les plans peuvent changer.
# Ne jamais modifier une version publiée : créer une v2.
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children, "vous"
# for adults; "réunification" only for ages 16-17 and adults; no placeables.

notice-title-b0to5 = Un plan pour vivre avec ta famille
notice-body-b0to5 =
    Des grandes personnes préparent un plan pour que tu vives avec ta famille.
    Elles veulent savoir ce que tu en penses.
    Tu peux dire oui ou non. Les deux, c'est bien.
notice-withdraw-b0to5 = Si tu changes d'avis, dis-le à ton tuteur.

notice-title-b6to9 = Le plan pour aller vivre avec ta famille
notice-body-b6to9 =
    Ton assistant social prépare un plan pour que tu vives avec ta famille.
    Avant de continuer le plan, nous voulons savoir si tu es d'accord.
    Les plans peuvent changer. Si le plan change, ton assistant social te le dit.
    Tu peux dire oui ou non.
notice-withdraw-b6to9 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter », ou dis-le à ton assistant social.

notice-title-b10to12 = Le plan pour rejoindre ta famille
notice-body-b10to12 =
    Ton assistant social prépare un plan pour que tu ailles vivre avec ta famille. Le plan dit avec qui tu vivrais et comment se passerait le déménagement.
    Nous te demandons si tu es d'accord avant d'aller plus loin.
    Les plans peuvent changer. Si quelque chose change, ton assistant social t'explique pourquoi.
    Tu peux dire oui ou non. Ton avis compte dans la décision.
notice-withdraw-b10to12 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social.

notice-title-b13to15 = Le plan pour rejoindre ta famille
notice-body-b13to15 =
    Ton assistant social prépare un plan pour que tu vives avec ta famille : avec qui tu vivrais, où, et comment se passerait le déménagement.
    Nous te demandons ton accord avant d'aller plus loin. Ton avis fait partie de la décision.
    Les plans peuvent changer. Si le plan change, ton assistant social t'explique pourquoi et te redemande ton accord.
notice-withdraw-b13to15 = Tu peux retirer ton accord à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Le plan est alors réexaminé.

notice-title-b16to17 = Le plan de réunification
notice-body-b16to17 =
    Ton assistant social prépare un plan pour que tu vives avec ta famille : avec qui tu vivrais, où, et comment se passerait le déménagement.
    Nous te demandons ton accord avant d'aller plus loin. Ton avis fait partie de la décision.
    Les plans peuvent changer. Si le plan change, ton assistant social t'explique pourquoi et te redemande ton accord.
notice-withdraw-b16to17 = Tu peux retirer ton consentement à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Le plan est alors réexaminé.

notice-title-adult = Le plan de réunification de l'enfant
notice-body-adult =
    L'assistant social prépare un plan pour que l'enfant vive avec sa famille : avec qui, où, et comment se passerait le déménagement.
    Nous vous demandons votre accord avant d'aller plus loin. L'avis de l'enfant fait partie de la décision.
    Les plans peuvent changer ; si le plan change, on vous redemandera votre accord.
notice-withdraw-adult = Vous pouvez retirer votre consentement à tout moment dans l'application, ou par l'intermédiaire de l'assistant social. Le plan est alors réexaminé.
