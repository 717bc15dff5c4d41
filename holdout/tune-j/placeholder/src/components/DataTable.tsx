import { useMemo, useState } from 'react';

export interface Column<T> {
  key: keyof T & string;
  header: string;
  render?: (row: T) => React.ReactNode;
  sortable?: boolean;
}

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  emptyText?: string;
}

export function DataTable<T>({ rows, columns, rowKey, emptyText = 'Nothing here' }: DataTableProps<T>) {
  const [sortBy, setSortBy] = useState<keyof T | null>(null);
  const [asc, setAsc] = useState(true);

  const sorted = useMemo(() => {
    if (!sortBy) return rows;
    return [...rows].sort((a, b) => {
      const r = String(a[sortBy]).localeCompare(String(b[sortBy]));
      return asc ? r : -r;
    });
  }, [rows, sortBy, asc]);

  if (rows.length === 0) return <p className="muted">{emptyText}</p>;

  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} onClick={() => c.sortable && (setSortBy(c.key), setAsc(sortBy === c.key ? !asc : true))}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {...}
      </tbody>
    </table>
  );
}
