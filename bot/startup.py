"""Start-up problems that stop sitrep: each becomes one line naming the setting, its value (secrets
masked) and what to do, printed as `sitrep: ...` with a non-zero exit, never a traceback."""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

#: The exit status of a start-up problem the operator has to fix (a setting, a refused token).
EXIT_CONFIG = 2
#: The async drivers sitrep runs on, by database backend.
ASYNC_DRIVERS = {"sqlite": "aiosqlite", "postgresql": "asyncpg"}
DB_URL_FORMS = "sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER:PASSWORD@HOST:PORT/DATABASE"
#: How much of a secret a message may show: enough to tell an xoxb- token from an xapp- one.
SHOWN_SECRET_CHARS = 4


class StartupError(Exception):
    """sitrep cannot start; the message is the one line to print (it names the setting and the fix)."""


def mask_secret(secret: str) -> str:
    """'xoxb-1234…' style: the first characters only, so a message can say which token it means."""
    if len(secret) <= 2 * SHOWN_SECRET_CHARS:
        return "***"
    return f"{secret[:SHOWN_SECRET_CHARS]}… ({len(secret)} chars)"


def masked_db_url(db_url: str) -> str:
    try:
        return make_url(db_url).render_as_string(hide_password=True)
    except ArgumentError:
        return db_url if "@" not in db_url else "***"


def check_db_url(db_url: str) -> URL:
    """The parsed URL, or ValueError saying which URL forms work (the driver must be async)."""
    try:
        url = make_url(db_url)
    except ArgumentError:
        raise ValueError(f"{masked_db_url(db_url)!r} is not a database URL; use {DB_URL_FORMS}") from None
    backend, driver = url.get_backend_name(), url.get_driver_name()
    wanted = ASYNC_DRIVERS.get(backend)
    if wanted is None:
        raise ValueError(f"{masked_db_url(db_url)!r}: sitrep runs on SQLite or PostgreSQL; use {DB_URL_FORMS}")
    if driver != wanted:
        fixed = url.set(drivername=f"{backend}+{wanted}").render_as_string(hide_password=True)
        raise ValueError(f"{masked_db_url(db_url)!r} has no async driver; use {fixed}")
    return url


def describe_db_error(db_url: str, error: BaseException) -> str:
    """One line for a database that cannot be opened: the URL (password masked), why, what to do."""
    shown = f"SITREP_DB_URL={masked_db_url(db_url)}"
    url = make_url(db_url)
    original = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    # asyncpg errors come through SQLAlchemy as "<class 'asyncpg...Error'>: message"
    reason = re.sub(r"^<class '[\w.]+'>: ", "", " ".join(str(original).split())) or type(original).__name__
    if url.get_backend_name() == "sqlite":
        return f"{shown}: cannot open the SQLite file ({reason}); point SITREP_DB_URL or SITREP_DATA_DIR at a writable folder"
    if isinstance(original, OSError):
        return (f"{shown}: cannot connect to {url.host or 'localhost'}:{url.port or 5432} ({reason}); "
                "start PostgreSQL there or fix the host and port in SITREP_DB_URL")
    if "does not exist" in reason and url.database and f'"{url.database}"' in reason:
        return f"{shown}: the database {url.database!r} does not exist; create it (createdb {url.database}) or fix the name"
    return f"{shown}: {reason}; check the user, password and database in SITREP_DB_URL"
