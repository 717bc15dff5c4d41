import { useQuery } from '@tanstack/react-query';
import { fetchStats } from '../api';
import StatCard from './StatCard';

export default function Dashboard() {
  const { data, isLoading } = useQuery({ queryKey: ['stats'], queryFn: fetchStats });

  if (isLoading) return <p>Loading…</p>;

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>Overview</h1>
      </header>
      <div className="stat-grid">
        <StatCard label="Users" value={data.users} />
        <StatCard label="Revenue" value={data.revenue} />
      </div>
      {/* ... */}
    </div>
  );
}
