import { useEffect, useState } from "react";
import { fetchStats } from "./api";

export default function Dashboard() {
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    fetchStats().then(setStats).catch(setError);
  }, []);

  if (error) return <p className="error">Could not load stats.</p>;

  return (
    <section className="dashboard">
      {/* ...existing JSX... */}
      {stats && (
        <ul className="stats">
          <li>Active users: {stats.activeUsers}</li>
          <li>Revenue: {stats.revenue}</li>
        </ul>
      )}
    </section>
  );
}
