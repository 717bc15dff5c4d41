```ts
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function paginate<T extends { id: string }>(all: T[], cursor: string | null, limit = 20): Page<T> {
  const start = cursor ? all.findIndex((x) => x.id === cursor) + 1 : 0;
  const items = all.slice(start, start + limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: start + limit < all.length && last ? last.id : null,
  };
}
