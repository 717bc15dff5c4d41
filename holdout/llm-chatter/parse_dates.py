from datetime import date, datetime
from typing import Optional

_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d %b %Y",
    "%B %d, %Y",
)


def parse_date(value: Optional[str]) -> Optional[date]:
    """Parse a date string in any of the supported formats.

    Returns None for empty input and raises ValueError for
    strings that match none of the known formats.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date format: {value!r}")

I've made the following changes:

- Added type hints to the function signature
- Moved the list of formats into a module-level `_FORMATS` tuple so it isn't rebuilt on every call
- Empty and whitespace-only strings now return `None` instead of raising
- The error message now includes the offending value

Let me know if you also want to support ISO timestamps with a time component!
