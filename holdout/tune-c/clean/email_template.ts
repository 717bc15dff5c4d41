export interface ReceiptData {
  customerName: string;
  orderNumber: string;
  items: { name: string; qty: number; priceCents: number }[];
}

const money = (cents: number) => (cents / 100).toFixed(2);

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderReceipt(data: ReceiptData): string {
  const rows = data.items
    .map(
      (i) => `<tr><td>${escape(i.name)}</td><td>${i.qty}</td><td>$${money(i.priceCents * i.qty)}</td></tr>`,
    )
    .join('\n');
  const total = data.items.reduce((sum, i) => sum + i.priceCents * i.qty, 0);

  return `<!DOCTYPE html>
<html>
  <body style="font-family: Arial, sans-serif; color: #222;">
    <h1>Thanks, ${escape(data.customerName)}!</h1>
    <p>Order <strong>#${escape(data.orderNumber)}</strong></p>
    <table cellpadding="6" style="border-collapse: collapse;">
      <tr><th>Item</th><th>Qty</th><th>Price</th></tr>
      ${rows}
    </table>
    <p style="font-size: 18px;">Total: $${money(total)}</p>
  </body>
</html>`;
}
