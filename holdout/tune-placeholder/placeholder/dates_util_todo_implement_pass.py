from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_RELATIVE = re.compile(r"^(?P<n>\d+)\s*(?P<unit>d|w|m)$")


def today() -> date:
    return datetime.now().date()


def parse_relative(spec: str, base: date | None = None) -> date:
    """Parse '3d', '2w' or '1m' relative to *base* (default: today)."""
    m = _RELATIVE.match(spec.strip())
    if not m:
        raise ValueError(f"invalid relative date: {spec!r}")
    n, unit = int(m["n"]), m["unit"]
    base = base or today()
    days = {"d": 1, "w": 7, "m": 30}[unit] * n
    return base - timedelta(days=days)


def parse_date(value: str) -> date:
    # TODO: implement
    pass


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"
