// This mirrors the server's cursor format exactly; keep the two in sync.
// Encoding is unchanged from the upstream relay-cursor helpers (MIT).

export function encodeCursor({ id, createdAt }) {
  return btoa(JSON.stringify([createdAt, id]));
}

export function decodeCursor(cursor) {
  try {
    const [createdAt, id] = JSON.parse(atob(cursor));
    return { id, createdAt };
  } catch {
    return null;
  }
}

export async function* paginate(fetchPage, { pageSize = 50 } = {}) {
  let after = null;
  do {
    const { items, nextCursor } = await fetchPage({ first: pageSize, after });
    yield* items;
    after = nextCursor;
  } while (after);
}
