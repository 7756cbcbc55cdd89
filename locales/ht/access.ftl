# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
# Kreyòl ayisyen (ht): "case" and "file" are both "dosye"; role labels are gender-neutral.

role-caseworker = responsab dosye
role-guardian = gadyen
role-legal-representative = avoka
role-supervisor = sipèvizè
role-admin = administratè
role-complaint-handler = responsab plent
role-child = timoun
role-family = manm fanmi

access-case-create = { $band ->
    [young] { $name } kòmanse dosye ou.
    [child] { $name } ({ $role }) louvri dosye ou.
   *[adult] { $name } ({ $role }) louvri dosye a.
}
access-case-view = { $band ->
    [young] { $name } gade dosye ou.
    [child] { $name } ({ $role }) gade dosye ou.
   *[adult] { $name } ({ $role }) konsilte dosye a.
}
access-case-members-view = { $band ->
    [young] { $name } gade kiyès k ap ede ou.
    [child] { $name } ({ $role }) gade lis moun ki nan dosye ou.
   *[adult] { $name } ({ $role }) konsilte lis moun ki nan dosye a.
}
access-case-invite = { $band ->
    [young] { $name } envite yon nouvo moun.
    [child] { $name } ({ $role }) envite yon moun nan dosye ou.
   *[adult] { $name } ({ $role }) envite yon moun nan dosye a.
}
access-case-staff-assign = { $band ->
    [young] { $name } mande yon nouvo moun vin ede ou.
    [child] { $name } ({ $role }) ajoute yon moun nan ekip la sou dosye ou.
   *[adult] { $name } ({ $role }) asiyen yon manm pèsonèl sou dosye a.
}
access-case-stage-change = { $band ->
    [young] { $name } fè dosye ou pase nan pwochen etap la.
    [child] { $name } ({ $role }) chanje etap dosye ou.
   *[adult] { $name } ({ $role }) chanje etap dosye a.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } gade kiyès ki ka pale avèk ou.
    [child] { $name } ({ $role }) gade kiyès ki gen dwa kontakte ou.
   *[adult] { $name } ({ $role }) konsilte règ kontak yo.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } chanje kiyès ki ka pale avèk ou.
    [child] { $name } ({ $role }) chanje kiyès ki gen dwa kontakte ou.
   *[adult] { $name } ({ $role }) chanje yon règ kontak.
}
access-case-link = { $band ->
    [young] { $name } mete dosye ou ansanm ak dosye frè ou oswa sè ou.
    [child] { $name } ({ $role }) lye dosye ou ak dosye yon frè oswa yon sè ou.
   *[adult] { $name } ({ $role }) lye dosye a ak dosye yon frè oswa yon sè timoun nan.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } fè yon nouvo kòd pou yon telefòn.
    [child] { $name } ({ $role }) fè yon nouvo kòd koneksyon pou yon moun nan dosye ou.
   *[adult] { $name } ({ $role }) bay yon manm dosye a yon nouvo kòd enskripsyon.
}
access-case-access-log-view = { $band ->
    [young] { $name } gade lis sa a.
    [child] { $name } ({ $role }) gade lis sa a, ki montre kiyès ki wè dosye ou.
   *[adult] { $name } ({ $role }) konsilte jounal aksè sa a.
}
access-case-export = { $band ->
    [young] { $name } fè yon kopi dosye ou.
    [child] { $name } ({ $role }) fè yon kopi dosye ou pou voye l bay yon lòt sèvis.
   *[adult] { $name } ({ $role }) ekspòte dosye a.
}
access-case-status-view = { $band ->
    [young] { $name } gade ki kote dosye ou ye.
    [child] { $name } ({ $role }) gade nan ki etap dosye ou ye.
   *[adult] { $name } ({ $role }) konsilte estati dosye a.
}
access-case-stage-correct = { $band ->
    [young] { $name } ranje etap dosye ou.
    [child] { $name } ({ $role }) korije etap dosye ou.
   *[adult] { $name } ({ $role }) korije etap dosye a.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } mande pou ranje etap dosye ou. Yon lòt moun dwe dakò anvan.
    [child] { $name } ({ $role }) mande pou korije etap dosye ou. Yon dezyèm sipèvizè dwe dakò anvan.
   *[adult] { $name } ({ $role }) pwopoze yon koreksyon etap dosye a, pou yon dezyèm sipèvizè apwouve.
}
access-case-stage-correct-withdraw = { $band ->
    [young] Yo kanpe yon demand pou ranje etap dosye ou. Anyen pa chanje.
    [child] { $name } ({ $role }) fèmen yon demand pou korije etap dosye ou. Anyen pa chanje.
   *[adult] { $name } ({ $role }) fèmen yon pwopozisyon koreksyon etap. Etap dosye a pa chanje.
}
access-stage-corrections-list = { $band ->
    [young] { $name } gade lis etap k ap tann pou yo ranje.
    [child] { $name } ({ $role }) gade lis koreksyon k ap tann apwobasyon.
   *[adult] { $name } ({ $role }) konsilte koreksyon etap k ap tann apwobasyon yo.
}
access-case-access-refused = { $band ->
    [young] { $name } eseye louvri dosye ou. Li pa t gen dwa, kidonk li pa wè anyen.
    [child] { $name } ({ $role }) eseye louvri dosye ou, men li pa t gen dwa. Li pa wè anyen.
   *[adult] { $name } ({ $role }) eseye jwenn enfòmasyon dosye a, men yo refize l. Yo pa montre l anyen, e anyen pa chanje.
}
access-case-member-remove = { $band ->
    [young] { $name } retire yon moun nan dosye ou.
    [child] { $name } ({ $role }) retire yon moun nan dosye ou.
   *[adult] { $name } ({ $role }) retire yon moun nan dosye a.
}
access-cases-list = { $band ->
    [young] { $name } gade lis dosye pa li.
    [child] { $name } ({ $role }) gade lis dosye pa li.
   *[adult] { $name } ({ $role }) konsilte lis dosye pa li.
}
access-metrics-stages-view = { $band ->
    [young] { $name } gade kèk chif sou anpil dosye.
    [child] { $name } ({ $role }) gade chif sou tout dosye yo, san non moun.
   *[adult] { $name } ({ $role }) konsilte chif etap yo pou tout dosye yo.
}
access-staff-create = { $band ->
    [young] { $name } ajoute yon nouvo moun k ap ede.
    [child] { $name } ({ $role }) fè yon kont pou yon moun nan ekip la.
   *[adult] { $name } ({ $role }) kreye yon kont pou yon manm pèsonèl.
}
access-staff-code-reissue = { $band ->
    [young] { $name } fè yon nouvo kòd pou telefòn yon moun k ap ede.
    [child] { $name } ({ $role }) fè yon nouvo kòd koneksyon pou yon moun nan ekip la.
   *[adult] { $name } ({ $role }) bay yon nouvo kòd enskripsyon pou kont yon manm pèsonèl.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } ekri kiyès ki chèf yon moun k ap ede.
    [child] { $name } ({ $role }) anrejistre kiyès ki sipèvize yon moun nan ekip la.
   *[adult] { $name } ({ $role }) anrejistre kiyès ki sipèvize kont yon manm pèsonèl.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] Yo ajoute yon nouvo telefòn nan kont ou. Se { $name } ki bay kòd la.
        [child] Yo ajoute yon nouvo telefòn nan kont ou, ak yon kòd { $name } ({ $role }) bay.
       *[adult] Yo anrejistre yon nouvo aparèy sou kont ou, ak yon kòd enskripsyon { $name } ({ $role }) bay.
    }
    [child] { $band ->
        [young] Yo ajoute yon nouvo telefòn nan kont timoun nan. Se { $name } ki bay kòd la.
        [child] Yo ajoute yon nouvo telefòn nan kont timoun nan, ak yon kòd { $name } ({ $role }) bay.
       *[adult] Yo anrejistre yon nouvo aparèy sou kont timoun nan, ak yon kòd enskripsyon { $name } ({ $role }) bay.
    }
   *[other] { $band ->
        [young] Yo ajoute yon nouvo telefòn pou yon moun nan dosye ou. Se { $name } ki bay kòd la.
        [child] Yo ajoute yon nouvo telefòn pou yon moun nan dosye ou, ak yon kòd { $name } ({ $role }) bay.
       *[adult] Yo anrejistre yon nouvo aparèy pou yon manm dosye a, ak yon kòd enskripsyon { $name } ({ $role }) bay.
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } chanje lang aplikasyon an pale avèk li.
    [child] { $name } ({ $role }) chanje lang li chwazi nan aplikasyon an.
   *[adult] { $name } ({ $role }) mete preferans lang li ajou.
}
access-account-export = { $band ->
    [young] { $name } fè yon kopi pwòp enfòmasyon li.
    [child] { $name } ({ $role }) telechaje yon kopi pwòp enfòmasyon li.
   *[adult] { $name } ({ $role }) ekspòte pwòp done li.
}
access-devices-list = { $band ->
    [young] { $name } gade telefòn yon kont.
    [child] { $name } ({ $role }) gade ki telefòn yon kont ap itilize.
   *[adult] { $name } ({ $role }) konsilte lis aparèy yon kont.
}
access-device-revoke = { $band ->
    [young] { $name } dekonekte yon telefòn.
    [child] { $name } ({ $role }) retire yon telefòn nan yon kont.
   *[adult] { $name } ({ $role }) anile aksè yon aparèy.
}
access-keys-upload = { $band ->
    [young] { $name } prepare yon telefòn pou mesaj prive.
    [child] { $name } ({ $role }) pataje nouvo kle pou mesaj prive.
   *[adult] { $name } ({ $role }) voye nouvo kle chifreman.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } pare pou voye yon mesaj prive.
    [child] { $name } ({ $role }) pran kle yo pou kòmanse yon konvèsasyon prive.
   *[adult] { $name } ({ $role }) rekipere kle chifreman pou kòmanse yon konvèsasyon.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } fè yon nouvo kle pou mesaj prive.
    [child] { $name } ({ $role }) mete yon nouvo kle pou mesaj prive.
   *[adult] { $name } ({ $role }) mete yon nouvo kle aksè pou mesaj ki kache moun ki voye yo (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name } tcheke si lis kiyès ki fè kisa a an sekirite.
    [child] { $name } ({ $role }) tcheke si pèsonn pa chanje lis kiyès ki fè kisa a.
   *[adult] { $name } ({ $role }) verifye jounal odit la.
}
access-retention-run = { $band ->
    [young] Yo efase ansyen enfòmasyon, jan règ yo di.
    [child] Yo efase ansyen enfòmasyon, jan règ yo di.
   *[adult] Travay konsèvasyon an efase done ki te rive nan limit tan yo.
}
access-retention-dry-run = { $band ->
    [young] Yon moun tcheke ki ansyen enfòmasyon yo ka efase. Yo pa efase anyen.
    [child] Yon moun tcheke ki ansyen enfòmasyon yo ka efase. Yo pa efase anyen.
   *[adult] Yon tès travay konsèvasyon an konte done ki pou efase yo. Yo pa efase anyen.
}
access-server-start = { $band ->
    [young] Òdinatè Kinbridge la limen.
    [child] Sèvè Kinbridge la demare.
   *[adult] Sèvè a demare.
}
access-other = { $band ->
    [young] { $name } fè yon bagay nan dosye ou.
    [child] { $name } ({ $role }) fè yon bagay nan dosye ou.
   *[adult] { $name } ({ $role }) fè yon aksyon sou dosye a.
}
access-someone = Yon moun nan ekip la
access-consent-age-set = { $band ->
    [young] { $name } ekri laj ou.
    [child] { $name } ({ $role }) anrejistre laj ou.
   *[adult] { $name } ({ $role }) anrejistre laj timoun nan.
}
access-consent-decide = { $band ->
    [young] { $name } di wi oswa non pou yon kesyon sou ou.
    [child] { $name } ({ $role }) anrejistre yon wi oswa yon non pou yon kesyon konsantman.
   *[adult] { $name } ({ $role }) anrejistre yon desizyon konsantman.
}
access-consent-withdraw = { $band ->
    [young] { $name } mande pou sispann yon bagay yo te dakò anvan.
    [child] { $name } ({ $role }) retire yon konsantman.
   *[adult] { $name } ({ $role }) retire yon konsantman.
}
access-consent-list = { $band ->
    [young] { $name } gade sa yo te dakò pou ou.
    [child] { $name } ({ $role }) gade konsantman ou yo.
   *[adult] { $name } ({ $role }) konsilte konsantman yo.
}
access-consent-override-request = { $band ->
    [young] { $name } mande pou kontinye san yon wi, pou ou rete an sekirite.
    [child] { $name } ({ $role }) mande pou kontinye san konsantman, pou sekirite ou.
   *[adult] { $name } ({ $role }) mande pou yo mete yon desizyon konsantman sou kote, nan enterè siperyè timoun nan.
}
access-consent-override-approve = { $band ->
    [young] { $name } dakò pou kontinye san yon wi, pou ou rete an sekirite.
    [child] { $name } ({ $role }) apwouve pou kontinye san konsantman, pou sekirite ou.
   *[adult] { $name } ({ $role }) apwouve pou yo mete yon desizyon konsantman sou kote.
}
access-consent-request = { $band ->
    [young] { $name } mande ou si ou dakò ak yon bagay.
    [child] { $name } ({ $role }) mande konsantman ou.
   *[adult] { $name } ({ $role }) mande yon konsantman.
}
access-view-request = { $band ->
    [young] { $name } mande ou sa ou panse.
    [child] { $name } ({ $role }) mande opinyon ou sou yon desizyon.
   *[adult] { $name } ({ $role }) mande opinyon timoun nan sou yon desizyon.
}
access-view-give = { $band ->
    [young] { $name } di sa l panse.
    [child] { $name } ({ $role }) bay opinyon l sou yon desizyon.
   *[adult] { $name } ({ $role }) bay yon opinyon sou yon desizyon.
}
access-views-list = { $band ->
    [young] { $name } gade ki moun ki di sa yo panse.
    [child] { $name } ({ $role }) gade ki moun ki bay opinyon yo.
   *[adult] { $name } ({ $role }) konsilte ki opinyon yo te mande ak ki opinyon yo te bay.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } fè yon plent.
    [child] { $name } ({ $role }) fè yon plent.
   *[adult] { $name } ({ $role }): yon plent fèt.
}
access-complaint-read = { $band ->
    [young] { $name } li yon plent avèk nimewo resi li.
    [child] { $name } ({ $role }) li yon plent avèk nimewo resi li.
   *[adult] { $name } ({ $role }): yo li yon plent avèk nimewo resi li.
}
access-complaint-follow-up = { $band ->
    [young] { $name } ajoute yon bagay nan yon plent avèk nimewo resi li.
    [child] { $name } ({ $role }) ajoute yon bagay nan yon plent avèk nimewo resi li.
   *[adult] { $name } ({ $role }): yo ajoute enfòmasyon nan yon plent avèk nimewo resi li.
}
access-complaints-list = { $band ->
    [young] { $name } gade lis plent yo.
    [child] { $name } ({ $role }) gade lis plent yo.
   *[adult] { $name } ({ $role }) konsilte lis plent k ap tann yo.
}
access-complaint-view = { $band ->
    [young] { $name } gade yon plent.
    [child] { $name } ({ $role }) louvri yon plent.
   *[adult] { $name } ({ $role }) louvri yon plent.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } di li li yon plent.
    [child] { $name } ({ $role }) konfime li resevwa yon plent.
   *[adult] { $name } ({ $role }) konfime li resevwa yon plent.
}
access-complaint-status-change = { $band ->
    [young] { $name } chanje kote yon plent ye.
    [child] { $name } ({ $role }) chanje estati yon plent.
   *[adult] { $name } ({ $role }) chanje estati yon plent.
}
access-complaint-reply = { $band ->
    [young] { $name } ekri sou yon plent.
    [child] { $name } ({ $role }) ekri yon repons oswa yon nòt sou yon plent.
   *[adult] { $name } ({ $role }) ekri yon repons oswa yon nòt entèn sou yon plent.
}
access-complaint-triage = { $band ->
    [young] { $name } klase yon plent.
    [child] { $name } ({ $role }) klase yon plent (ki moun k ap okipe l, etikèt).
   *[adult] { $name } ({ $role }) fè triyaj yon plent.
}
access-complaint-keys-share = { $band ->
    [young] { $name } kite yon nouvo telefòn nan ekip plent la li yon plent.
    [child] { $name } ({ $role }) kite yon nouvo telefòn nan ekip plent la li yon plent.
   *[adult] { $name } ({ $role }) pataje kle yon plent ak yon aparèy yo te ajoute pita nan ekip plent la.
}
access-complaint-escalate = { $band ->
    [young] Yo voye yon plent ijan bay plis moun.
    [child] Yo voye yon plent ijan bay pwochen moun ki de gad yo.
   *[adult] Yo voye yon plent ijan pesonn pa t konfime bay pwochen nivo moun ki de gad.
}
access-complaint-deadline-warn = { $band ->
    [young] Yon plent ap tann twò lontan.
    [child] Delè yon plent prèske rive, oswa li deja pase.
   *[adult] Delè yon plent rive nan 80 %, oswa li pase.
}
access-complaint-identity-request = { $band ->
    [young] { $name } mande ki moun ki fè yon plent.
    [child] { $name } ({ $role }) mande pou l konnen ki moun ki fè yon plent.
   *[adult] { $name } ({ $role }) mande idantite moun ki fè yon plent.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } deside si yon moun ka konnen ki moun ki fè yon plent.
    [child] { $name } ({ $role }) pran yon desizyon sou yon demand pou konnen ki moun ki fè yon plent.
   *[adult] { $name } ({ $role }) pran yon desizyon sou yon demand idantite.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } aprann ki moun ki fè yon plent.
    [child] { $name } ({ $role }) aprann ki moun ki fè yon plent, apre yo te apwouve sa.
   *[adult] { $name } ({ $role }) li idantite moun ki fè yon plent, apre apwobasyon.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } chanje ki moun ki ka deside sou non moun nan plent yo.
    [child] { $name } ({ $role }) chanje ki moun ki responsab non yo nan plent yo.
   *[adult] { $name } ({ $role }) chanje wòl responsab non yo nan ekip plent la.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } chanje ki moun ki de gad pou plent yo.
    [child] { $name } ({ $role }) chanje lè li de gad pou plent yo.
   *[adult] { $name } ({ $role }) chanje nivo gad li pou plent ijan yo.
}
access-complaint-expiry-warn = { $band ->
    [young] Yo pral efase yon ansyen plent byento.
    [child] Yo pral efase yon plent ki fèmen byento.
   *[adult] Yo make yon plent ki fèmen pou efase apre peryòd avètisman an.
}
access-complaint-delete = { $band ->
    [young] Yo efase yon ansyen plent.
    [child] Yo efase yon plent ki fèmen.
   *[adult] Yo efase yon plent ki fèmen.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } gade chif sou plent yo.
    [child] { $name } ({ $role }) gade chif sou plent yo.
   *[adult] { $name } ({ $role }) konsilte chif plent yo.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
