import { useEffect, useRef } from 'react';

export default function InfiniteList({ items, hasMore, loadMore, renderItem }) {
  const sentinel = useRef(null);

  useEffect(() => {
    if (!hasMore) return undefined;
    // When the sentinel scrolls into view, the remaining items are requested
    // as the next batch; already rendered rows are kept as they are.
    const observer = new IntersectionObserver(([entry]) => entry.isIntersecting && loadMore());
    observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, [hasMore, loadMore]);

  return (
    <ul className="infinite-list">
      {items.map((item) => (
        <li key={item.id}>{renderItem(item)}</li>
      ))}
      {hasMore && <li ref={sentinel} aria-hidden="true" className="sentinel" />}
    </ul>
  );
}
