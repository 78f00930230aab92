"""The type stubs describe the compiled module: mypy's stubtest compares
every name, signature and class in `_italiano.pyi` with the runtime."""

import subprocess
import sys

import pytest


def test_stubs_match_the_compiled_module():
    pytest.importorskip("mypy")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "italiano._italiano"],
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert out.returncode == 0, out.stdout + out.stderr
