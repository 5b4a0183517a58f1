"""The compiled engine (setup.py: the same modules, translated to C by mypyc) must say exactly what
the Python sources say. mypyc is strict where Python is lenient (types are checked at run time) and
its own versions of some str methods can differ (its str.lower once lost the final sigma), so the
two are compared on many texts rather than trusted."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify import compiled, default_classifier

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

#: Pieces the random texts are built from: event words, scope cues, numbers, names, and the
#: characters whose case or class is special (final sigma, dotted I, dotless i, long s, dashes).
_PIECES = [
    "US", "U.S.", "us", "Israeli", "Hamas", "Kataib Hezbollah", "Iraq", "Al-Asad Air Base", "Russian", "Ukraine",
    "airstrike", "strikes", "struck", "attack", "attacked", "shelling", "fired rockets at", "drone", "missile",
    "killed", "were killed", "wounded", "injured", "dead", "casualties", "no casualties", "denied", "not",
    "threatened to", "could", "vowed to", "would", "if", "since 2014", "in 2019", "so far this year",
    "ceasefire", "truce", "deployed", "troops", "mobilised", "released", "prisoners", "hostages", "heart attack",
    "labour strike", "struck a deal", "at least", "more than", "a dozen", "twenty-one", "1,200", "3", "14:40",
    "between 5 and 9", "up to 7", "one", "two", "and", "the", "of", "in", "by", "on", ",", ".", ";", ":", "—",
    "(", ")", "'", "’", "\n", "ΑΣ", "Σ", "İstanbul", "ı", "ſ", "ǅ", "ﬁ", "\u200b", "\t", "http://x.example/killed-5",
]


def _texts() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    with open(HERE / "data" / "seed.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            items.append((record.get("title") or "", record.get("summary") or ""))
    items.append(((HERE / "data" / "us-airstrikes-iraq.txt").read_text(encoding="utf-8"), ""))
    rng = random.Random(20261129)
    for _ in range(3000):
        title = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        summary = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        items.append((title, summary))
    return items


_PURE_RUN = """
import json, sys
import bot.classify.engine
assert bot.classify.engine.__file__.endswith(".py"), bot.classify.engine.__file__
from bot.classify import default_classifier
classifier = default_classifier()
for line in sys.stdin:
    title, summary = json.loads(line)
    print(json.dumps(classifier.classify(title, summary).to_dict(), ensure_ascii=False))
"""


def test_the_compiled_engine_says_what_the_python_sources_say(tmp_path: Path) -> None:
    if not compiled():
        pytest.skip("the classifier engine is not compiled here (no C compiler, or SITREP_PURE_PYTHON=1): "
                    "the Python sources are what runs, so there is nothing to compare")
    # the same sources without the compiled modules beside them, run in a process of their own
    shutil.copytree(REPO / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    items = _texts()
    environment = {**os.environ, "PYTHONPATH": str(tmp_path), "SITREP_CONFIG": str(REPO / "config")}
    result = subprocess.run(
        [sys.executable, "-c", _PURE_RUN], input="".join(json.dumps(item) + "\n" for item in items),
        capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    pure = result.stdout.splitlines()
    classifier = default_classifier()
    assert len(pure) == len(items)
    mismatches = [
        (item, expected, got) for item, expected in zip(items, pure, strict=True)
        if (got := json.dumps(classifier.classify(*item).to_dict(), ensure_ascii=False)) != expected
    ]
    assert not mismatches[:3], f"{len(mismatches)} of {len(items)} texts differ"


def test_compiled_modules_are_no_older_than_their_sources() -> None:
    # `make` rebuilds them when a source changes; a module built from older sources would shadow
    # the edited .py file, and every test would test the old code. (mypyc puts the code of all
    # modules in one library, compiled__mypyc; the per-module files only load it.)
    folder = REPO / "bot" / "classify"
    stale = []
    for library in folder.glob("compiled__mypyc.*"):
        for shim in folder.glob("*.*.so"):
            source = folder / (shim.name.split(".")[0] + ".py")
            if source.exists() and source.stat().st_mtime > library.stat().st_mtime:
                stale.append(source.name)
    for built in folder.glob("_phrase_scan.*.so"):
        if (folder / "_phrase_scan.c").stat().st_mtime > built.stat().st_mtime:
            stale.append("_phrase_scan.c")
    assert not stale, f"compiled modules older than {stale}: run `make engine` (or `make test`) to rebuild them"


def test_the_engine_type_checks() -> None:
    # mypyc compiles by the type annotations and checks them at run time: a wrong one is a crash
    # (or, in setup.py, a build that falls back to Python), so they are checked like any test
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "bot/classify"],
        capture_output=True, text=True, cwd=REPO, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


def _scanner_texts() -> list[str]:
    rng = random.Random(7)
    # separators the C scanner handles itself: runs of whitespace, both apostrophes, four dashes
    glue = [" ", "  ", "\n", "\t ", "-", "‐", "‑", "–", "—", "'", "’", ",", ".", "_", "", "x"]
    words = [*_PIECES, "al-qaeda", "hunger strike", "u.s.", "twenty one", "one hundred and five", "half a dozen",
             "1,200,000", "12th", "٣", "5,00", "attack's", "strike’s", "co-ordinated"]
    texts = []
    for _ in range(4000):
        parts = [rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(0, 12))]
        texts.append("".join(parts))
    return texts


def test_the_c_phrase_scanner_finds_what_the_regex_finds() -> None:
    matcher = default_classifier()._matcher
    if matcher._trie is None:
        pytest.skip("the C phrase scanner is not built here (no C compiler): the regex runs")
    from bot.classify.lowered import lower_in_place

    for text in _scanner_texts():
        lowered = lower_in_place(text)
        assert matcher.phrase_spans(lowered) == matcher.regex_phrase_spans(lowered), text
        assert [m.span() for m in matcher._number_matches(lowered)] == [
            m.span() for m in matcher._number_regex.finditer(lowered)], text


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=200))
def test_the_c_scanners_agree_with_the_regexes_on_any_text(text: str) -> None:
    matcher = default_classifier()._matcher
    if matcher._trie is None:
        pytest.skip("the C phrase scanner is not built here (no C compiler): the regex runs")
    from bot.classify.lowered import lower_in_place

    lowered = lower_in_place(text)
    assert matcher.phrase_spans(lowered) == matcher.regex_phrase_spans(lowered)
    assert [m.span() for m in matcher._number_matches(lowered)] == [m.span() for m in matcher._number_regex.finditer(lowered)]
