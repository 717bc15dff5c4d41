from enum import Enum


class Unit(Enum):
    MM = 0.001
    CM = 0.01
    M = 1.0
    KM = 1000.0
    IN = 0.0254
    FT = 0.3048


def convert(value: float, src: Unit, dst: Unit) -> float:
    """Convert a length between units."""
    return value * src.value / dst.value


def parse_length(text: str) -> tuple[float, Unit]:
    number, _, unit = text.strip().partition(" ")
    try:
        return float(number), Unit[unit.upper()]
    except KeyError:
        raise ValueError(f"unknown unit in {text!r}") from None


__all__ = ["Unit", "convert", "parse_length"]