import { useEffect, useRef } from "react";

export function useInfiniteScroll(onLoadMore) {
  const sentinel = useRef(null);
  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => {
      if (entry.isIntersecting) onLoadMore();
    });
    if (sentinel.current) observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, [onLoadMore]);
  return sentinel;
}

Step 2: Use the hook in your list component

export function Feed({ posts, loadMore }) {
  const sentinel = useInfiniteScroll(loadMore);
  return (
    <>
      {posts.map((p) => (
        <article key={p.id}>{p.title}</article>
      ))}
      <div ref={sentinel} />
    </>
  );
}
