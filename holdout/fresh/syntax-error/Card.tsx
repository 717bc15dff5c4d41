import type { ReactNode } from 'react';

interface CardProps {
  title: string;
  children: ReactNode;
}

export default funtion Card({ title, children }: CardProps) {
  return (
    <div className="rounded border p-4">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </div>
  );
}

export function CardSkeleton() {
  return <div className="h-24 animate-pulse rounded bg-gray-200" />;
}
