function clamp(value, min, max) {
  return Math.min(Math.max(value, min), max);
}

function round(value, digits = 0) {
<<<<<<< HEAD
  const f = 10 ** digits;
  return Math.round(value * f) / f;
||||||| 1a2b3c4
  return Math.round(value);
=======
  return Number(value.toFixed(digits));
>>>>>>> 5d6e7f8
}

function lerp(a, b, t) {
  return a + (b - a) * clamp(t, 0, 1);
}

module.exports = { clamp, round, lerp };
