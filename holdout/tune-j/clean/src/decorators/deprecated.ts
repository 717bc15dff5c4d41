const warned = new Set<string>();

// TODO: remove together with the v2 compatibility layer in v3
export function deprecated(message?: string) {
  return function <This, Args extends unknown[], Return>(
    target: (this: This, ...args: Args) => Return,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Return>,
  ) {
    const name = String(context.name);
    return function (this: This, ...args: Args): Return {
      if (!warned.has(name)) {
        warned.add(name);
        console.warn(`${name}() is deprecated${message ? `: ${message}` : ''}`);
      }
      return target.call(this, ...args);
    };
  };
}