Certainly! Below is an implementation of `groupBy` that works with any key function.

export function groupBy(items, keyFn) {
  const out = new Map();
  for (const item of items) {
    const key = keyFn(item);
    const bucket = out.get(key);
    if (bucket) bucket.push(item);
    else out.set(key, [item]);
  }
  return out;
}

export const countBy = (items, keyFn) =>
  new Map([...groupBy(items, keyFn)].map(([k, v]) => [k, v.length]));

Hope this helps!
