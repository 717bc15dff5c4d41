import { useMemo, useState, type ReactNode } from "react";

export interface Column<T> {
  key: keyof T & string;
  header: ReactNode;
  render?: (row: T) => ReactNode;
  sortable?: boolean;
}

interface DataTableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  getRowId: (row: T) => string;
}

const compare = <T,>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

export function DataTable<T extends object>({ rows, columns, getRowId }: DataTableProps<T>) {
  const [sortKey, setSortKey] = useState<keyof T | null>(null);
  const [desc, setDesc] = useState(false);

  const sorted = useMemo(() => {
    if (!sortKey) return rows;
    const copy = [...rows].sort((a, b) => compare(a[sortKey], b[sortKey]));
    return desc ? copy.reverse() : copy;
  }, [rows, sortKey, desc]);

  const toggle = (key: keyof T) => {
    setDesc(key === sortKey ? !desc : false);
    setSortKey(key);
  };

  return (
    <table>
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.key} onClick={col.sortable ? () => toggle(col.key) : undefined}>
              {col.header}
              {sortKey === col.key && (desc ? " ▼" : " ▲")}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={getRowId(row)}>
            {columns.map((col) => (
              <td key={col.key}>{col.render ? col.render(row) : String(row[col.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}