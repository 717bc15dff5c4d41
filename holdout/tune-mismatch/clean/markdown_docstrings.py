"""
# retrykit

Small helpers for retrying flaky operations.

## Why?

Network calls fail. Databases restart. Instead of sprinkling `try/except`
loops everywhere, decorate the function:

```python
@retry(attempts=5, backoff=0.5)
def fetch():
    ...
```

## Semantics

* Only exceptions listed in `on=` are retried (default: `Exception`).
* Delays grow exponentially: `backoff * 2 ** attempt`, capped at `max_delay`.
* The **last** exception is re-raised when all attempts fail.
"""
from __future__ import annotations

import functools
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")


def retry(attempts: int = 3, backoff: float = 0.1, max_delay: float = 10.0,
          on: tuple[type[BaseException], ...] = (Exception,)) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Retry the decorated function.

    Parameters
    ----------
    attempts:
        Total number of calls, including the first one. Must be **>= 1**.
    backoff:
        Base delay in seconds. With `backoff=0.5` the waits are 0.5s, 1s, 2s, ...
    max_delay:
        Upper bound for a single wait.

    Example
    -------
    > Retrying an HTTP call three times:
    >
    >     @retry(attempts=3, on=(httpx.TransportError,))
    >     def get_user(uid): ...
    """
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except on:
                    if attempt == attempts - 1:
                        raise
                    delay = min(max_delay, backoff * 2 ** attempt)
                    time.sleep(delay * random.uniform(0.8, 1.2))
            raise AssertionError("unreachable")
        return wrapper
    return decorator
