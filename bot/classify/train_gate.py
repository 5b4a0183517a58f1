"""Train the news-topic gate (bot/classify/gate.py) and write bot/classify/gate_weights.json.

    python -m bot.classify.train_gate [--data eval/wcep.jsonl.gz] [--out bot/classify/gate_weights.json]
                                      [--check eval/dev.jsonl]

Data: the `train` split (2002-2016) of eval/wcep.jsonl.gz only; the `test` split is for reporting.
Weak labels: the portal's conflict and crime sections are 1 (news about armed violence, mixed with
some diplomacy and trials), every other section 0 (ordinary news, disasters and accidents).

Model: logistic regression over binary features (gate.features: the item's words and word pairs,
its title's once more as heading features, gazetteer names as their roles, the taxonomy categories the rules' phrase matcher finds), fitted by
stochastic gradient descent in pure Python with a fixed seed, so a rerun writes the same file.

Thresholds, one per level of the rules' evidence (gate.EVIDENCE), calibrated out of fold: every
train item is scored by a model fitted on the other folds, and each level's threshold is the highest
log-odds that still keeps KEPT_SHARES[level] of the rules' alarms at that level in the conflict and
crime sections. The less the rules' own evidence says, the more the topic may decide: deaths with
no act and no arms named give way to the topic most, a weapon or an armed actor named least.
Rerun this after a change of the rules (config/ or the engine): the alarms, their levels and so the
thresholds move with them.

Printed: per level and per section group, the rules' alarms and what the gate leaves of them out of
fold (what to expect on unseen news of that kind; `sitrep eval --split train` runs the shipped gate,
which has seen every train item, and reads too well); and, with --check, the items of a labelled
file of other sources (violent: true) whose violence the shipped gate would veto.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Final

from bot.classify.gate import ACCIDENT_WORDS, ARMED, DEATHS_ONLY, EVIDENCE, UNARMED, WEIGHTS_PATH, features
from bot.paths import PROJECT_ROOT

if TYPE_CHECKING:
    from bot.classify.engine import Classifier

DATA_PATH: Final = PROJECT_ROOT / "eval" / "wcep.jsonl.gz"
CHECK_PATH: Final = PROJECT_ROOT / "eval" / "dev.jsonl"
POSITIVE_GROUPS: Final = frozenset({"conflict", "crime"})
#: Per level of the rules' evidence, the share of their alarms on conflict and crime news the gate
#: must keep (out of fold). Where the rules name no act and no arms, the topic decides (the conflict
#: and crime sections also file trials, reports and anniversaries of deaths, which the gate may
#: rightly drop); a weapon or an armed actor named is overruled almost never.
KEPT_SHARES: Final = {DEATHS_ONLY: 0.80, ACCIDENT_WORDS: 0.80, UNARMED: 0.99, ARMED: 0.998}
#: Kept shares the trainer also prints the out-of-fold cost and gain of, per level: the evidence to
#: weigh KEPT_SHARES by (on train it was flat: separation, not strictness, is what gains).
TRIED_SHARES: Final = (0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998)
#: A feature must occur in this many training items to get a weight.
MIN_ITEMS: Final = 10
EPOCHS: Final = 8
LEARNING_RATE: Final = 0.2
L2: Final = 1e-4
FOLDS: Final = 5
SEED: Final = 20021009
#: Weights smaller than this are dropped (they barely move a score), in the folds as in the shipped file.
MIN_SHIPPED_WEIGHT: Final = 0.15
ALARM_TYPES: Final = frozenset({"strike", "attack", "casualty"})
#: Threshold of a level with no alarm on conflict or crime news to calibrate on: never veto.
NEVER: Final = -1e9

Document = tuple[list[str], int]


def read_records(path: Path, split: str | None = None) -> list[dict]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [record for record in records if split is None or record.get("split") == split]


def item_text(record: dict) -> str:
    title, summary = record.get("title") or "", record.get("summary") or ""
    return f"{title}\n{summary}" if title and summary else title or summary


def fit(documents: list[Document]) -> tuple[dict[str, float], float]:
    """Logistic regression by SGD: (weights, bias), the weights below MIN_SHIPPED_WEIGHT dropped."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(documents)))
    rng = random.Random(SEED)
    step = 0
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            feats, label = documents[index]
            z = bias + sum([weights.get(feature, 0.0) for feature in feats])
            probability = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            gradient = probability - label
            rate = LEARNING_RATE / (1.0 + step / len(documents))
            step += 1
            for feature in feats:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - rate * (gradient + L2 * weight)
            bias -= rate * gradient
    return {feature: round(weight, 3) for feature, weight in sorted(weights.items())
            if abs(weight) >= MIN_SHIPPED_WEIGHT}, round(bias, 4)


def score(weights: dict[str, float], bias: float, feats: list[str]) -> float:
    return bias + sum([weights.get(feature, 0.0) for feature in feats])


