import React, { useEffect, useState } from "react";
import { fetchStats } from "../api";
import StatCard from "./StatCard";

export default function Dashboard() {
  const [stats, setStats] = useState(null);

  useEffect(() => {
    fetchStats().then(setStats);
  }, []);

  if (!stats) return <p>Loading…</p>;

  return (
    <section className="dashboard">
      <h1>Overview</h1>
      <div className="grid">
        <StatCard label="Revenue" value={stats.revenue} />
        <StatCard label="Orders" value={stats.orders} />
        ...
      </div>
    </section>
  );
}
