import { useEffect, useMemo, useState } from "react";
import { fetchMetrics, type Metric } from "../api/metrics";
import { Chart } from "../components/Chart";
import { Spinner } from "../components/Spinner";

export function Dashboard({ teamId }: { teamId: string }) {
  const [metrics, setMetrics] = useState<Metric[] | null>(null);
  const [range, setRange] = useState<"7d" | "30d">("7d");

  useEffect(() => {
    let cancelled = false;
    fetchMetrics(teamId, range).then((m) => {
      if (!cancelled) setMetrics(m);
    });
    return () => {
      cancelled = true;
    };
  }, [teamId, range]);

  const total = useMemo(() => metrics?.reduce((s, m) => s + m.value, 0) ?? 0, [metrics]);

  if (!metrics) return <Spinner />;

  return (
    <section>
      <header>
        <h2>Total: {total}</h2>
        <select value={range} onChange={(e) => setRange(e.target.value as "7d" | "30d")}>
          <option value="7d">Last 7 days</option>
          <option value="30d">Last 30 days</option>
        </select>
      </header>
      <Chart data={metrics} />
    </section>
  );
}
