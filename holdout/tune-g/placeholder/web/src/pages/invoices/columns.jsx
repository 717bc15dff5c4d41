import { formatCurrency, formatDate } from '../../lib/format';
import StatusBadge from '../../components/StatusBadge';

export const invoiceColumns = [
  {
    key: 'number',
    title: 'Invoice #',
    sortable: true,
    render: (row) => <a href={`/invoices/${row.id}`}>{row.number}</a>,
  },
  {
    key: 'customer',
    title: 'Customer',
    sortable: true,
  },
  {
    key: 'issuedAt',
    title: 'Issued',
    render: (row) => formatDate(row.issuedAt),
  },
  /* ... remaining columns omitted for brevity ... */
  {
    key: 'status',
    title: 'Status',
    render: (row) => <StatusBadge status={row.status} />,
  },
];

export const totalsColumn = {
  key: 'total',
  title: 'Total',
  align: 'right',
  render: (row) => formatCurrency(row.total, row.currency),
};
