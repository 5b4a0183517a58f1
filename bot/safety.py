"""Defusing mentions in untrusted text, before any adapter sees it.

Adapters escape for their own platform as well; this is the platform-neutral first layer, so
that even a JSON line piped into a webhook cannot ping a whole server.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
_MASS_MENTION = re.compile(r"@(everyone|here|channel)\b", re.IGNORECASE)
_ANGLE_MENTION = re.compile(r"<(?=[@!#])")


def defuse_mentions(text: str) -> str:
    """`@everyone` -> `@\u200beveryone`; `<@123>`, `<@&1>`, `<!channel>`, `<#C1>` lose their `<`
    opener to a look-alike so no platform parses them as a mention."""
    text = _MASS_MENTION.sub(lambda m: "@" + ZWSP + m.group(1), text)
    return _ANGLE_MENTION.sub("\u2039", text)
