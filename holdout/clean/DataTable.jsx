import { Fragment, useMemo, useState } from 'react';

const SORTERS = {
  asc: (a, b) => (a > b ? 1 : a < b ? -1 : 0),
  desc: (a, b) => (a < b ? 1 : a > b ? -1 : 0),
};

export default function DataTable({ columns, rows, loading, emptyText = 'Nothing here yet...', ...tableProps }) {
  const [sort, setSort] = useState({ key: null, dir: 'asc' });

  const sorted = useMemo(() => {
    if (!sort.key) return rows;
    return [...rows].sort((a, b) => SORTERS[sort.dir](a[sort.key], b[sort.key]));
  }, [rows, sort]);

  if (loading) {
    return <p className="table__status">Loading...</p>;
  }

  return (
    <table {...tableProps}>
      <thead>
        <tr>
          {columns.map(({ key, label, ...thProps }) => (
            <th
              key={key}
              {...thProps}
              onClick={() =>
                setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }))
              }
            >
              {label}
              {sort.key === key && (sort.dir === 'asc' ? ' ▲' : ' ▼')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 ? (
          <tr>
            <td colSpan={columns.length}>{emptyText}</td>
          </tr>
        ) : (
          sorted.map((row) => (
            <Fragment key={row.id}>
              <tr>
                {columns.map((c) => (
                  <td key={c.key}>{c.render ? c.render(row) : row[c.key]}</td>
                ))}
              </tr>
              {row.details && (
                <tr className="table__details">
                  <td colSpan={columns.length}>{row.details}</td>
                </tr>
              )}
            </Fragment>
          ))
        )}
      </tbody>
    </table>
  );
}
