```python
import time
import logging
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger(__name__)


def with_retries(fn: Callable[[], T], attempts: int = 3, backoff: float = 0.5) -> T:
    """Call ``fn`` up to ``attempts`` times with exponential backoff."""
    last_exc: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except requests.RequestException as exc:
            last_exc = exc
            delay = backoff * (2 ** (attempt - 1))
            log.warning("attempt %d/%d failed: %s; retrying in %.1fs", attempt, attempts, exc, delay)
            time.sleep(delay)
    assert last_exc is not None
    raise last_exc


def fetch_json(url: str, timeout: float = 10.0) -> dict:
    def _do() -> dict:
        resp = requests.get(url, timeout=timeout)
        resp.raise_for_status()
        return resp.json()

    return with_retries(_do)
```
