import Link from "next/link";
import { useSession, signOut } from "next-auth/react";

export function Navbar() {
  const { data: session, status } = useSession();

  return (
    <nav className="navbar">
      <Link href="/" className="navbar__brand">
        Acme
      </Link>
      <div className="navbar__links">
        <Link href="/pricing">Pricing</Link>
        <Link href="/docs">Docs</Link>
      </div>
      {status === "authenticated" ? (
        <div className="navbar__user">
          <span>{session.user?.name}</span>
          <Link href="/account" classNa