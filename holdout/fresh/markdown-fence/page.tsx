// app/dashboard/page.tsx
```tsx
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getStats } from '@/lib/stats';

export default async function DashboardPage() {
  const session = await auth();
  if (!session?.user) redirect('/login');

  const stats = await getStats(session.user.id);

  return (
    <main className="p-8">
      <h1 className="text-2xl font-bold">Welcome back, {session.user.name}</h1>
      <dl className="mt-6 grid grid-cols-3 gap-4">
        <div><dt>Projects</dt><dd>{stats.projects}</dd></div>
        <div><dt>Deploys</dt><dd>{stats.deploys}</dd></div>
        <div><dt>Errors</dt><dd>{stats.errors}</dd></div>
      </dl>
    </main>
  );
}
```
