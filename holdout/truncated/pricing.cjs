'use strict';

const TIERS = [
  { upTo: 10, unitCents: 1200 },
  { upTo: 50, unitCents: 1000 },
  { upTo: Infinity, unitCents: 800 },
];

function unitPrice(seats) {
  return TIERS.find((t) => seats <= t.upTo).unitCents;
}

function quote(seats, { annual = false, couponPercent = 0 } = {}) {
  const monthly = unitPrice(seats) * seats;
  const base = annual ? monthly * 12 * 0.85 : monthly;
  const discounted =
