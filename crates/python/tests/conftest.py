"""Shared fixtures: the data beside the repository and the `newsmark` binary to compare with."""

import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]
DATA = pathlib.Path(os.environ.get("NEWSMARK_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def cli() -> str:
    """The release CLI, built by the test command before the Python tests run."""
    path = os.environ.get("NEWSMARK_CLI", str(REPO / "target" / "release" / "newsmark"))
    if not os.path.exists(path):
        subprocess.run(["cargo", "build", "--release", "--bin", "newsmark"], cwd=REPO, check=True)
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "seed-article.txt").read_text(encoding="utf-8")


def run(cli: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([cli, *args], input=stdin.encode(), capture_output=True, check=True)
