// Produces a minimal unified diff for the review UI.
export function unifiedDiff(oldName, newName, oldLines, newLines) {
  const out = [`--- a/${oldName}`, `+++ b/${newName}`];
  const max = Math.max(oldLines.length, newLines.length);
  let hunk = null;

  for (let i = 0; i < max; i++) {
    const a = oldLines[i];
    const b = newLines[i];
    if (a === b) {
      if (hunk) {
        out.push(...flush(hunk));
        hunk = null;
      }
      continue;
    }
    hunk ??= { start: i + 1, removed: [], added: [] };
    if (a !== undefined) hunk.removed.push(a);
    if (b !== undefined) hunk.added.push(b);
  }
  if (hunk) out.push(...flush(hunk));
  return out.join('\n');
}

function flush({ start, removed, added }) {
  return [
    `@@ -${start},${removed.length} +${start},${added.length} @@`,
    ...removed.map((line) => `-${line}`),
    ...added.map((line) => `+${line}`),
  ];
}

export const EXAMPLE = `--- a/src/app.js
+++ b/src/app.js
@@ -1,3 +1,3 @@
-const port = 3000;
+const port = Number(process.env.PORT) || 3000;
 app.listen(port);
`;