def calibrate(scores: list[float], levels: list[str], alarms: list[bool], positive: list[bool]) -> dict[str, float]:
    """Per level, the highest threshold that keeps KEPT_SHARES[level] of the rules' alarms on
    conflict and crime news."""
    thresholds: dict[str, float] = {}
    for level in EVIDENCE:
        kept = sorted(value for value, at, alarm, pos in zip(scores, levels, alarms, positive, strict=True)
                      if alarm and pos and at == level)
        thresholds[level] = round(kept[int(len(kept) * (1 - KEPT_SHARES[level]))], 3) if kept else NEVER
    return thresholds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.classify.train_gate", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_PATH)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--check", type=Path, default=CHECK_PATH,
                        help="labelled items of other sources: list the violent ones the gate vetoes (if the file exists)")
    args = parser.parse_args(argv)
    started = time.process_time()

    from bot.classify import Classifier
    from bot.paths import config_dir

    records = read_records(args.data, "train")
    rules = Classifier.from_config(config_dir(), with_gate=False)
    inputs = [rules.gate_input(item_text(record)) for record in records]
    levels = [given.evidence for given in inputs]
    alarms = [not ALARM_TYPES.isdisjoint(rules.classify(record.get("title") or "", record.get("summary") or "").types)
              for record in records]
    labels = [int(record["group"] in POSITIVE_GROUPS) for record in records]
    found = [features(given.text, given.categories, given.masks) for given in inputs]
    counts = Counter(feature for item in found for feature in item)
    vocabulary = {feature for feature, count in counts.items() if count >= MIN_ITEMS}
    documents = [([f for f in sorted(item) if f in vocabulary], label) for item, label in zip(found, labels, strict=True)]
    print(f"train items: {len(records)} ({sum(labels)} conflict/crime), features: {len(vocabulary)}")

    # out-of-fold scores: each item scored by a model fitted without it
    fold_of = [index % FOLDS for index in range(len(records))]
    random.Random(SEED).shuffle(fold_of)
    scores = [0.0] * len(records)
    for fold in range(FOLDS):
        weights, bias = fit([document for document, f in zip(documents, fold_of, strict=True) if f != fold])
        for index, f in enumerate(fold_of):
            if f == fold:
                scores[index] = score(weights, bias, documents[index][0])
    positive = [bool(label) for label in labels]
    thresholds = calibrate(scores, levels, alarms, positive)
    vetoed = [alarm and value < thresholds[level] for value, level, alarm in zip(scores, levels, alarms, strict=True)]

    print("evidence        threshold  conflict/crime alarms kept  ordinary alarms vetoed (out of fold)")
    for level in EVIDENCE:
        at = [i for i in range(len(records)) if alarms[i] and levels[i] == level]
        pos = [i for i in at if positive[i]]
        neg = [i for i in at if not positive[i]]
        print(f"{level:15} {thresholds[level]:+9.2f}  {_share(pos, vetoed, kept=True):>26}"
              f"  {_share(neg, vetoed, kept=False):>22}")
    print("ordinary alarms vetoed (out of fold) at other kept shares, to weigh KEPT_SHARES by:")
    for level in EVIDENCE:
        at = [i for i in range(len(records)) if alarms[i] and levels[i] == level]
        kept = sorted(scores[i] for i in at if positive[i])
        if kept:
            cuts = {share: kept[int(len(kept) * (1 - share))] for share in TRIED_SHARES}
            print(f"{level:15} " + "  ".join(f"{share}: {sum(scores[i] < cut for i in at if not positive[i])}"
                                             for share, cut in cuts.items()))
    print("group          items  rule alarms  with the gate, out of fold")
    for group in sorted({record["group"] for record in records}):
        members = [i for i, record in enumerate(records) if record["group"] == group]
        before = sum(alarms[i] for i in members)
        after = sum(alarms[i] and not vetoed[i] for i in members)
        print(f"{group:14} {len(members):5}  {before / len(members):11.4f}  {after / len(members):.4f}")

    weights, bias = fit(documents)
    payload = {
        "about": "Topic gate of the sitrep classifier (bot/classify/gate.py), trained by "
                 "bot/classify/train_gate.py on the train split (2002-2016) of the Wikipedia Current Events "
                 "Portal summaries in eval/wcep.jsonl.gz. Derived from text by Wikipedia contributors, "
                 "CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0/); shared under the same licence.",
        "licence": "CC BY-SA 4.0",
        "kept_shares": KEPT_SHARES,
        "thresholds": thresholds,
        "bias": bias,
        "weights": weights,
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"thresholds {thresholds}, {len(weights)} weights -> {args.out} ({args.out.stat().st_size // 1024} KB)")
    if args.check.is_file():
        _check(args.check, rules, weights, bias, thresholds)
    print(f"{time.process_time() - started:.0f} s CPU")
    return 0


def _share(members: list[int], vetoed: list[bool], *, kept: bool) -> str:
    if not members:
        return "-"
    count = sum(vetoed[i] != kept for i in members)
    return f"{count}/{len(members)} = {count / len(members):.3f}"


def _check(path: Path, rules: Classifier, weights: dict[str, float], bias: float, thresholds: dict[str, float]) -> None:
    """The violent items of a labelled file of other sources whose violence the gate would veto:
    the cost of the gate on news not written like the training set."""
    lost = []
    violent = 0
    for record in read_records(path):
        if not (record.get("gold") or {}).get("violent"):
            continue
        violent += 1
        if ALARM_TYPES.isdisjoint(rules.classify(record.get("title") or "", record.get("summary") or "").types):
            continue
        given = rules.gate_input(item_text(record))
        value = score(weights, bias, list(features(given.text, given.categories, given.masks)))
        if value < thresholds[given.evidence]:
            lost.append(f"  {record.get('id')} ({given.evidence}, {value:+.2f}): {given.text[:90]!r}")
    print(f"{path.name}: the gate vetoes {len(lost)} of {violent} violent items")
    for line in lost:
        print(line)


if __name__ == "__main__":
    raise SystemExit(main())
