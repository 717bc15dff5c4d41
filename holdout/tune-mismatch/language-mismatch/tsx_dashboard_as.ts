import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { fetchStats, type Stats } from "../api/stats";
import { StatCard } from "./StatCard";

interface DashboardProps {
  teamId: string;
  range?: "7d" | "30d" | "90d";
}

export default function Dashboard({ teamId, range = "30d" }: DashboardProps) {
  const { data, isLoading, error } = useQuery<Stats>({
    queryKey: ["stats", teamId, range],
    queryFn: () => fetchStats(teamId, range),
  });

  const conversion = useMemo(
    () => (data ? ((data.signups / Math.max(data.visits, 1)) * 100).toFixed(1) : "0"),
    [data],
  );

  if (isLoading) return <p className="animate-pulse">Loading…</p>;
  if (error) return <p role="alert">Failed to load stats</p>;

  return (
    <section className="grid grid-cols-3 gap-4">
      <StatCard label="Visits" value={data!.visits} />
      <StatCard label="Signups" value={data!.signups} />
      <StatCard label="Conversion" value={`${conversion}%`} />
    </section>
  );
}
