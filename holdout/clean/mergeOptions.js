// ESM (.js under "type": "module"); check with: node --input-type=module --check
const DEFAULTS = {
  retries: 3,
  timeout: 10_000,
  headers: { accept: 'application/json' },
  hooks: [],
};

export function mergeOptions(base = DEFAULTS, ...overrides) {
  return overrides.reduce(
    (acc, { headers, hooks, ...rest } = {}) => ({
      ...acc,
      ...rest,
      headers: {
        ...acc.headers,
        ...headers,
      },
      hooks: [
        ...acc.hooks,
        ...(hooks ?? []),
      ],
    }),
    { ...base }
  );
}

export function pick(obj, ...keys) {
  return Object.fromEntries(
    keys
      .filter((k) => k in obj)
      .map((k) => [k, obj[k]])
  );
}

export function omit(obj, ...keys) {
  const { ...copy } = obj;
  for (const k of keys) delete copy[k];
  return copy;
}

export const call = (fn, ...args) =>
  fn(
    ...args
  );

export function concatAll(...lists) {
  return [].concat(
    ...lists
  );
}
