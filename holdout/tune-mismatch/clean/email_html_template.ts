export interface ReceiptItem {
  name: string;
  qty: number;
  priceCents: number;
}

const money = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function receiptEmail(customer: string, items: ReceiptItem[], orderUrl: string): string {
  const rows = items
    .map(
      (i) => `
        <tr>
          <td style="padding:8px 0">${escapeHtml(i.name)} &times; ${i.qty}</td>
          <td style="padding:8px 0;text-align:right">${money(i.qty * i.priceCents)}</td>
        </tr>`,
    )
    .join("");
  const total = items.reduce((sum, i) => sum + i.qty * i.priceCents, 0);

  return `<!doctype html>
<html>
  <body style="margin:0;background:#f6f6f6;font-family:Helvetica,Arial,sans-serif">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr>
        <td align="center">
          <table role="presentation" width="560" style="background:#ffffff;padding:24px">
            <tr><td><h1 style="font-size:20px">Thanks for your order, ${escapeHtml(customer)}!</h1></td></tr>
            ${rows}
            <tr>
              <td style="border-top:1px solid #eee;padding-top:8px"><strong>Total</strong></td>
              <td style="border-top:1px solid #eee;padding-top:8px;text-align:right"><strong>${money(total)}</strong></td>
            </tr>
            <tr><td><a href="${orderUrl}" style="color:#2563eb">View your order</a></td></tr>
          </table>
        </td>
      </tr>
    </table>
  </body>
</html>`;
}
