from typing import overload


@overload
def parse_size(value: str) -> int: ...
@overload
def parse_size(value: None) -> None: ...
def parse_size(value: str | None) -> int | None:
    """Parse '10K', '5M', '2G' or a plain byte count."""
    if value is None:
        return None
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    value = value.strip().upper()
    if value[-1:] in units:
        return int(float(value[:-1]) * units[value[-1]])
    return int(value)


@overload
def first(items: list[str]) -> str: ...
@overload
def first(items: list[str], default: str) -> str: ...
def first(items: list[str], default: str | None = None) -> str:
    if items:
        return items[0]
    if default is None:
        raise IndexError("empty list and no default")
    return default
