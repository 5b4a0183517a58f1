"""The news-topic gate: a small linear model that tells armed-conflict and crime news from ordinary
news (politics, sport, business, arts, science, health, disasters and accidents).

The rules find the words of violence; the gate asks whether the item is about violence at all.
Where the rules found a strike, an attack or a casualty and the gate scores the item clearly as
ordinary news ("France set up a Fed Cup final clash", "a bus crash kills 17"), those types are
dropped. The gate never adds a type: it can only veto.

The model is logistic regression over the item's words and word pairs, trained by
bot/classify/train_gate.py on the `train` split of eval/wcep.jsonl.gz (Wikipedia Current Events
Portal summaries; the portal's section is the weak label: conflict and crime sections against the
others). The weights (gate_weights.json, beside this module) are derived from text by Wikipedia
contributors under CC BY-SA 4.0, and are shared under the same licence with that attribution.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Final

from bot.classify.taxonomy import TaxonomyError

#: The shipped weights, beside this module.
WEIGHTS_PATH: Final = Path(__file__).resolve().parent / "gate_weights.json"
#: Model features shown when the gate decided: the few that pulled hardest towards its verdict.
EXPLAINED_FEATURES: Final = 4
#: The token of any number: a count or a year says little about the topic, its place in a phrase does.
NUMBER_TOKEN: Final = "#"
#: The log-odds at which conflict or crime news is as likely as ordinary news.
EVEN_ODDS: Final = 0.0

_NUMBER: Final = re.compile(r"\d[\d,.]*")
_TOKEN: Final = re.compile(r"[a-z]+(?:['’][a-z]+)?|#")
#: Prefix of the features that name a taxonomy category the rules found ("@weapon", "@armed_group").
CATEGORY_PREFIX: Final = "@"


def features(text: str, categories: Iterable[str] = ()) -> set[str]:
    """The item's words and adjacent word pairs (lower case, numbers as NUMBER_TOKEN), and the
    taxonomy categories the rules' phrase matcher found in it."""
    tokens = _TOKEN.findall(_NUMBER.sub(NUMBER_TOKEN, text.lower()))
    found = set(tokens)
    found.update(map(" ".join, zip(tokens, tokens[1:], strict=False)))
    found.update([CATEGORY_PREFIX + category for category in categories])
    return found


@dataclass(frozen=True, slots=True)
class GateVerdict:
    """Why the gate took violence out of an item: its score (log-odds of conflict or crime news)
    and the features of the item that pulled hardest towards ordinary news."""

    score: float
    strongest: tuple[tuple[str, float], ...]

    def describe(self) -> str:
        shown = ", ".join(f"'{feature}' {weight:+.2f}" for feature, weight in self.strongest)
        return f"topic gate: reads as ordinary news (score {self.score:+.2f}; {shown})"


class TopicGate:
    """Logistic regression over sparse binary features: a dict of weights and a bias."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        #: an item scoring below this (log-odds) is ordinary news
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> TopicGate:
        """The gate of a weights file; a file that is missing or broken is a TaxonomyError naming it."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            weights = {str(feature): float(weight) for feature, weight in data["weights"].items()}
            return cls(weights, float(data["bias"]), float(data["threshold"]))
        except OSError as exc:
            raise TaxonomyError(f"{path}: cannot read the topic gate's weights: {exc.strerror or exc} "
                                "(reinstall sitrep, or retrain: python -m bot.classify.train_gate)") from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TaxonomyError(f"{path}: not a topic gate weights file ({type(exc).__name__}: {exc}); "
                                "retrain it: python -m bot.classify.train_gate") from exc

    def score(self, text: str, categories: Iterable[str] = ()) -> float:
        """The log-odds that the item is conflict or crime news."""
        found = features(text, categories)
        return self.bias + sum(map(self.weights.get, found, repeat(0.0, len(found))))

    def leans_to_conflict(self, score: float) -> bool:
        """Whether an item of this score is more likely conflict or crime news than ordinary news.
        Asked of an item whose violence rests on words an accident shares ("an explosion kills six",
        "eight killed") with no weapon or armed actor named: the words alone cannot tell, the topic
        must."""
        return score >= EVEN_ODDS

    def vetoes(self, score: float) -> bool:
        """Whether an item of this score is clearly ordinary news."""
        return score < self.threshold

    def verdict(self, text: str, categories: Iterable[str] = ()) -> GateVerdict:
        """The score and the features that pulled the item hardest towards ordinary news."""
        present = [(feature, self.weights[feature]) for feature in features(text, categories)
                   if feature in self.weights]
        score = self.bias + sum(weight for _, weight in present)
        present.sort(key=lambda pair: pair[1])
        strongest = tuple((feature, round(weight, 3)) for feature, weight in present[:EXPLAINED_FEATURES] if weight < 0)
        return GateVerdict(score=round(score, 3), strongest=strongest)
