import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import DataGrid from '../components/DataGrid';
import { fetchOrders } from '../api/orders';

const COLUMNS = [
  { key: 'id', label: 'Order' },
  { key: 'customer', label: 'Customer' },
  { key: 'total', label: 'Total', render: (o) => `€${(o.totalCents / 100).toFixed(2)}` },
  { key: 'status', label: 'Status' },
];

function OrdersPage() {
  const [page, setPage] = useState(1);
  const { data, isLoading } = useQuery({
    queryKey: ['orders', page],
    queryFn: () => fetchOrders({ page }),
    keepPreviousData: true,
  });

  return (
    <section>
      <h1>Orders</h1>
      <DataGrid columns={COLUMNS} rows={data?.rows ?? []} loading={isLoading} />
      <button disabled={page === 1} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button disabled={!data?.hasMore} onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}

export default OrdersPa