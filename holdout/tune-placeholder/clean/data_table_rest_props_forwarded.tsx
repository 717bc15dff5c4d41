import type { TableHTMLAttributes } from 'react';

interface Column<Row> {
  key: keyof Row & string;
  header: string;
}

interface DataTableProps<Row> extends TableHTMLAttributes<HTMLTableElement> {
  rows: Row[];
  columns: Column<Row>[];
}

export function DataTable<Row extends { id: string | number }>({ rows, columns, ...rest }: DataTableProps<Row>) {
  // Remaining props are forwarded to the <table> element unchanged.
  return (
    <table {...rest}>
      <thead>
        <tr>{columns.map((c) => <th key={c.key}>{c.header}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((c) => <td key={c.key}>{String(row[c.key])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
