Sure! Below is a small, dependency-free implementation of `groupBy` and `countBy` that works in both Node and the browser.

export function groupBy(items, keyFn) {
  const groups = new Map();
  for (const item of items) {
    const key = typeof keyFn === 'function' ? keyFn(item) : item[keyFn];
    const bucket = groups.get(key);
    if (bucket) bucket.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function countBy(items, keyFn) {
  const counts = new Map();
  for (const [key, group] of groupBy(items, keyFn)) {
    counts.set(key, group.length);
  }
  return counts;
}

export const toObject = (map) => Object.fromEntries(map);

Hope this helps! If you're on Node 21+ you can also use the built-in `Map.groupBy`.
