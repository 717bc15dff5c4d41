export namespace Geo {
  export interface Point {
    lat: number;
    lng: number;
  }

  export namespace Units {
    export const EARTH_RADIUS_KM = 6371;
    export const KM_PER_MILE = 1.609344;
  }

  const toRad = (deg: number) => (deg * Math.PI) / 180;

  export function distance(a: Point, b: Point): number;
  export function distance(a: Point, b: Point, unit: "km" | "mi"): number;
  export function distance(a: [number, number], b: [number, number]): number;
  export function distance(
    a: Point | [number, number],
    b: Point | [number, number],
    unit: "km" | "mi" = "km",
  ): number {
    const p = Array.isArray(a) ? { lat: a[0], lng: a[1] } : a;
    const q = Array.isArray(b) ? { lat: b[0], lng: b[1] } : b;
    const dLat = toRad(q.lat - p.lat);
    const dLng = toRad(q.lng - p.lng);
    const h =
      Math.sin(dLat / 2) ** 2 +
      Math.cos(toRad(p.lat)) * Math.cos(toRad(q.lat)) * Math.sin(dLng / 2) ** 2;
    const km = 2 * Units.EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    return unit === "km" ? km : km / Units.KM_PER_MILE;
  }
}

export import Point = Geo.Point;
