export type Fn<T> = (value: T) => T;

export function pipe<T>(...fns: Array<Fn<T>>): Fn<T> {
  return (value: T) => fns.reduce((acc, fn) => fn(acc), value);
}

export function compose<T>(...fns: Array<Fn<T>>): Fn<T> {
  // same as pipe() but applies right-to-left
  return pipe(...[...fns].reverse());
}

export function tap<T>(sideEffect: (value: T) => void): Fn<T> {
  return (value) => {
    sideEffect(value);
    return value;
  };
}
