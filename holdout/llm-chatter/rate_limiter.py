Certainly! Here's a thread-safe token bucket rate limiter that you can drop into your project:

import threading
import time


class TokenBucket:
    def __init__(self, rate: float, capacity: int) -> None:
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = rate
        self.capacity = capacity
        self._tokens = float(capacity)
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        elapsed = now - self._last
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._last = now

    def try_acquire(self, tokens: int = 1) -> bool:
        with self._lock:
            self._refill()
            if self._tokens >= tokens:
                self._tokens -= tokens
                return True
            return False

    def acquire(self, tokens: int = 1) -> None:
        while not self.try_acquire(tokens):
            time.sleep(1.0 / self.rate)

This implementation refills tokens lazily on each call, so there's no background thread to manage. The lock makes it safe to share a single bucket between worker threads.
