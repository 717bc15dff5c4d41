'use strict';

const DIGITS_ONLY = /\D+/g;

function digits(input) {
  return String(input).replace(DIGITS_ONLY, '');
}

function formatUsPhone(input) {
  const d = digits(input);
  if (d.length === 11 && d.startsWith('1')) return formatUsPhone(d.slice(1));
  if (d.length !== 10) return input;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
}

const US_PHONE = /^\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d