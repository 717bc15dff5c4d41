import type { ReactNode } from 'react';

export interface Column<Row> {
  key: keyof Row & string;
  header: string;
  render?: (row: Row) => ReactNode;
}

interface Props<Row extends { id: string | number }> {
  rows: Row[];
  columns: Column<Row>[];
  empty?: ReactNode;
}

export function DataTable<Row extends { id: string | number }>({ rows, columns, empty = 'Nothing here yet...' }: Props<Row>) {
  if (rows.length === 0) return <p className="table-empty">{empty}</p>;
  return (
    <table>
      <thead>
        {/* header row */}
        <tr>
          {columns.map((c) => (
            <th key={c.key}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((c) => (
              <td key={c.key}>{c.render ? c.render(row) : String(row[c.key] ?? '')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
