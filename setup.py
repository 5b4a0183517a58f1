"""Builds the classifier's engine as C extensions with mypyc, so one core keeps up with thousands of
feeds. Everything else (and the metadata) is in pyproject.toml.

The compiled modules are the same Python files (bot/classify/*.py), type-checked and translated to C;
the .py files stay the source and the fallback: where mypyc or a C compiler is missing, or
SITREP_PURE_PYTHON=1 is set, the install goes on without the extensions and sitrep runs the same
code, slower. tests/classify/test_compiled.py checks that both give the same output.
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup

#: The modules of the per-item hot path. cli, evaluate, taxonomy and __init__ run once and stay Python.
COMPILED_MODULES = [
    "bot/classify/counts.py",
    "bot/classify/engine.py",
    "bot/classify/gazetteer.py",
    "bot/classify/lowered.py",
    "bot/classify/matcher.py",
    "bot/classify/numbers.py",
    "bot/classify/scope.py",
    "bot/classify/sentences.py",
    "bot/classify/severity.py",
]


#: Written in C, not compiled from Python: the matcher's phrase pass (a trie walk that the regex
#: engine did at about a tenth of the speed). matcher.py falls back to its regex without it.
PHRASE_SCAN = Extension("bot.classify._phrase_scan", ["bot/classify/_phrase_scan.c"], optional=True)


def compiled_extensions() -> list:
    if os.environ.get("SITREP_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("sitrep: mypyc is not installed; the classifier stays pure Python", file=sys.stderr)
        return [PHRASE_SCAN]
    extensions = mypycify(COMPILED_MODULES, opt_level="3", group_name="bot.classify.compiled")
    for extension in extensions:
        # no C compiler: setuptools warns and installs the pure-Python modules instead of failing
        extension.optional = True
    return [*extensions, PHRASE_SCAN]


setup(ext_modules=compiled_extensions())
