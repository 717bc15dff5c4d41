import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg py-24 text-center">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="mt-4">Sorry, we couldn&apos;t find that page. Here&apos;s what you can try instead:</p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/">Go back to the homepage</Link>
        </li>
        <li>
          <Link href="/search">Search the docs</Link>
        </li>
        <li>
          <a href="mailto:support@example.com">Let us know if you think this is a bug</a>
        </li>
      </ul>
    </main>
  );
}
