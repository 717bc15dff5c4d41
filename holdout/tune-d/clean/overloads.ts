export abstract class Shape {
  abstract area(): number;
  abstract perimeter(): number;

  describe(): string {
    return `${this.constructor.name}: area=${this.area().toFixed(2)}`;
  }
}

export function parse(input: string): number;
export function parse(input: string[]): number[];
export function parse(input: string | string[]): number | number[] {
  return Array.isArray(input) ? input.map(Number) : Number(input);
}

declare global {
  interface Window {
    __APP_VERSION__: string;
  }
}

export interface Repository<T> {
  get(id: string): Promise<T | undefined>;
  save(item: T): Promise<void>;
}
