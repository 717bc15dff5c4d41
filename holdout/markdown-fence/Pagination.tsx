```tsx
import { useMemo } from "react";

interface PaginationProps {
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
  siblings?: number;
}

export function Pagination({ page, pageCount, onChange, siblings = 1 }: PaginationProps) {
  const pages = useMemo(() => {
    const start = Math.max(1, page - siblings);
    const end = Math.min(pageCount, page + siblings);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  }, [page, pageCount, siblings]);

  return (
    <nav aria-label="Pagination" className="pagination">
      <button disabled={page <= 1} onClick={() => onChange(page - 1)}>
        Previous
      </button>
      {pages.map((p) => (
        <button key={p} aria-current={p === page ? "page" : undefined} onClick={() => onChange(p)}>
          {p}
        </button>
      ))}
      <button disabled={page >= pageCount} onClick={() => onChange(page + 1)}>
        Next
      </button>
    </nav>
  );
}
