Here's the `Breadcrumbs` component you asked for:

import Link from "next/link";

export interface Crumb {
  href: string;
  label: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="breadcrumbs">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href}>
              {last ? (
                <span aria-current="page">{item.label}</span>
              ) : (
                <Link href={item.href}>{item.label}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

You can use it like this: `<Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/shop", label: "Shop" }]} />`.
Let me know if you want me to add a separator icon or structured data (JSON-LD) for SEO.
