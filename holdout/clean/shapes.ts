export enum ShapeKind {
  Circle = "circle",
  Rect = "rect",
  Triangle = "triangle",
}

export const enum Precision {
  Low = 1,
  Medium = 2,
  High = Low << 2,
}

export abstract class Shape {
  abstract readonly kind: ShapeKind;
  protected constructor(public readonly id: string) {}

  abstract area(): number;
  abstract perimeter(): number;

  describe(precision: Precision = Precision.Medium): string {
    return `${this.kind}#${this.id}: area=${this.area().toFixed(precision)}`;
  }
}

export class Circle extends Shape {
  readonly kind = ShapeKind.Circle;
  constructor(id: string, private readonly r: number) {
    super(id);
  }
  area() {
    return Math.PI * this.r ** 2;
  }
  perimeter() {
    return 2 * Math.PI * this.r;
  }
}

export class Rect extends Shape {
  override readonly kind = ShapeKind.Rect;
  constructor(id: string, private w: number, private h: number) {
    super(id);
  }
  area(): number {
    return this.w * this.h;
  }
  perimeter(): number {
    return 2 * (this.w + this.h);
  }
}

export function assertNever(x: never): never {
  throw new Error(`Unexpected shape: ${JSON.stringify(x)}`);
}
