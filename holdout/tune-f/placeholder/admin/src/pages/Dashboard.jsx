import { useEffect, useState } from 'react';
import { fetchStats } from '../api/stats';
import Spinner from '../components/Spinner';

export default function Dashboard({ user }) {
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetchStats()
      .then((s) => !cancelled && setStats(s))
      .catch((e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, []);

  if (error) return <div className="alert">Could not load stats: {error.message}</div>;
  if (!stats) return <Spinner />;

  return (
    <main className="dashboard">
      <header>
        <h1>Welcome back, {user.firstName}</h1>
        <span className="muted">{stats.period}</span>
      </header>
      {/* sidebar and widgets as in the previous version */}
    </main>
  );
}
