"""The news-topic gate: a small linear model that tells armed-conflict and crime news from ordinary
news (politics, sport, business, arts, science, health, disasters and accidents).

The rules find the words of violence; the gate asks whether the item is about violence at all.
Where the rules found a strike, an attack or a casualty and the gate scores the item as ordinary
news ("France set up a Fed Cup final clash", "a bus crash kills 17"), those types are dropped. The
gate never adds a type: it can only veto.

How low the score must be for a veto depends on how much the rules' own evidence says (EVIDENCE):
deaths with no act and no arms named leave the topic to decide; a weapon or an armed actor named
("gunmen", "a car bomb", "troops") is overruled only by news that reads as ordinary beyond doubt.
The thresholds are calibrated per level by bot/classify/train_gate.py.

The model is logistic regression over the item's words and word pairs (those of its heading, the
title, once more as heading features: a heading names the topic), trained on the `train` split
of eval/wcep.jsonl.gz (Wikipedia Current Events Portal summaries; the portal's section is the weak
label: conflict and crime sections against the others). Gazetteer names are read as their role
(PLACE, NATIONALITY, ARMED_GROUP), not as themselves: which countries were at war in 2002-2016 is
a habit of the training years, not a sign of what a story is about. The weights (gate_weights.json,
beside this module) are derived from text by Wikipedia contributors under CC BY-SA 4.0, and are
shared under the same licence with that attribution.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Final

from bot.classify.matcher import Hit
from bot.classify.taxonomy import TaxonomyError

#: The shipped weights, beside this module.
WEIGHTS_PATH: Final = Path(__file__).resolve().parent / "gate_weights.json"
#: Model features shown when the gate decided: the few that pulled hardest towards its verdict.
EXPLAINED_FEATURES: Final = 4
#: The token of any number: a count or a year says little about the topic, its place in a phrase does.
NUMBER_TOKEN: Final = "#"
#: Prefix of the features that name a taxonomy category the rules found ("@weapon", "@armed_group").
CATEGORY_PREFIX: Final = "@"
#: The tokens a gazetteer name is read as.
PLACE: Final = "_place_"
NATIONALITY: Final = "_nationality_"
ARMED_GROUP: Final = "_armedgroup_"
#: Prefix of the features of the heading (the item's title, the text before its first line break:
#: the engine joins a title and its summary with one, and a fetched summary has its whitespace
#: collapsed). A heading names what the item is about ("X-Y relations", "Aftermath of ...", "... civil
#: war", "... election"), so its words say more of the topic than the same words told in passing.
HEADING_PREFIX: Final = "title:"
#: Heading tokens that get no heading feature of their own: a name's role or a number says which
#: country or which year the heading is about, not whether its topic is violence (a war and an
#: election are both "X ..." or "2016 ..."). In pairs ("title:_nationality_ civil") they still count.
_UNTOLD_IN_HEADING: Final = frozenset({PLACE, NATIONALITY, ARMED_GROUP, NUMBER_TOKEN})

#: How much the rules' own evidence of violence says, weakest first (engine._gate_evidence):
#: people killed or hurt with no act and no weapon or armed actor named ("eight killed in ...");
DEATHS_ONLY: Final = "deaths_only"
#: only violence words an accident shares ("an explosion", "the fire destroyed"), no arms named;
ACCIDENT_WORDS: Final = "accident_words"
#: words of an assault ("clash", "attack", "shelling") but no weapon or armed actor named;
UNARMED: Final = "unarmed"
#: a weapon or an armed actor named ("gunmen", "a car bomb", "troops", "Hamas").
ARMED: Final = "armed"
EVIDENCE: Final = (DEATHS_ONLY, ACCIDENT_WORDS, UNARMED, ARMED)

_NUMBER: Final = re.compile(r"\d[\d,.]*")
#: (possessive: a token never gives back a letter, so the regex engine keeps no state to backtrack into)
_TOKEN: Final = re.compile(r"_[a-z]++_|[a-z]++(?:['’][a-z]++)?+|#")

#: A span of the text read as a token: (start, end, token).
Mask = tuple[int, int, str]


def name_masks(hits: Iterable[Hit]) -> list[Mask]:
    """The gazetteer names among the matcher's hits, each as the token of its role."""
    masks: list[Mask] = []
    for hit in hits:
        if hit.names:
            # an armed group if any role is one, else a nationality if any role is a demonym, else a
            # place (one loop over the roles, not a generator per question: this runs for every name)
            token = PLACE
            for role, _, kind, demonym in hit.names:
                if role == "actor":
                    if kind == "group":
                        token = ARMED_GROUP
                        break
                    if demonym:
                        token = NATIONALITY
            masks.append((hit.start, hit.end, token))
    return masks


