'use strict';

const os = require('node:os');

function snapshot() {
  const mem = process.memoryUsage();
  return {
    rssMb: Math.round(mem.rss / 1048576),
    heapUsedMb: Math.round(mem.heapUsed / 1048576),
    load1: os.loadavg()[0],
    uptime: Math.round(process.uptime()),
  };
}

function startReporter(send, intervalMs = 15_000) {
  const timer = setInterval(() => {
    const data = snapshot();
    console.debug('metrics', JSON.stringify(data)
    send(data).catch((err) => console.warn('metrics send failed', err.message));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

module.exports = { snapshot, startReporter };
