import { useEffect, useState } from 'react';
import { fetchStats } from '../api/stats';
import { StatCard } from './StatCard';
import { ActivityFeed } from './ActivityFeed';

export default function Dashboard({ user }) {
  const [stats, setStats] = useState(null);

  useEffect(() => {
    fetchStats(user.id).then(setStats);
  }, [user.id]);

  if (!stats) return <div className="spinner" />;

  return (
    <main className="dashboard">
      <h1>Hi, {user.firstName}</h1>
      <section className="stats-grid">
        <StatCard label="Revenue" value={stats.revenue} />
        <StatCard label="Orders" value={stats.orders} />
      </section>
      <rest of component>
    </main>
  );
}
