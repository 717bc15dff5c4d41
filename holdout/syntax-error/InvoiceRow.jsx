import { formatMoney } from '../lib/money';

export function InvoiceRow({ invoice, onDownload }) {
  const overdue = invoice.status === 'open' && new Date(invoice.dueDate) < new Date();

  return (
    <tr className={overdue ? 'invoice invoice--overdue' : 'invoice'}>
      <td>{invoice.number}</td>
      <td>{new Date(invoice.issuedAt).toLocaleDateString()}</td>
      <td>
        <span className={`badge badge--${invoice.status}`}>{invoice.status}</div>
      </td>
      <td className="num">{formatMoney(invoice.totalCents)}</td>
      <td>
        <button onClick={() => onDownload(invoice.id)}>PDF</button>
      </td>
    </tr>
  );
}

export function InvoiceTable({ invoices, onDownload }) {
  return (
    <table>
      <tbody>
        {invoices.map((inv) => (
          <InvoiceRow key={inv.id} invoice={inv} onDownload={onDownload} />
        ))}
      </tbody>
    </table>
  );
}
