import pytest

from app.cache import LRUCache


def test_get_missing_returns_default():
    cache = LRUCache(capacity=2)
    assert cache.get("missing") is None
    assert cache.get("missing", 42) == 42


def test_eviction_order():
    cache = LRUCache(capacity=2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")          # "a" is now most recently used
    cache.put("c", 3)       # evicts "b"
    assert "b" not in cache
    assert cache.get("a") == 1
    assert cache.get("c") == 3


def test_capacity_must_be_positive():
    with pytest.raises(ValueError):
        LRUCache(capacity=0)


@pytest.mark.parametrize("n", [1, 5, 100])
def test_len_never_exceeds_capacity(n):
    cache = LRUCache(capacity=n)
    for i in range(n * 3):
        cache.put(i, i)
    assert len(cache) == n
```
