import { useCallback, useMemo, useState } from 'react';

export interface PaginationOptions {
  total: number;
  pageSize?: number;
  initialPage?: number;
}

export function usePagination({ total, pageSize = 20, initialPage = 1 }: PaginationOptions) {
  const [page, setPage] = useState(initialPage);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  // [previous implementation]

  const range = useMemo(() => {
    const start = (page - 1) * pageSize;
    return { start, end: Math.min(start + pageSize, total) };
  }, [page, pageSize, total]);

  return { page, pageCount, range, next, prev, goTo, hasNext: page < pageCount, hasPrev: page > 1 };
}

export const PageInfo = ({ page, pageCount }: { page: number; pageCount: number }) => (
  <span className="text-sm text-muted-foreground">
    Page {page} of {pageCount}
  </span>
);
