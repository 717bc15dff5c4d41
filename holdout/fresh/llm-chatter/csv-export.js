The issue was that commas inside values were not being escaped. Here's the corrected version:

function toCsv(rows, columns) {
  const escape = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = columns.map((c) => escape(c.label)).join(',');
  const body = rows.map((r) => columns.map((c) => escape(r[c.key])).join(','));
  return [header, ...body].join('\n');
}

module.exports = { toCsv };
