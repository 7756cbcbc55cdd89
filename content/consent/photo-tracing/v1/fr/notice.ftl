# Une photo de l'enfant utilisée pour la recherche. Source : anglais. Ne jamais modifier une
# version publiée.
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children, "vous"
# for adults; nothing changes for a girl or a boy; no placeables.

notice-title-b0to5 = Ta photo
notice-body-b0to5 =
    Des gens qui cherchent les familles veulent montrer ta photo.
    Quelqu'un de ta famille pourrait la voir et te reconnaître.
    Tu peux dire oui ou non. Les deux, c'est bien.
notice-withdraw-b0to5 = Si tu changes d'avis, dis-le à ton tuteur.

notice-title-b6to9 = Montrer ta photo
notice-body-b6to9 =
    Nous aimerions montrer ta photo à des gens qui aident à retrouver les familles.
    Ta famille pourrait la voir et savoir que c'est toi.
    Tu peux dire oui ou non. Si tu dis non, on continue à chercher ta famille.
notice-withdraw-b6to9 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter », ou dis-le à ton assistant social.

notice-title-b10to12 = Utiliser ta photo pour retrouver ta famille
notice-body-b10to12 =
    Les partenaires de recherche montrent parfois des photos d'enfants, pour que leurs familles puissent les reconnaître.
    Nous aimerions leur donner ta photo pour ça.
    D'autres personnes pourraient aussi la voir. Tu peux dire oui ou non. Si tu dis non, nous continuons à chercher ta famille.
notice-withdraw-b10to12 = Tu peux changer d'avis quand tu veux. Appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. À partir de ce moment, ta photo ne sera plus montrée.

notice-title-b13to15 = Utiliser ta photo pour la recherche
notice-body-b13to15 =
    Les partenaires de recherche peuvent montrer ta photo à des personnes qui pourraient te reconnaître, dans des endroits où ta famille se trouve peut-être.
    D'autres personnes que ta famille pourraient la voir. Une photo permet de t'identifier, alors demande-toi si tu es à l'aise avec ça.
    C'est ton choix. Dire non n'arrête pas la recherche.
notice-withdraw-b13to15 = Tu peux retirer ton accord à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. À partir de ce moment, ta photo n'est plus montrée ; les copies déjà montrées ne peuvent pas être reprises.

notice-title-b16to17 = Utiliser ta photo pour la recherche
notice-body-b16to17 =
    Les partenaires de recherche peuvent montrer ta photo à des personnes qui pourraient te reconnaître, dans des endroits où ta famille se trouve peut-être.
    D'autres personnes que ta famille pourraient la voir. Une photo permet de t'identifier, alors demande-toi si tu es à l'aise avec ça.
    C'est ton choix. Dire non n'arrête pas la recherche.
notice-withdraw-b16to17 = Tu peux retirer ton consentement à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social. À partir de ce moment, ta photo n'est plus montrée ; les copies déjà montrées ne peuvent pas être reprises.

notice-title-adult = Utiliser la photo de l'enfant pour la recherche
notice-body-adult =
    Les partenaires de recherche peuvent montrer la photo à des personnes qui pourraient reconnaître l'enfant, dans des endroits où sa famille se trouve peut-être.
    D'autres personnes que la famille pourraient la voir, et une photo permet d'identifier l'enfant.
    Dire non n'arrête pas la recherche.
notice-withdraw-adult = Vous pouvez retirer votre consentement à tout moment dans l'application, ou par l'intermédiaire de l'assistant social. À partir de ce moment, la photo n'est plus montrée ; les copies déjà montrées ne peuvent pas être récupérées.
