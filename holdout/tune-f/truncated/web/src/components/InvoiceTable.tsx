import { formatCurrency } from '../utils/format';
import type { Invoice } from '../types';

export function InvoiceTable({ invoices }: { invoices: Invoice[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Number</th>
          <th>Customer</th>
          <th>Total</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((inv) => (
          <tr key={inv.id}>
            <td>{inv.number}</td>
            <td>{inv.customerName}</td>
            <td className="num">{formatC