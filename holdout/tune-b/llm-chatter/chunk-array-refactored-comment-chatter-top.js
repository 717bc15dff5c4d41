// Here's the refactored version using a generator function:
function* chunk(items, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
}

module.exports = { chunk };
