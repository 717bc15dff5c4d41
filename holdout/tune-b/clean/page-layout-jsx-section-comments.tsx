import type { ReactNode } from "react";
import { NavBar } from "./NavBar";

export default function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-h-screen flex flex-col">
      {/* Header */}
      <header className="border-b">
        <NavBar />
        <h1 className="sr-only">{title}</h1>
      </header>

      {/* Main content */}
      <main className="flex-1 container mx-auto px-4 py-8">{children}</main>

      {/* Footer */}
      <footer className="border-t py-4 text-center text-sm text-gray-500">
        © {new Date().getFullYear()} Acme Inc.
      </footer>
    </div>
  );
}
