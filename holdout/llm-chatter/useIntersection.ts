Sure! Here's the updated hook with proper cleanup and support for a custom root margin:

import { useEffect, useRef, useState } from "react";

export function useIntersection<T extends Element>(
  options: IntersectionObserverInit = { rootMargin: "0px", threshold: 0 },
) {
  const ref = useRef<T | null>(null);
  const [entry, setEntry] = useState<IntersectionObserverEntry | null>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([e]) => setEntry(e ?? null), options);
    observer.observe(node);
    return () => observer.disconnect();
  }, [options.root, options.rootMargin, options.threshold]);

  return { ref, entry, isIntersecting: entry?.isIntersecting ?? false };
}

Let me know if you'd like me to add a `freezeOnceVisible` option as well!
