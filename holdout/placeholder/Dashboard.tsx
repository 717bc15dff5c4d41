import { Suspense } from "react";
import { useQuery } from "@tanstack/react-query";
import { fetchMetrics, type Metrics } from "@/api/metrics";
import { KpiCard } from "@/components/KpiCard";
import { RevenueChart } from "@/components/RevenueChart";
import { Spinner } from "@/components/Spinner";

type Range = "7d" | "30d" | "90d";

export function Dashboard({ range = "30d" }: { range?: Range }) {
  const { data, isLoading, error } = useQuery<Metrics>({
    queryKey: ["metrics", range],
    queryFn: () => fetchMetrics(range),
    staleTime: 60_000,
  });

  if (isLoading) return <Spinner />;
  if (error) return <p role="alert">Could not load metrics.</p>;

  // ... rest of the component remains the same
}

export function DashboardPage() {
  return (
    <Suspense fallback={<Spinner />}>
      <Dashboard />
    </Suspense>
  );
}
