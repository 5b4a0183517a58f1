"""Shared fixtures: the classifier on the bundled config, and the labelled data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify import Classifier
from bot.paths import PROJECT_ROOT

#: The labelled data in the repository (eval/README.md gives its licences and attribution).
EVAL_DIR = PROJECT_ROOT / "eval"


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier.from_config(PROJECT_ROOT / "config")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return EVAL_DIR


@pytest.fixture(scope="session")
def rules() -> Classifier:
    """The rules alone, without the topic gate: what the principle tests hold to."""
    return Classifier.from_config(PROJECT_ROOT / "config", with_gate=False)
