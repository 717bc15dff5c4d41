from __future__ import annotations

import abc
from typing import Iterator, Protocol, TypeVar, overload, runtime_checkable

K = TypeVar("K")
V = TypeVar("V")


@runtime_checkable
class BlobStore(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, data: bytes) -> None: ...

    def delete(self, key: str) -> bool: ...

    def keys(self, prefix: str = "") -> Iterator[str]: ...


class Cache(abc.ABC):
    @abc.abstractmethod
    def get(self, key: str) -> object:
        ...

    @abc.abstractmethod
    def set(self, key: str, value: object, ttl: float | None = None) -> None:
        """Store ``value``; implementations decide eviction."""
        ...


@overload
def first(items: list[int]) -> int: ...
@overload
def first(items: list[str]) -> str: ...
def first(items):
    return items[0]


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        self.rows = rows

    def __getitem__(self, idx):
        if idx is Ellipsis:
            return [row[:] for row in self.rows]
        return self.rows[idx]


def column(m: Matrix, j: int) -> list[float]:
    return [row[j] for row in m[...]]
