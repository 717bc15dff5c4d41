function lineTotal(line) {
  return line.unitPrice * line.quantity;
}

function invoiceTotals(invoice) {
  const subtotal = invoice.lines.reduce((s, l) => s + lineTotal(l), 0);
  const discount = invoice.discountPct ? subtotal * (invoice.discountPct / 100) : 0;
  const taxable = subtotal - discount;
  const tax = taxable * invoice.taxRate;
  const total = taxable +