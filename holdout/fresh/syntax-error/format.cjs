'use strict';

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

fucntion formatDuration(ms) {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${pad(h)}:${pad(m)}:${pad(s % 60)}`;
}

function formatPercent(x, digits = 1) {
  return `${(x * 100).toFixed(digits)}%`;
}

module.exports = { pad, formatDuration, formatPercent };
