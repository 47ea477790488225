"""Shared fixtures of the Python tests: the package under test comes from PYTHONPATH (the build
tree's python/ or an installed prefix), the CLI to compare with from TEXTNORM_CLI."""

import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli():
    """Runs `textnorm ARGS` on bytes and returns its standard output (bytes)."""
    path = os.environ.get("TEXTNORM_CLI")
    if not path:
        pytest.skip("TEXTNORM_CLI is not set")

    def run(args, data):
        return subprocess.run([path, *args], input=data, stdout=subprocess.PIPE, check=True).stdout

    return run


@pytest.fixture(scope="session")
def samples():
    """The bundled samples as (name, text) with their line breaks as they are."""
    files = sorted((SOURCE_DIR / "samples").glob("*.txt"))
    assert files, "no samples"
    return [(f.name, f.read_bytes().decode("utf-8")) for f in files]


@pytest.fixture(scope="session")
def normalizer():
    import textnorm
    return textnorm.Normalizer()
