"""The Python bindings drive the real server: the proof that an app can do everything
through them. Run by .ci/run after tools/ffi-bindings.sh:

    KINBRIDGE_BIN=target/debug/kinbridge python -m pytest client-sdk/ffi/tests
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "client-sdk" / "ffi" / "examples"))

from walkthrough import settings, walkthrough  # noqa: E402
import kinbridge_ffi as kb  # noqa: E402

ARABIC = re.compile("[\u0600-\u06ff]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: pathlib.Path):
        self.bin = os.environ.get("KINBRIDGE_BIN", str(ROOT / "target" / "debug" / "kinbridge"))
        self.data_dir = data_dir
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("KINBRIDGE_")}
        env["RUST_LOG"] = "warn"
        self.env = env
        self.log = open(data_dir / "server.log", "wb")
        self.proc = subprocess.Popen(
            [self.bin, "--data-dir", str(data_dir), "serve", "--bind", f"127.0.0.1:{port}"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/v1/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {(data_dir / 'server.log').read_text()}")
            time.sleep(0.2)

    def staff_code(self, role: str, name: str) -> str:
        out = subprocess.run(
            [self.bin, "--data-dir", str(self.data_dir), "admin", "create-staff",
             "--role", role, "--name", name],
            env=self.env, capture_output=True, text=True, check=True,
        ).stdout
        match = re.search(r"One-time enrolment code: (\S+)", out)
        assert match, out
        return match.group(1)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture
def server(tmp_path):
    s = Server(tmp_path)
    yield s
    s.stop()


def test_a_child_and_a_guardian_do_everything_through_the_bindings(server, tmp_path):
    said: list[str] = []
    facts = asyncio.run(walkthrough(server.url, server.staff_code("caseworker", "Caseworker Ana"),
                                    say=said.append, data_dir=str(tmp_path)))

    # Messages both ways, decrypted on the phones.
    assert facts.child_got == b"Hello, I am your guardian. I will visit you on Tuesday."
    assert facts.guardian_got.decode() == "شكرا، أراك يوم الثلاثاء"

    # The child reads the case in Arabic, right to left, in words for 10-12.
    s = facts.status
    assert (s.locale, s.direction, s.audience, s.stage, s.live) == ("ar", "rtl", "10-12", "registered", True)
    assert ARABIC.search(s.title) and ARABIC.search(s.meaning), s

    # The stage change arrives as an event, rendered for the child.
    e = facts.stage_event
    assert e.status.stage == "tracing" and e.status.locale == "ar"
    assert ARABIC.search(e.headline), e.headline

    # Both phones compute the same 60-digit safety number.
    assert re.fullmatch(r"\d{60}", facts.safety_child.replace(" ", "")), facts.safety_child
    assert facts.safety_child == facts.safety_guardian

    # Revoked: the app is told, its store is erased, calls say so, nothing reopens.
    assert facts.revoked_event.store_erased is True
    err = facts.after_revocation
    assert isinstance(err, kb.KinbridgeError.Revoked), repr(err)
    assert err.code == "sdk.revoked"
    assert ARABIC.search(err.message), err.message
    assert facts.reopened is None

    # The walkthrough said each step in plain words.
    text = "\n".join(said)
    for words in ("enrols", "encrypted", "Arabic", "safety numbers", "disconnects"):
        assert words in text, text


def test_errors_cross_as_one_enum_with_a_code_and_a_message_in_the_persons_language(server):
    async def run():
        cw = await kb.enrol(settings(server.url, ["en"]), server.staff_code("caseworker", "Caseworker Ana"))
        case = await cw.create_case()
        child = await kb.enrol(
            settings(server.url, ["ar"]),
            (await cw.invite_child(case.case_id, "6-9", "ar", None)).code,
        )

        # A value the app got wrong: refused before anything is sent, naming the field.
        with pytest.raises(kb.KinbridgeError.InvalidInput) as bad:
            await cw.invite_child(case.case_id, "99-100", "ar", None)
        assert (bad.value.code, bad.value.field) == ("sdk.invalid_input", "age_band")
        assert "age_band" in bad.value.message
        with pytest.raises(kb.KinbridgeError.InvalidInput) as bad:
            await cw.send_message("not-an-account", b"x")
        assert bad.value.field == "to"

        # A refusal by the server: its stable code and its message, in Arabic for the child.
        with pytest.raises(kb.KinbridgeError.Refused) as refused:
            await child.create_case()
        assert refused.value.code == "auth.forbidden"
        assert refused.value.status == 403
        assert ARABIC.search(refused.value.message), refused.value.message

        # Nothing changed: the caseworker still has one case with two members.
        assert len(await cw.my_cases()) == 1
        assert len(await cw.case_members(case.case_id)) == 2

        # Offline: the SDK's own code and message, in the child's language.
        offline = settings("http://127.0.0.1:9", ["ar"])
        with pytest.raises(kb.KinbridgeError.Offline) as off:
            await kb.enrol(offline, "whatever-code")
        assert off.value.code == "sdk.offline"
        assert ARABIC.search(off.value.message), off.value.message

    asyncio.run(run())


def test_the_store_opens_only_with_its_key(server, tmp_path):
    async def run():
        path = str(tmp_path / "phone.db")
        key = os.urandom(32)
        cw = await kb.enrol(settings(server.url, ["fr"], path, key),
                            server.staff_code("caseworker", "Caseworker Ana"))
        account = cw.account_id()
        del cw

        with pytest.raises(kb.KinbridgeError.Store) as wrong:
            kb.open(settings(server.url, ["fr"], path, os.urandom(32)))
        assert wrong.value.code == "sdk.store_key"
        assert "clé" in wrong.value.message, wrong.value.message

        with pytest.raises(kb.KinbridgeError.InvalidInput) as short:
            kb.open(settings(server.url, ["fr"], path, b"short"))
        assert short.value.field == "store_key"

        again = kb.open(settings(server.url, ["fr"], path, key))
        assert again is not None and again.account_id() == account
        assert (await again.me()).role == "caseworker"

        raw = pathlib.Path(path).read_bytes()
        assert b"SQLite format 3" not in raw and account.encode() not in raw

    asyncio.run(run())


def test_a_cancelled_wait_for_the_next_event_loses_nothing(server):
    async def run():
        cw = await kb.enrol(settings(server.url, ["en"]), server.staff_code("caseworker", "Caseworker Ana"))
        case = await cw.create_case()
        child = await kb.enrol(
            settings(server.url, ["en"]),
            (await cw.invite_child(case.case_id, "13-15", "en", None)).code,
        )
        events = child.events()
        while not (await events.next()).is_synced():
            pass
        # The app gives up waiting (a timeout), several times: no event is taken.
        for _ in range(3):
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(events.next(), 0.2)
        await cw.send_message(child.account_id(), b"are you there?")
        while True:
            e = await asyncio.wait_for(events.next(), 10)
            if e.is_message_received():
                break
        assert bytes(e.message.body) == b"are you there?"
        await events.close()
        assert await events.next() is None

    asyncio.run(run())
