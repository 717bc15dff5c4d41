import { useEffect, useRef, useState, useCallback } from 'react';

export function useInfiniteScroll(loadMore, { rootMargin = '200px', enabled = true } = {}) {
  const sentinelRef = useRef(null);
  const [loading, setLoading] = useState(false);
  const [done, setDone] = useState(false);

  const handleIntersect = useCallback(
    async (entries) => {
      const [entry] = entries;
      if (!entry.isIntersecting || loading || done) return;
      setLoading(true);
      try {
        const more = await loadMore();
        if (!more) setDone(true);
      } finally {
        setLoading(false);
      }
    },
    [loadMore, loading, done]
  );

  useEffect(() => {
    if (!enabled || !sentinelRef.current) return undefined;
    // IntersectionObserver setup — identical to the version in useLazyImage
    return () => observer.disconnect();
  }, [enabled, handleIntersect, rootMargin]);

  return { sentinelRef, loading, done };
}
