// Defensive accessors for API payloads that change shape between versions.

export const displayName = (user) =>
  user?.profile?.displayName ?? user?.name ?? user?.email?.split('@')[0] ?? 'Anonymous';

export function firstTag(post) {
  return post?.tags?.[0]?.label ?? null;
}

export function notify(listeners, event) {
  listeners?.onEvent?.(event);
  listeners?.[event.type]?.(event.payload);
}

export function applyDefaults(options) {
  options.retries ??= 3;
  options.timeout ||= 5000;
  options.logger &&= options.logger.child({ module: 'http' });
  return options;
}

export function readPath(obj, path) {
  let cur = obj;
  for (const key of path.split('.')) {
    cur = cur?.[key];
    if (cur === undefined) break;
  }
  return cur;
}

export const total = (cart) =>
  cart?.items?.reduce((sum, item) => sum + (item?.price ?? 0) * (item?.qty ?? 1), 0) ?? 0;

// `a ? .5 : 1` is a conditional with a number literal, not optional chaining
export const scale = (compact) => (compact ? .5 : 1);
