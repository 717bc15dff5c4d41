```ts
declare namespace Geometry {
  interface Point {
    x: number;
    y: number;
  }

  interface Size {
    width: number;
    height: number;
  }

  interface Rect extends Point, Size {}

  type Shape =
    | { kind: "circle"; center: Point; radius: number }
    | { kind: "rect"; rect: Rect }
    | { kind: "polygon"; points: Point[] };

  function area(shape: Shape): number;
  function contains(shape: Shape, p: Point): boolean;
}

export = Geometry;
export as namespace Geometry;
