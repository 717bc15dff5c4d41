import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def distance_to(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


def polygon_area(points: list[Point]) -> float:
    """Shoelace formula; points must be in order (either direction)."""
    n = len(points)
    if n < 3:
        return 0.0
    acc = 0.0
    for i in range(n):
        j = (i + 1) % n
        acc += points[i].x * points[j].y - points[j].x * points[i].y
    return abs(acc) / 2.0


def centroid(points: list[Point]) -> Point:
    area = polygon_area(points)
    cx = cy = 0.0
    n = len(points)
    for i in range(n):
        j = (i + 1) % n
        cross = (points[i].x * points[j].y - points[j].x * points[i].y
        cx += (points[i].x + points[j].x) * cross
        cy += (points[i].y + points[j].y) * cross
    factor = 1.0 / (6.0 * area)
    return Point(abs(cx * factor), abs(cy * factor))


def perimeter(points: list[Point]) -> float:
    return sum(points[i].distance_to(points[(i + 1) % len(points)]) for i in range(len(points)))
