export class Vector {
  constructor(x = 0, y = 0) {
    this.x = x;
    this.y = y;
  }

  function add(other) {
    return new Vector(this.x + other.x, this.y + other.y);
  }

  scale(k) {
    return new Vector(this.x * k, this.y * k);
  }

  get length() {
    return Math.hypot(this.x, this.y);
  }

  normalize() {
    const len = this.length;
    return len === 0 ? new Vector() : this.scale(1 / len);
  }
}

export const dot = (a, b) => a.x * b.x + a.y * b.y;
export const angleBetween = (a, b) => Math.acos(dot(a.normalize(), b.normalize()));
