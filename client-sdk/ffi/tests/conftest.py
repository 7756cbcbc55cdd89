import sys
import pathlib

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "bindings" / "python"))

import kinbridge_ffi as kb  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def sdk_runtime():
    """The SDK's threads finish before the interpreter does (see `shutdown`)."""
    yield
    kb.shutdown()
