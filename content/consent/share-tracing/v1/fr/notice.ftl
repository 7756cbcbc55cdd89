# Partager les informations du dossier avec les partenaires de recherche. Source : anglais.
# C'est le texte qu'une personne voit avant de décider ; l'empreinte (hash) de ses octets
# exacts est gardée avec la décision. Ne jamais modifier une version publiée : créer une v2.
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children, "vous"
# for adults; nothing changes for a girl or a boy; no placeables.

notice-title-b0to5 = On cherche ta famille
notice-body-b0to5 =
    Des gens qui aident à retrouver les familles veulent savoir qui tu es.
    Ils veulent ton nom et les noms de ta famille.
    Ils s'en servent pour chercher ta famille.
    Tu peux dire oui ou non. Les deux, c'est bien.
notice-withdraw-b0to5 = Si tu changes d'avis, dis-le à ton tuteur.

notice-title-b6to9 = Aider à chercher ta famille
notice-body-b6to9 =
    Des groupes aident à retrouver les familles. Nous aimerions leur parler de toi.
    Nous leur dirions ton nom, les noms de ta famille et où tu les as vus pour la dernière fois.
    Ils utilisent ça seulement pour chercher ta famille.
    Tu peux dire oui ou non. Si tu dis non, on continue à t'aider.
notice-withdraw-b6to9 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter », ou dis-le à ton assistant social.

notice-title-b10to12 = Partager tes informations pour retrouver ta famille
notice-body-b10to12 =
    Les partenaires de recherche sont des groupes qui aident à retrouver les familles. Nous aimerions leur donner tes informations.
    Nous leur donnerions ton nom, les noms de ta famille et ce que tu nous as dit sur les endroits où tu vivais.
    Ils s'en servent seulement pour chercher ta famille, tant que la recherche continue.
    Tu peux dire oui ou non. Si tu dis non, nous continuerons à t'aider.
notice-withdraw-b10to12 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social.

notice-title-b13to15 = Partager les informations de ton dossier avec les partenaires de recherche
notice-body-b13to15 =
    Les partenaires de recherche sont des organisations qui recherchent les familles. Nous te demandons l'autorisation de leur transmettre ton nom, les noms de ta famille et l'historique de ton dossier.
    Ils peuvent s'en servir uniquement pour rechercher ta famille, et seulement tant que la recherche est en cours.
    C'est toi qui décides. Si tu dis non, tu gardes toute l'autre aide que tu reçois.
notice-withdraw-b13to15 = Tu peux retirer ton accord à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Nous arrêtons alors le partage dès ce moment-là.

notice-title-b16to17 = Partager les informations de ton dossier avec les partenaires de recherche
notice-body-b16to17 =
    Les partenaires de recherche sont des organisations qui recherchent les familles. Nous te demandons l'autorisation de leur transmettre ton nom, les noms de ta famille et l'historique de ton dossier.
    Ils peuvent s'en servir uniquement pour rechercher ta famille, et seulement tant que la recherche est en cours.
    C'est toi qui décides. Si tu dis non, tu gardes toute l'autre aide que tu reçois.
notice-withdraw-b16to17 = Tu peux retirer ton consentement à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. Nous arrêtons alors le partage dès ce moment-là. Ce qui a déjà été partagé reste partagé.

notice-title-adult = Partager les informations du dossier avec les partenaires de recherche
notice-body-adult =
    Les partenaires de recherche sont des organisations qui recherchent les familles. Nous vous demandons l'autorisation de leur transmettre le nom de l'enfant, les noms de sa famille et l'historique de son dossier.
    Ils peuvent utiliser ces informations uniquement pour rechercher la famille de l'enfant, et seulement tant que la recherche est en cours.
    Si vous dites non, cela ne change rien aux autres aides que l'enfant reçoit.
notice-withdraw-adult = Vous pouvez retirer votre consentement à tout moment dans l'application, ou par l'intermédiaire de l'assistant social. Le partage s'arrête dès ce moment-là ; ce qui a déjà été partagé reste partagé.
