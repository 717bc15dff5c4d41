# Runbook: Redis memory alert

When the `RedisMemoryHigh` alert fires, the cache has crossed 85% of `maxmemory`.

## 1. Check what's using memory

```bash
redis-cli -h cache.prod info memory | grep used_memory_human
redis-cli -h cache.prod --bigkeys
```

## 2. Decide

- If a single key prefix dominates, find the service that owns it and page its on-call.
- If usage grew evenly, it's probably organic growth. Scale the node type up one size.

## 3. Short-term relief

You can flush the session namespace safely; users will just have to log in again:

```bash
redis-cli -h cache.prod --scan --pattern 'sess:*' | xargs -n 500 redis-cli -h cache.prod del
```

Don't run `FLUSHALL`. The rate limiter state lives in the same instance.
