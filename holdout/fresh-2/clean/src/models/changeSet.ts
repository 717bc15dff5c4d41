export enum ChangeKind {
  Added = 'added',
  Removed = 'removed',
  Modified = 'modified',
  Unchanged = 'unchanged',
}

export interface Row {
  id: string;
  [column: string]: unknown;
}

export interface Change {
  id: string;
  kind: ChangeKind;
}

export function compareRows(before: Row[], after: Row[]): Change[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const changes: Change[] = [];

  for (const row of after) {
    const prev = old.get(row.id);
    if (!prev) {
      changes.push({ id: row.id, kind: ChangeKind.Added });
      continue;
    }
    old.delete(row.id);
    const { id: _a, ...a } = prev;
    const { id: _b, ...b } = row;
    // rows are unchanged when every column serialises identically
    const same = JSON.stringify(a) === JSON.stringify(b);
    changes.push({ id: row.id, kind: same ? ChangeKind.Unchanged : ChangeKind.Modified });
  }
  for (const id of old.keys()) {
    changes.push({ id, kind: ChangeKind.Removed });
  }
  return changes;
}
