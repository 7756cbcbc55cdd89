"""The SDK's footprint on a phone-like process, through the bindings: the cold start (open
the encrypted store, connect, drain 100 queued messages) and the memory and CPU of the
SDK when idle with one open socket. Numbers to watch, not gates.

    python3 client-sdk/ffi/examples/footprint.py http://127.0.0.1:8080 <caseworker code>

The child's side runs in a fresh process (`--cold`), so its figures hold only the Python
interpreter, the library and one client.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import resource
import secrets
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "bindings" / "python"))

import kinbridge_ffi as kb  # noqa: E402

MESSAGES = 100


def rss_kib() -> int:
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def settings(url, path=None, key=None, languages=("en",)):
    return kb.ClientSettings(server_url=url, store_path=path, store_key=key,
                             languages=list(languages), trust_root=None)


async def prepare(url: str, code: str, store: str, key: bytes) -> None:
    cw = await kb.enrol(settings(url), code)
    case = await cw.create_case()
    child_code = await cw.invite_child(case.case_id, "13-15", "en", None)
    child = await kb.enrol(settings(url, store, key), child_code.code)
    child_id = child.account_id()
    del child  # the phone is off: what follows waits on the server
    for i in range(MESSAGES):
        outcome = await cw.send_message(child_id, f"message {i:03}".encode())
        assert outcome.is_sent(), outcome


async def cold(url: str, store: str, key: bytes) -> dict:
    before = rss_kib()
    t0 = time.perf_counter()
    child = kb.open(settings(url, store, key))
    assert child is not None
    events = child.events()
    got = 0
    while got < MESSAGES:
        e = await asyncio.wait_for(events.next(), 60)
        if e.is_message_received():
            got += 1
    cold_start = time.perf_counter() - t0
    after_drain = rss_kib()
    await asyncio.sleep(2)
    cpu0, idle0 = cpu_seconds(), time.perf_counter()
    await asyncio.sleep(20)
    idle_cpu = (cpu_seconds() - cpu0) / (time.perf_counter() - idle0)
    idle = rss_kib()
    await events.close()
    return {
        "cold_start_s": round(cold_start, 3),
        "rss_before_client_kib": before,
        "rss_after_drain_kib": after_drain,
        "rss_idle_one_socket_kib": idle,
        "sdk_idle_kib": idle - before,
        "idle_cpu_percent_of_a_core": round(idle_cpu * 100, 3),
    }


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--cold":
        try:
            figures = asyncio.run(cold(sys.argv[2], sys.argv[3], bytes.fromhex(sys.argv[4])))
        finally:
            kb.shutdown()
        print(json.dumps(figures))
        return 0
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    url, code = sys.argv[1].rstrip("/"), sys.argv[2]
    store = os.path.join(tempfile.mkdtemp(prefix="kinbridge-footprint-"), "child.db")
    key = secrets.token_bytes(32)
    try:
        asyncio.run(prepare(url, code, store, key))
    finally:
        kb.shutdown()
    out = subprocess.run([sys.executable, str(HERE), "--cold", url, store, key.hex()],
                         capture_output=True, text=True, check=True)
    print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
