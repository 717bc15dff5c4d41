'use strict';

class Temperature {
  static #ABSOLUTE_ZERO = -273.15;

  constructor(celsius = 0) {
    this.celsius = celsius;
  }

  get celsius() {
    return this._c;
  }

  set celsius(value) {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new TypeError('temperature must be a number');
    }
    if (value < Temperature.#ABSOLUTE_ZERO) {
      throw new RangeError(`below absolute zero: ${value}`);
    }
    this._c = value;
  }

  get fahrenheit() {
    return this._c * 9 / 5 + 32;
  }

  set fahrenheit(value) {
    this.celsius = (value - 32) * 5 / 9;
  }

  get kelvin() {
    return this._c - Temperature.#ABSOLUTE_ZERO;
  }

  static get absoluteZero() {
    return new Temperature(Temperature.#ABSOLUTE_ZERO);
  }

  [Symbol.toPrimitive](hint) {
    return hint === 'string' ? `${this._c.toFixed(1)}°C` : this._c;
  }
}

const reading = {
  _raw: 21.5,
  get value() { return new Temperature(this._raw); },
  set value(t) { this._raw = t.celsius; },
};

module.exports = { Temperature, reading };
