"""Train the news-topic gate (bot/classify/gate.py) and write bot/classify/gate_weights.json.

    python -m bot.classify.train_gate [--data eval/wcep.jsonl.gz] [--out bot/classify/gate_weights.json]

Data: the `train` split (2002-2016) of eval/wcep.jsonl.gz only; the `test` split is for reporting.
Weak labels: the portal's conflict and crime sections are 1 (news about armed violence, mixed with
some diplomacy and trials), every other section 0 (ordinary news, disasters and accidents).

Model: logistic regression over binary word and word-pair features (gate.features), fitted by
stochastic gradient descent in pure Python with a fixed seed, so a rerun writes the same file.

Features: the words and word pairs of the item, and the taxonomy categories the rules' phrase
matcher finds in it ("@weapon", "@armed_group": gate.features).

Threshold: the gate vetoes only where the rules found a strike, an attack or a casualty. It is the
highest log-odds that still keeps KEPT_SHARE of the rules' alarms in the conflict and crime sections
of the train split, each item scored out of fold (by a model that did not see it): the gate may
cost the rules at most that much of their hits on violence news. The false alarms the whole
classifier leaves on each ordinary group are printed out of fold (each item judged with the gate of a
model that did not see it): what to expect on unseen news, and what to tune the rules on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
from collections import Counter
from pathlib import Path
from typing import Final

from bot.classify.gate import WEIGHTS_PATH, TopicGate, features
from bot.paths import PROJECT_ROOT

DATA_PATH: Final = PROJECT_ROOT / "eval" / "wcep.jsonl.gz"
POSITIVE_GROUPS: Final = frozenset({"conflict", "crime"})
DISASTER_GROUP: Final = "disaster"
#: The share of the rules' alarms on conflict and crime news the gate must keep.
KEPT_SHARE: Final = 0.997
#: A feature must occur in this many training items to get a weight.
MIN_ITEMS: Final = 3
EPOCHS: Final = 8
LEARNING_RATE: Final = 0.2
L2: Final = 1e-4
FOLDS: Final = 5
SEED: Final = 20021009
#: Weights smaller than this are dropped from the shipped file (they barely move a score).
MIN_SHIPPED_WEIGHT: Final = 0.15
ALARM_TYPES: Final = frozenset({"strike", "attack", "casualty"})


def read_train(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [record for record in records if record.get("split") == "train"]


def item_text(record: dict) -> str:
    title, summary = record.get("title") or "", record.get("summary") or ""
    return f"{title}\n{summary}" if title and summary else title or summary


def fit(documents: list[tuple[list[str], int]]) -> tuple[dict[str, float], float]:
    """Logistic regression by SGD: (weights, bias)."""
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
    return weights, bias


def score(weights: dict[str, float], bias: float, feats: list[str]) -> float:
    return bias + sum([weights.get(feature, 0.0) for feature in feats])


def choose_threshold(records: list[dict], scores: list[float], alarms: list[bool]) -> float:
    """The highest threshold that keeps KEPT_SHARE of the rules' alarms on conflict and crime news."""
    kept = sorted(value for record, value, alarm in zip(records, scores, alarms, strict=True)
                  if alarm and record["group"] in POSITIVE_GROUPS)
    return kept[int(len(kept) * (1 - KEPT_SHARE))] if kept else -math.inf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.classify.train_gate", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_PATH)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args(argv)

    from bot.classify import Classifier
    from bot.paths import config_dir

    records = read_train(args.data)
    texts = [item_text(record) for record in records]
    labels = [int(record["group"] in POSITIVE_GROUPS) for record in records]
    rules = Classifier.from_config(config_dir(), with_gate=False)
    found = [features(text, rules.categories_in(text)) for text in texts]
    counts = Counter(feature for item in found for feature in item)
    vocabulary = {feature for feature, count in counts.items() if count >= MIN_ITEMS}
    documents = [([f for f in sorted(item) if f in vocabulary], label) for item, label in zip(found, labels, strict=True)]
    print(f"train items: {len(records)} ({sum(labels)} conflict/crime), features: {len(vocabulary)}")

    # out-of-fold scores: each item scored by a model trained without it
    fold_of = [index % FOLDS for index in range(len(records))]
    random.Random(SEED).shuffle(fold_of)
    scores = [0.0] * len(records)
    fold_models: list[tuple[dict[str, float], float]] = []
    for fold in range(FOLDS):
        weights, bias = fit([document for document, f in zip(documents, fold_of, strict=True) if f != fold])
        fold_models.append((weights, bias))
        for index, f in enumerate(fold_of):
            if f == fold:
                scores[index] = score(weights, bias, documents[index][0])
        print(f"fold {fold + 1}/{FOLDS} done")

    alarms = [not ALARM_TYPES.isdisjoint(rules.classify_text(text).types) for text in texts]
    threshold = choose_threshold(records, scores, alarms)
    # the whole classifier out of fold: each item by the rules and the gate of a model that did not
    # see it (the false alarms to expect on unseen news; `sitrep eval --split train` runs the shipped
    # gate, which has seen every train item, and reads too well)
    gated = [
        Classifier(rules.taxonomy, TopicGate(weights, bias, threshold)) for weights, bias in fold_models
    ]
    kept = [alarm and not ALARM_TYPES.isdisjoint(gated[fold].classify_text(text).types)
            for text, alarm, fold in zip(texts, alarms, fold_of, strict=True)]
    for group in sorted({record["group"] for record in records}):
        members = [i for i, record in enumerate(records) if record["group"] == group]
        before = sum(alarms[i] for i in members)
        after = sum(kept[i] for i in members)
        print(f"{group:14} items {len(members):5}  rule alarms {before / len(members):.4f}"
              f"  with the gate, out of fold {after / len(members):.4f}")

    weights, bias = fit(documents)
    shipped = {feature: round(weight, 3) for feature, weight in sorted(weights.items())
               if abs(weight) >= MIN_SHIPPED_WEIGHT}
    payload = {
        "about": "Topic gate of the sitrep classifier (bot/classify/gate.py), trained by "
                 "bot/classify/train_gate.py on the train split (2002-2016) of the Wikipedia Current Events "
                 "Portal summaries in eval/wcep.jsonl.gz. Derived from text by Wikipedia contributors, "
                 "CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0/); shared under the same licence.",
        "licence": "CC BY-SA 4.0",
        "threshold": round(threshold, 3) if math.isfinite(threshold) else -1e9,
        "bias": round(bias, 4),
        "weights": shipped,
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}, {len(shipped)} weights -> {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
