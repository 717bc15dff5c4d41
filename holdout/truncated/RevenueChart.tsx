import { ResponsiveContainer, LineChart, Line, XAxis, YAxis, Tooltip } from "recharts";
import { useRevenue } from "@/hooks/useRevenue";
import { Spinner } from "@/components/Spinner";

export function RevenueChart({ range }: { range: "7d" | "30d" | "90d" }) {
  const { data, isLoading, error } = useRevenue(range);

  return (
    <section className="card">
      <h2>Revenue</h2>
      {isLoading && <Spinner />}
      {error && <p role="alert">Failed to load revenue.</p>}
      {data &&