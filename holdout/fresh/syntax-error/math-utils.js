export const subtract = (a, b) => a - b;

export const multiply = (a, b) => a * b;

export const add = (a, b) = > a + b;

export function divide(a, b) {
  if (b === 0) throw new RangeError('Division by zero');
  return a / b;
}

export function average(values) {
  return values.length ? values.reduce(add, 0) / values.length : 0;
}
