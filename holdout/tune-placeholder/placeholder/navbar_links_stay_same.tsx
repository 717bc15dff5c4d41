import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';

const linkClass = 'rounded px-3 py-2 text-sm font-medium hover:bg-muted';

export function Navbar() {
  const pathname = usePathname();
  return (
    <nav className="flex items-center gap-2 border-b px-4 py-2">
      <Link href="/" className="mr-4 font-bold">
        Acme
      </Link>
      <Link href="/pricing" className={cn(linkClass, pathname === '/pricing' && 'bg-muted')}>
        Pricing
      </Link>
      {/* other nav links stay the same */}
      <div className="ml-auto">
        <Link href="/login" className={linkClass}>
          Sign in
        </Link>
      </div>
    </nav>
  );
}
