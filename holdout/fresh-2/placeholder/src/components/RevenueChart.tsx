import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';

interface Point {
  month: string;
  revenue: number;
  target: number;
}

const options: ChartOptions<'line'> = {
  responsive: true,
  plugins: { legend: { position: 'bottom' } },
  scales: { y: { beginAtZero: true } },
};

export function RevenueChart({ data }: { data: Point[] }) {
  const chartData = useMemo<ChartData<'line'>>(() => {
    … (build labels + the two datasets from data here)
  }, [data]);

  if (data.length === 0) {
    return <p className="muted">No revenue recorded for this period.</p>;
  }

  return <Line data={chartData} options={options} />;
}
