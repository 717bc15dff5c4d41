import functools
import time
from typing import Any, Callable


def ttl_cache(seconds: float) -> Callable:
    def decorator(fn: Callable) -> Callable:
        store: dict[Any, tuple[float, Any]] = {}

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            now = time.monotonic()
            hit = store.get(key)
            if hit is not None and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args, **kwargs)
            store[key] = (now, value)
            return value

<<<<<<< HEAD
        wrapper.cache_clear = store.clear
=======
        def cache_clear() -> None:
            store.clear()

        def cache_size() -> int:
            return len(store)

        wrapper.cache_clear = cache_clear
        wrapper.cache_size = cache_size
>>>>>>> 3f2a9c1 (Add cache_size helper)
        return wrapper

    return decorator
