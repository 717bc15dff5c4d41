package com.acme.util;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

public final class TtlCache<K, V> {
    private record Entry<V>(V value, long expiresAt) {}

    private final ConcurrentHashMap<K, Entry<V>> map = new ConcurrentHashMap<>();
    private final long ttlMillis;

    public TtlCache(Duration ttl) {
        this.ttlMillis = ttl.toMillis();
    }

    public V get(K key, Supplier<V> loader) {
        long now = System.currentTimeMillis();
        Entry<V> e = map.get(key);
        if (e == null || e.expiresAt() < now) {
            V value = loader.get();
            map.put(key, new Entry<>(value, now + ttlMillis));
            return value;
        }
        return e.value();
    }

    public void invalidate(K key) {
        map.remove(key);
    }
}
