import { useEffect, useState } from 'react';
import { Chart } from './Chart';
import { KpiCard } from './KpiCard';

export default function Dashboard({ teamId }) {
  const [metrics, setMetrics] = useState(null);
  const [range, setRange] = useState('30d');

  useEffect(() => {
    // fetch logic stays the same
  }, [teamId, range]);

  return (
    <div className="dashboard">
      <select value={range} onChange={(e) => setRange(e.target.value)}>
        <option value="7d">Last 7 days</option>
        <option value="30d">Last 30 days</option>
        <option value="90d">Last 90 days</option>
      </select>
      {metrics && (
        <>
          <div className="kpis">
            <KpiCard label="Active users" value={metrics.activeUsers} />
            <KpiCard label="Conversion" value={`${metrics.conversion}%`} />
          </div>
          <Chart data={metrics.series} />
        </>
      )}
    </div>
  );
}
