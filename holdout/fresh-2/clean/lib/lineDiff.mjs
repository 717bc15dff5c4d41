// Minimal line diff based on the longest common subsequence.
// Lines that are unchanged are emitted with a leading space, like `diff -u`.

export function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));

  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }

  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'unchanged', line: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ops.push({ kind: 'removed', line: a[i++] });
    } else {
      ops.push({ kind: 'added', line: b[j++] });
    }
  }
  while (i < a.length) ops.push({ kind: 'removed', line: a[i++] });
  while (j < b.length) ops.push({ kind: 'added', line: b[j++] });
  return ops;
}

const PREFIX = { unchanged: ' ', removed: '-', added: '+' };

export function formatDiff(ops) {
  return ops.map((op) => PREFIX[op.kind] + op.line).join('\n');
}
