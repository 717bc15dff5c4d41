import { Suspense } from 'react';
import { StatsCards } from './StatsCards';
import { RevenueChart } from './RevenueChart';
import { RecentOrders } from './RecentOrders';
import { Skeleton } from '@/components/ui/skeleton';

export default function DashboardPage() {
  return (
    <main className="flex flex-col gap-6 p-6">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
      </header>
      <Suspense fallback={<Skeleton className="h-24" />}>
        <StatsCards />
      </Suspense>
      <section className="grid gap-6 lg:grid-cols-3">
        {/* ... */}
      </section>
      <Suspense fallback={<Skeleton className="h-64" />}>
        <RecentOrders limit={10} />
      </Suspense>
    </main>
  );
}
