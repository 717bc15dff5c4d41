import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCart } from "@/hooks/useCart";
import { UserMenu } from "./UserMenu";

const NAV = [
  { href: "/", label: "Home" },
  { href: "/shop", label: "Shop" },
  { href: "/journal", label: "Journal" },
];

export default function Header() {
  const pathname = usePathname();
  const { count } = useCart();

  return (
    <header className="site-header">
      <Link href="/" className="logo">
        Acme
      </Link>
      <nav aria-label="Main">
        {NAV.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={pathname === item.href ? "page" : undefined}
          >
            {item.label}
          </Link>
        ))}
        {/* ... rest of the nav links unchanged ... */}
      </nav>
      <div className="site-header__actions">
        <Link href="/cart" aria-label={`Cart, ${count} items`}>
          Cart ({count})
        </Link>
        <UserMenu />
      </div>
    </header>
  );
}
