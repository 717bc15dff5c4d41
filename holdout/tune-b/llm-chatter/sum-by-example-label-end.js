function sumBy(items, pick) {
  return items.reduce((total, item) => total + Number(pick(item) || 0), 0);
}

module.exports = { sumBy };

Example:
console.log(sumBy([{ price: 3 }, { price: 4.5 }], (i) => i.price)); // 7.5
