// Makes every <table data-sortable> sortable by clicking its headers.
function compareCells(a, b, numeric) {
  if (numeric) return parseFloat(a) - parseFloat(b);
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}

function sortTable(table, columnIndex, descending) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const numeric = rows.every((r) => !Number.isNaN(parseFloat(r.cells[columnIndex].textContent)));
  rows.sort((r1, r2) => {
    const result = compareCells(r1.cells[columnIndex].textContent, r2.cells[columnIndex].textContent, numeric);
    return descending ? -result : result;
  });
  rows.forEach((row) => body.appendChild(row));
});

document.querySelectorAll('table[data-sortable]').forEach((table) => {
  Array.from(table.tHead.rows[0].cells).forEach((th, index) => {
    th.addEventListener('click', () => {
      const desc = th.getAttribute('aria-sort') === 'ascending';
      th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
      sortTable(table, index, desc);
    });
  });
});
