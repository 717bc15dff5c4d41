function takeBatch(queue, size) {
  const batch = queue.slice(0, size);
  const [first, ...rest] = batch;
  return { first, rest, remaining: queue.slice(size) };
}

function logEvent(type, { userId, ...details }) {
  console.log(JSON.stringify({ type, userId, details }));
}

function maxOf(...values) {
  return values.length ? Math.max(...values) : undefined;
}

module.exports = { takeBatch, logEvent, maxOf };
