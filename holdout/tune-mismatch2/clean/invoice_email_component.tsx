import * as React from "react";

type LineItem = { description: string; quantity: number; unitPrice: number };

interface InvoiceEmailProps {
  customerName: string;
  invoiceNumber: string;
  items: LineItem[];
  dueDate: string;
}

const styles = `
  body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #111827; }
  .wrapper { max-width: 600px; margin: 0 auto; padding: 24px; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: 8px 12px; border-bottom: 1px solid #e5e7eb; text-align: left; }
  td.amount { text-align: right; font-variant-numeric: tabular-nums; }
  .total { font-weight: 700; font-size: 18px; }
  @media (max-width: 480px) { .wrapper { padding: 12px; } }
`;

const money = (n: number) => `$${n.toFixed(2)}`;

export function InvoiceEmail({ customerName, invoiceNumber, items, dueDate }: InvoiceEmailProps) {
  const total = items.reduce((sum, i) => sum + i.quantity * i.unitPrice, 0);
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{`Invoice ${invoiceNumber}`}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <div className="wrapper">
          <h1>Invoice {invoiceNumber}</h1>
          <p>Hi {customerName}, here is your invoice. Payment is due on {dueDate}.</p>
          <table>
            <thead>
              <tr>
                <th>Description</th>
                <th>Qty</th>
                <th>Amount</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, idx) => (
                <tr key={idx}>
                  <td>{item.description}</td>
                  <td>{item.quantity}</td>
                  <td className="amount">{money(item.quantity * item.unitPrice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="total">Total: {money(total)}</p>
        </div>
      </body>
    </html>
  );
}
