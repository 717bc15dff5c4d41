import { useEffect, useState } from 'react';
import { fetchStats, fetchActivity } from '../api/dashboard';
import ActivityFeed from '../components/ActivityFeed';
import PageHeader from '../components/PageHeader';

export default function Dashboard() {
  const [stats, setStats] = useState(null);
  const [activity, setActivity] = useState([]);

  useEffect(() => {
    let cancelled = false;
    Promise.all([fetchStats(), fetchActivity({ limit: 20 })]).then(([s, a]) => {
      if (!cancelled) {
        setStats(s);
        setActivity(a);
      }
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <main className="dashboard">
      <PageHeader title="Overview" />
      <!-- the stats cards section stays the same -->
      <section className="dashboard__activity">
        <h2>Recent activity</h2>
        <ActivityFeed items={activity} />
      </section>
    </main>
  );
}
