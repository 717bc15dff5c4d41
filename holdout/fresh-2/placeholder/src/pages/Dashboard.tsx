import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchDashboard } from '../api/dashboard';
// StatCard, ActivityFeed, UsageChart, Spinner imports — same paths as before

export default function Dashboard() {
  const { data, isLoading, error } = useQuery({
    queryKey: ['dashboard'],
    queryFn: fetchDashboard,
    staleTime: 30_000,
  });

  if (isLoading) return <Spinner />;
  if (error) return <p role="alert">Could not load the dashboard.</p>;

  return (
    <main className="dashboard">
      <section className="dashboard__stats">
        <StatCard label="Active users" value={data!.activeUsers} />
        <StatCard label="MRR" value={data!.mrr} format="currency" />
        <StatCard label="Churn" value={data!.churn} format="percent" />
      </section>
      <Suspense fallback={<Spinner />}>
        <UsageChart series={data!.usage} />
      </Suspense>
      <ActivityFeed items={data!.activity} />
    </main>
  );
}
