from __future__ import annotations

from typing import Iterator, Protocol, runtime_checkable


@runtime_checkable
class BlobStore(Protocol):
    """Minimal interface implemented by the S3 and filesystem backends."""

    def get(self, key: str) -> bytes: ...

    def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None: ...

    def delete(self, key: str) -> None: ...

    def list(self, prefix: str = "") -> Iterator[str]: ...


class MemoryStore:
    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes:
        return self._data[key]

    def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None:
        self._data[key] = data

    def delete(self, key: str) -> None:
        self._data.pop(key, None)

    def list(self, prefix: str = "") -> Iterator[str]:
        return (k for k in sorted(self._data) if k.startswith(prefix))
