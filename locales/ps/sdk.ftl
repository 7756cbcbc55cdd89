# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# ps: machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.
# Polite plural (تاسو) as in errors.ftl, because readers of every age see the same text.

sdk-error-offline = اپلیکېشن اوس سرور ته نه شي رسېدلای. ستاسو پیغامونه په دې ټیلیفون کې انتظار کوي او کله چې اړیکه وي، لېږل کېږي.
sdk-error-unexpected-response = سرور داسې ځواب ورکړ چې اپلیکېشن پرې نه پوهېږي. لطفاً وروسته بیا هڅه وکړئ.
sdk-error-store = دا ټیلیفون ونه توانېد چې د اپلیکېشن معلومات وساتي یا ولولي. اپلیکېشن بند کړئ، بیا یې پرانیزئ او بیا هڅه وکړئ.
sdk-error-store-key = په دې ټیلیفون کې د اپلیکېشن معلومات په دې کیلي پرانیستل نه شول. هېڅ شی بدل نه شو.
sdk-error-crypto = په دې ټیلیفون کې یو پیغام قلف یا پرانیستل نه شو. لطفاً بیا هڅه وکړئ.
sdk-error-not-enrolled = دا ټیلیفون لا نه دی تنظیم شوی. هغه کوډ ولیکئ چې ستاسو ټولنیز کارکوونکي درکړی دی.
sdk-error-other-server = د دې اپلیکېشن معلومات د بل سرور دي. هېڅ شی بدل نه شو.
sdk-error-identity-changed = د دې کس امنیتي شمېره بدله شوې ده. مخکې له دې چې بیا ورته ولیکئ، دا شمېره له هغه سره مخامخ پرتله کړئ.
sdk-error-revoked-device = یو پیغام له داسې ټیلیفون څخه راغی چې اړیکه یې پرې شوې وه. دا پیغام ونه ښودل شو.
sdk-error-contact-not-allowed = تاسو اوس په اپلیکېشن کې دې حساب ته نه شئ لیکلای.
sdk-error-sealed-unavailable = دې حساب ته لا خصوصي پیغام نه شي لېږل کېدای. لومړی یو عادي پیغام ولېږئ.
sdk-error-notice-mismatch = دا هغه متن نه دی چې اپلیکېشن یې تمه لري، نو نه ښودل کېږي. له خپل ټولنیز کارکوونکي څخه وپوښتئ.
sdk-error-receipt-signature = دا رسید تصدیق نه شو. له خپل ټولنیز کارکوونکي څخه وپوښتئ.
sdk-error-receipt-code-invalid = د رسید دا شمېره بشپړه نه ده، یا په لیکلو کې یې غلطي شوې ده. وګورئ یې او بیا هڅه وکړئ.
sdk-error-complaint-unreadable = دا شکایت په دې ټیلیفون کې پرانیستل نه شو.
sdk-error-invalid-input = اپلیکېشن داسې ارزښت وکاراوه چې نه یې شي لېږلای: { $field }.
sdk-error-internal = په اپلیکېشن کې یوه ستونزه پېښه شوه. هېڅ شی ونه لېږل شو. لطفاً بیا هڅه وکړئ.
sdk-error-revoked = د دې ټیلیفون اړیکه له ستاسو حساب څخه پرې کړل شوه. د دې ټیلیفون معلومات پاک شول. له خپل ټولنیز کارکوونکي څخه نوی کوډ وغواړئ.