# Kreyòl ayisyen (ht): check in = "di kijan li ye" / "montre kijan li santi l" (young);
# call for help = "demand èd"; on duty = "ki de gad"; alert = "alèt".
access-checkin-record = { $band ->
    [young] { $name } montre kijan li santi l.
    [child] { $name } ({ $role }) di kijan li ye.
   *[adult] { $name } ({ $role }) di kijan li ye.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } chwazi konbyen fwa ou ka montre kijan ou santi ou.
    [child] { $name } ({ $role }) chwazi chak konbyen tan yo pwopoze ou di kijan ou ye.
   *[adult] { $name } ({ $role }) fikse chak konbyen tan yo pwopoze timoun nan di kijan li ye.
}
access-checkins-list = { $band ->
    [young] { $name } gade ki lè ou te montre kijan ou santi ou.
    [child] { $name } ({ $role }) gade ki lè ou te di kijan ou ye.
   *[adult] { $name } ({ $role }) konsilte ki lè timoun nan te di kijan li ye.
}
access-help-request = { $band ->
    [young] { $name } mande èd kounye a menm.
    [child] { $name } ({ $role }) mande èd ijan.
   *[adult] { $name } ({ $role }) mande èd ijan.
}
access-missing-flag = { $band ->
    [young] { $name } di li pa konnen kote ou ye.
    [child] { $name } ({ $role }) fè konnen ou disparèt.
   *[adult] { $name } ({ $role }) deklare timoun nan disparèt.
}
access-alert-escalate = { $band ->
    [young] Yo avèti plis moun k ap ede.
    [child] Yo avèti plis moun ki de gad, paske pesonn poko te reponn.
   *[adult] Alèt la ale nan pwochen nivo moun ki de gad: pesonn pa t konfime li resevwa l.
}
access-alert-acknowledge = { $band ->
    [young] { $name } wè demand èd la.
    [child] { $name } ({ $role }) wè alèt la epi li pran l an chaj.
   *[adult] { $name } ({ $role }) konfime li resevwa alèt la.
}
access-alert-resolve = { $band ->
    [young] { $name } fèmen demand èd la.
    [child] { $name } ({ $role }) fèmen alèt la.
   *[adult] { $name } ({ $role }) make alèt la kòm rezoud.
}
access-alert-list = { $band ->
    [young] { $name } gade demand èd yo.
    [child] { $name } ({ $role }) gade alèt ki louvri yo.
   *[adult] { $name } ({ $role }) konsilte alèt ki louvri yo.
}
access-alert-metrics = { $band ->
    [young] { $name } gade chif sou demand èd yo.
    [child] { $name } ({ $role }) gade chif sou alèt yo (san non moun).
   *[adult] { $name } ({ $role }) konsilte chif total alèt yo.
}
access-roster-set = { $band ->
    [young] { $name } chanje ki moun ki de gad.
    [child] { $name } ({ $role }) chanje ki moun ki de gad pou alèt yo.
   *[adult] { $name } ({ $role }) chanje orè gad la.
}
access-case-risk-set = { $band ->
    [young] { $name } chwazi kiyès nan moun k ap ede yo ki pou konnen an premye.
    [child] { $name } ({ $role }) chwazi ki espesyalis yo avèti an premye lè gen yon alèt.
   *[adult] { $name } ({ $role }) fikse nivo risk dosye a, ki deside kote alèt yo ale.
}
