'use strict';

// Finds the first cell matching `predicate` in a 2-D grid, skipping rows
// flagged as hidden. Labeled loops keep this allocation-free.
function findCell(grid, predicate, hiddenRows = new Set()) {
  let found = null;
  rows: for (let r = 0; r < grid.length; r++) {
    if (hiddenRows.has(r)) continue rows;
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === undefined) continue rows;
      if (predicate(grid[r][c], r, c)) {
        found = { row: r, col: c, value: grid[r][c] };
        break rows;
      }
    }
  }
  return found;
}

function validateShape(grid) {
  check: {
    if (!Array.isArray(grid) || grid.length === 0) break check;
    const width = grid[0].length;
    for (const row of grid) {
      if (row.length !== width) break check;
    }
    return true;
  }
  return false;
}

function countIslands(grid) {
  const seen = new Set();
  let islands = 0;
  outer:
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      const key = `${r},${c}`;
      if (grid[r][c] !== 1 || seen.has(key)) continue;
      if (islands > 1000) break outer;
      islands++;
      const stack = [[r, c]];
      while (stack.length) {
        const [y, x] = stack.pop();
        const k = `${y},${x}`;
        if (seen.has(k) || grid[y]?.[x] !== 1) continue;
        seen.add(k);
        stack.push([y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]);
      }
    }
  }
  return islands;
}

module.exports = { findCell, validateShape, countIslands };
