"""JSON text that every JSON Lines reader splits the same way."""

from __future__ import annotations

import json
from typing import Any

# JSON allows these raw inside strings, but Python's str.splitlines() (and editors) break
# lines at them, so a record would come out as two; escaped, the JSON means the same.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def dumps(obj: Any, indent: int | None = None) -> str:
    """UTF-8-friendly JSON (non-ASCII kept) with Unicode line separators escaped."""
    return json.dumps(obj, ensure_ascii=False, indent=indent).translate(_LINE_BREAKS)
