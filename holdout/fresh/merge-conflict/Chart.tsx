import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface Point {
  date: string;
  value: number;
}

export function Chart({ data }: { data: Point[] }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={data}>
        <XAxis dataKey="date" />
        <YAxis />
        <Tooltip />
<<<<<<< HEAD
        <Line type="monotone" dataKey="value" stroke="#8884d8" />
=======
        <Line type="monotone" dataKey="value" stroke="var(--chart-1)" strokeWidth={2} dot={false} />
>>>>>>> theme-colors
      </LineChart>
    </ResponsiveContainer>
  );
}
