# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.
# ps: polite plural (تاسو) is used here, because readers of every age see the same text.

error-request-malformed-json = اپلیکېشن داسې یو شی ولېږه چې سرور یې نه شي لوستلای. لطفاً بیا هڅه وکړئ.
error-request-invalid-field = اپلیکېشن داسې ارزښت ولېږه چې سرور یې نه شي کارولای: { $field }.
error-request-unknown-field = اپلیکېشن داسې یو شی ولېږه چې سرور یې نه پېژني: { $field }.
error-request-body-too-large = دا د لېږلو لپاره ډېر لوی دی.
error-request-unsupported-media-type = اپلیکېشن دا په داسې بڼه ولېږه چې سرور یې نه مني.
error-request-invalid-id = دا لینک یا پېژند سم نه دی.
error-request-unknown-route = دلته هېڅ شی نشته.
error-request-method-not-allowed = دا کار دلته نه شي کېدای.
error-auth-credential-missing = د دې کار لپاره لطفاً لومړی ننوځئ.
error-auth-credential-invalid = دا ټیلیفون نه پېژندل کېږي. له خپل ټولنیز کارکوونکي څخه مرسته وغواړئ.
error-auth-device-revoked = د دې ټیلیفون اړیکه پرې کړل شوه. له خپل ټولنیز کارکوونکي څخه نوی کوډ وغواړئ.
error-auth-forbidden = تاسو د دې کار اجازه نه لرئ.
error-enrolment-code-invalid = دا کوډ سم نه دی. کوډ وګورئ او بیا هڅه وکړئ.
error-enrolment-code-expired = د دې کوډ وخت تېر شوی دی. له خپل ټولنیز کارکوونکي څخه نوی کوډ وغواړئ.
error-enrolment-code-used = دا کوډ مخکې کارول شوی دی. له خپل ټولنیز کارکوونکي څخه نوی کوډ وغواړئ.
error-enrolment-rate-limited = ډېرې هڅې وشوې. لطفاً لږ صبر وکړئ او بیا هڅه وکړئ.
error-keys-invalid-key = اپلیکېشن داسې امنیتي کیلي ولېږله چې سرور یې نه شي لوستلای.
error-keys-invalid-signature = اپلیکېشن داسې امنیتي کیلي ولېږله چې تایید نه شوه.
error-keys-invalid-registration-id = اپلیکېشن داسې شمېره ولېږله چې سرور یې نه شي کارولای.
error-case-not-found = دا دوسیه پیدا نه شوه.
error-case-stage-transition-not-allowed = دوسیه له اوسني پړاو څخه هغه پړاو ته نه شي تللای.
error-case-member-not-found = دا کس په دې دوسیه کې شامل نه دی.
error-case-already-member = دا کس دمخه په دې دوسیه کې شامل دی.
error-case-not-assignable-staff = یوازې ټولنیز کارکوونکي، سرپرستان او وکیلان په دې ډول اضافه کېدای شي.
error-case-link-invalid = دا دوسیې یو له بل سره نه شي نښلول کېدای.
error-case-contact-rule-invalid = د اړیکې قاعده له دې دوسیې څخه دوو بېلابېلو کسانو ته اړتیا لري.
error-account-not-found = دا کس پیدا نه شو.
error-device-not-found = دا وسیله پیدا نه شوه.
error-device-still-active = په دې حساب کې لا هم یو فعال ټیلیفون شته. لومړی د هغه ټیلیفون اړیکه پرې کړئ، بیا نوی کوډ جوړ کړئ.
error-messages-mailbox-full = دا کس تر هغو نور پیغامونه نه شي ترلاسه کولای چې خپل پاتې پیغامونه ونه لولي. وروسته بیا هڅه وکړئ.
error-server-internal = زموږ له خوا یوه ستونزه پېښه شوه. هېڅ شی بدل نه شو. لطفاً بیا هڅه وکړئ.
error-server-unavailable = خدمت اوس بوخت دی. لطفاً یوه دقیقه وروسته بیا هڅه وکړئ.
error-contact-not-allowed = تاسو اوس دې کس ته پیغام نه شئ لېږلای. له خپل ټولنیز کارکوونکي څخه وپوښتئ چې ولې.
error-messages-mismatched-devices = اپلیکېشن باید د دې کس د ټیلیفونونو لیست تازه کړي. بیا به هڅه وکړي.
error-messages-stale-devices = د دې کس یو ټیلیفون له سره تنظیم شوی دی. اپلیکېشن به بیا هڅه وکړي.
error-messages-too-large = دا پیغام د لېږلو لپاره ډېر لوی دی.
error-keys-rate-limited = له دې کس سره د اړیکې لپاره ډېرې هڅې وشوې. لطفاً لږ صبر وکړئ.
error-keys-too-many = اپلیکېشن په یو ځل ډېرې امنیتي کیلي ولېږلې.
error-messages-access-denied = دا پیغام اوس په دې ډول نه شي لېږل کېدای. وروسته بیا هڅه وکړئ.
error-circle-changed = په دې ډله کې خلک بدل شوي دي. اپلیکیشن به بیا هڅه وکړي.
error-messages-rate-limited = همدا اوس دې کس ته ډېر پیغامونه لېږل شوي. مهرباني وکړئ لږ صبر وکړئ.
