"""Where sitrep finds its files: the config folder, independent of the working directory.

The folder (default.toml, taxonomy.toml, gazetteers/, samples/) lives at the top of the repository
as `config/`, where operators edit it. A wheel has no repository around it, so pyproject.toml
installs the same folder inside the package as `bot/_config` (a `package-dir` mapping, no copy in
the repository). The lookup is therefore: `SITREP_CONFIG` when set; else the copy installed with
the package, when there is one; else `<project root>/config` (a checkout or an editable install).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
#: Where an installed wheel keeps config/ (see pyproject.toml, [tool.setuptools] package-dir).
INSTALLED_CONFIG = PACKAGE_DIR / "_config"


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The config folder: `SITREP_CONFIG` if set (a folder, or a TOML file inside one), else the
    folder installed with the package, else `<project root>/config`."""
    env = os.environ if environ is None else environ
    override = env.get("SITREP_CONFIG")
    if override:
        path = Path(override).expanduser()
        return path.parent if path.suffix == ".toml" else path
    if INSTALLED_CONFIG.is_dir():
        return INSTALLED_CONFIG
    return PROJECT_ROOT / "config"