def _masked(text: str, masks: Sequence[Mask]) -> str:
    if not masks:
        return text
    pieces: list[str] = []
    last = 0
    for start, end, token in masks:
        if start < last:
            continue
        pieces.append(text[last:start])
        pieces.append(f" {token} ")
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def features(text: str, categories: Iterable[str] = (), masks: Sequence[Mask] = ()) -> set[str]:
    """The item's words and adjacent word pairs (lower case, numbers as NUMBER_TOKEN, the `masks`
    spans as their tokens), those of its heading once more with HEADING_PREFIX, and the taxonomy
    categories the rules' phrase matcher found in it."""
    lowered = _NUMBER.sub(NUMBER_TOKEN, _masked(text, masks).lower())
    # (no token spans the line break after the heading: the text's tokens are the heading's, then the
    # summary's, each found once)
    heading_end = lowered.find("\n")
    heading = _TOKEN.findall(lowered, 0, heading_end) if heading_end > 0 else []
    tokens = heading + _TOKEN.findall(lowered, max(heading_end, 0))
    found = set(tokens)
    pairs = list(map(" ".join, zip(tokens, tokens[1:], strict=False)))
    found.update(pairs)
    if heading_end > 0:
        found.update([HEADING_PREFIX + token for token in heading if token not in _UNTOLD_IN_HEADING])
        # (the heading's pairs are the first of the text's, as its tokens are)
        found.update([HEADING_PREFIX + pair for pair in pairs[:max(len(heading) - 1, 0)]])
    found.update([CATEGORY_PREFIX + category for category in categories])
    return found


@dataclass(frozen=True, slots=True)
class GateVerdict:
    """Why the gate took violence out of an item: its score (log-odds of conflict or crime news),
    the veto threshold for the rules' evidence, and the features of the item that pulled hardest
    towards ordinary news."""

    score: float
    threshold: float
    evidence: str
    strongest: tuple[tuple[str, float], ...]

    def describe(self) -> str:
        shown = ", ".join(f"'{feature}' {weight:+.2f}" for feature, weight in self.strongest)
        return (f"topic gate: reads as ordinary news (score {self.score:+.2f} < {self.threshold:+.2f} "
                f"for {self.evidence.replace('_', ' ')} evidence; {shown})")


class TopicGate:
    """Logistic regression over sparse binary features: a dict of weights and a bias, and a veto
    threshold per level of the rules' evidence."""

    def __init__(self, weights: dict[str, float], bias: float, thresholds: Mapping[str, float]) -> None:
        self.weights = weights
        self.bias = bias
        missing = [level for level in EVIDENCE if level not in thresholds]
        if missing:
            raise ValueError(f"no veto threshold for evidence {', '.join(missing)}")
        #: evidence level -> an item scoring below this (log-odds) is ordinary news
        self.thresholds = dict(thresholds)

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> TopicGate:
        """The gate of a weights file; a file that is missing or broken is a TaxonomyError naming it."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            weights = {str(feature): float(weight) for feature, weight in data["weights"].items()}
            thresholds = {str(level): float(value) for level, value in data["thresholds"].items()}
            return cls(weights, float(data["bias"]), thresholds)
        except OSError as exc:
            raise TaxonomyError(f"{path}: cannot read the topic gate's weights: {exc.strerror or exc} "
                                "(reinstall sitrep, or retrain: python -m bot.classify.train_gate)") from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TaxonomyError(f"{path}: not a topic gate weights file ({type(exc).__name__}: {exc}); "
                                "retrain it: python -m bot.classify.train_gate") from exc

    def score(self, text: str, categories: Iterable[str] = (), masks: Sequence[Mask] = ()) -> float:
        """The log-odds that the item is conflict or crime news."""
        found = features(text, categories, masks)
        return self.bias + sum(map(self.weights.get, found, repeat(0.0, len(found))))

    def vetoes(self, score: float, evidence: str) -> bool:
        """Whether an item of this score is ordinary news, given how much the rules' evidence says."""
        return score < self.thresholds[evidence]

    def verdict(self, text: str, categories: Iterable[str], masks: Sequence[Mask], evidence: str) -> GateVerdict:
        """The score and the features that pulled the item hardest towards ordinary news."""
        present = [(feature, self.weights[feature]) for feature in features(text, categories, masks)
                   if feature in self.weights]
        score = self.bias + sum(weight for _, weight in present)
        present.sort(key=lambda pair: pair[1])
        strongest = tuple((feature, round(weight, 3)) for feature, weight in present[:EXPLAINED_FEATURES] if weight < 0)
        return GateVerdict(score=round(score, 3), threshold=self.thresholds[evidence], evidence=evidence,
                           strongest=strongest)
