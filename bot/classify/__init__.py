"""The escalation classifier: `classify(title, summary)` -> Event (types, counts, names, evidence).

`classify` uses a default Classifier built on first use from the config directory
(bot.paths.config_dir(), which honours SITREP_CONFIG). Build your own with
`Classifier.from_config(path)` to classify by another vocabulary.
"""

from __future__ import annotations

import threading

from bot.classify.engine import Classifier
from bot.classify.taxonomy import TaxonomyError
from bot.models import Event

__all__ = ["Classifier", "TaxonomyError", "classify", "default_classifier"]

_default: Classifier | None = None
_lock = threading.Lock()


def default_classifier() -> Classifier:
    """The Classifier of the configured config directory, built once (thread-safe)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from bot.paths import config_dir

                _default = Classifier.from_config(config_dir())
    return _default


def classify(title: str, summary: str = "") -> Event:
    return default_classifier().classify(title, summary)

