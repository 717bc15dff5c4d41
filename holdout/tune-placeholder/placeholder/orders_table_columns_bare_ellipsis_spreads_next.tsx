import type { ColumnDef } from '@tanstack/react-table';
import { Badge } from '@/components/ui/badge';
import { formatCurrency } from '@/lib/format';

export type OrderRow = {
  id: string;
  customer: string;
  status: 'pending' | 'paid' | 'refunded';
  total: number;
};

export const columns: ColumnDef<OrderRow>[] = [
  { accessorKey: 'id', header: 'Order' },
  { accessorKey: 'customer', header: 'Customer' },
  ...
  {
    accessorKey: 'total',
    header: () => <div className="text-right">Total</div>,
    cell: ({ row }) => <div className="text-right">{formatCurrency(row.original.total)}</div>,
  },
];

export function StatusBadge({ status }: { status: OrderRow['status'] }) {
  return <Badge variant={status === 'paid' ? 'default' : 'secondary'}>{status}</Badge>;
}
