# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# Kreyòl ayisyen (ht): machine draft (AI, 2026-12-03), not reviewed by a native speaker;
# see STATUS.md. "ou" for the reader; caseworker = "responsab dosye".

sdk-error-offline = Aplikasyon an pa ka jwenn sèvè a kounye a. Mesaj ou yo ap tann sou telefòn sa a, epi y ap pati lè gen koneksyon.
sdk-error-unexpected-response = Sèvè a reponn yon fason aplikasyon an pa konprann. Tanpri eseye ankò pita.
sdk-error-store = Telefòn sa a pa t ka sove oswa li done aplikasyon an. Fèmen aplikasyon an, louvri l ankò, epi eseye ankò.
sdk-error-store-key = Yo pa t ka louvri done aplikasyon an sou telefòn sa a ak kle sa a. Anyen pa chanje.
sdk-error-crypto = Telefòn sa a pa t ka fèmen ak kle oswa louvri yon mesaj. Tanpri eseye ankò.
sdk-error-not-enrolled = Telefòn sa a poko prepare. Antre kòd responsab dosye ou te ba ou a.
sdk-error-other-server = Done aplikasyon sa a se pou yon lòt sèvè. Anyen pa chanje.
sdk-error-identity-changed = Nimewo sekirite kontak sa a chanje. Konpare l avèk moun nan fasafas anvan ou ekri l ankò.
sdk-error-revoked-device = Yon mesaj soti nan yon telefòn yo te dekonekte. Yo pa t montre l.
sdk-error-contact-not-allowed = Ou pa ka ekri kont sa a nan aplikasyon an kounye a.
sdk-error-sealed-unavailable = Yon mesaj prive pou kont sa a poko ka ale. Voye yon mesaj nòmal anvan.
sdk-error-notice-mismatch = Tèks sa a se pa tèks aplikasyon an ap tann nan, se sa ki fè yo pa montre l. Mande responsab dosye ou.
sdk-error-receipt-signature = Yo pa t ka verifye resi sa a. Mande responsab dosye ou.
sdk-error-receipt-code-invalid = Nimewo resi sa a pa konplè oswa li gen yon erè nan ekriti a. Verifye l epi eseye ankò.
sdk-error-complaint-unreadable = Yo pa t ka louvri plent sa a sou telefòn sa a.
sdk-error-invalid-input = Aplikasyon an itilize yon valè li pa ka voye: { $field }.
sdk-error-internal = Gen yon bagay ki pa mache nan aplikasyon an. Anyen pa t ale. Tanpri eseye ankò.
sdk-error-revoked = Yo dekonekte telefòn sa a nan kont ou. Yo efase done ki te sou li yo. Mande responsab dosye ou yon nouvo kòd.
