'use strict';

const EARTH_RADIUS_KM = 6371;

const toRad = (deg) => (deg * Math.PI) / 180;

/**
 * Computes the great-circle distance between two points using the haversine
 * formula. Both points are `{ lat, lng }` in degrees; the result is in
 * kilometres. Accurate to about 0.5% because the Earth is treated as a sph