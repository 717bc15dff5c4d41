import { formatCompact, formatPercent } from './format.mjs';

export function lineChartOptions({ title, percent = false }) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      title: { display: Boolean(title), text: title },
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (ctx) => `${ctx.dataset.label}: ${percent ? formatPercent(ctx.parsed.y) : formatCompact(ctx.parsed.y)}`,
        },
      },
    },
    scales: {
      y: {
        beginAtZero: true,
        ticks: { callback: (value) => (percent ? formatPercent(value,