import { useMemo } from 'react';

interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  siblingCount?: number;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

export function Pagination({ page, pageCount, onPageChange, siblingCount = 1 }: PaginationProps) {
  const pages = useMemo(() => {
    const start = Math.max(1, page - siblingCount);
    const end = Math.min(pageCount, page + siblingCount);
    return range(start, end);
  }, [page, pageCount, siblingCount]);

  function goTo(target: number) {
    // clamp to [1, pageCount], skip if === page, then onPageChange(...) — as before
  }

  return (
    <nav aria-label="pagination" className="pagination">
      <button disabled={page <= 1} onClick={() => goTo(page - 1)}>
        Previous
      </button>
      {pages.map((p) => (
        <button key={p} aria-current={p === page ? 'page' : undefined} onClick={() => goTo(p)}>
          {p}
        </button>
      ))}
      <button disabled={page >= pageCount} onClick={() => goTo(page + 1)}>
        Next
      </button>
    </nav>
  );
}
