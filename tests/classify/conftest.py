"""Shared fixtures: the classifier on the bundled config, and the labelled data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify import Classifier
from bot.paths import PROJECT_ROOT

#: ../shared/eval beside the repository (labelled data; not part of the repo).
EVAL_DIR = (Path(__file__).resolve().parents[2] / ".." / "shared" / "eval").resolve()


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier.from_config(PROJECT_ROOT / "config")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL_DIR.is_dir():
        pytest.skip(f"labelled data folder {EVAL_DIR} is absent")
    return EVAL_DIR
