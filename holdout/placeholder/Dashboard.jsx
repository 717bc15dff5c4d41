import { useEffect, useState } from 'react';
import { StatCard } from './StatCard';
import { RevenueChart } from './RevenueChart';
import { RecentOrders } from './RecentOrders';

export default function Dashboard({ api }) {
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    api.getDashboard()
      .then((data) => !cancelled && setStats(data))
      .catch((err) => !cancelled && setError(err));
    return () => {
      cancelled = true;
    };
  }, [api]);

  if (error) return <p role="alert">Could not load the dashboard: {error.message}</p>;
  if (!stats) return <p>Loading…</p>;

  return (
    <main className="dashboard">
      <div className="dashboard__stats">
        <StatCard label="Revenue" value={stats.revenue} format="currency" />
        <StatCard label="Orders" value={stats.orders} />
        {/* ... */}
      </div>
      <RevenueChart series={stats.revenueSeries} />
      <RecentOrders orders={stats.recentOrders} />
    </main>
  );
}
