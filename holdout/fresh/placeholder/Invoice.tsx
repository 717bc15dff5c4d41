import { formatMoney } from '@/lib/money';
import type { Invoice as InvoiceModel } from '@/types';

export function Invoice({ invoice }: { invoice: InvoiceModel }) {
  return (
    <table className="invoice">
      <thead>
        <tr>
          <th>Description</th>
          <th>Qty</th>
          <th>Amount</th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.slice(0, 1).map((l) => (
          <tr key={l.id}>
            <td>{l.description}</td>
            <td>{l.quantity}</td>
            <td>{formatMoney(l.amountCents)}</td>
          </tr>
        ))}
        {/* … the rest of the table rows … */}
      </tbody>
    </table>
  );
}
