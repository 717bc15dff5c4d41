import { memo, type ReactNode } from "react";

export interface UserCardProps {
  name: string;
  email?: string;
  avatarUrl?: string;
  children?: ReactNode;
}

const initials = <T extends string>(name: T): string =>
  name
    .split(/\s+/)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");

const identity = <T,>(x: T) => x;

function UserCard({ name, email, avatarUrl, children }: UserCardProps) {
  return (
    <article className="user-card">
      {avatarUrl ? (
        <img src={avatarUrl} alt={`Avatar of ${name}`} />
      ) : (
        <span className="initials">{initials(name)}</span>
      )}
      {/* email is optional: the rest of the card still renders */}
      <h3>{identity(name)}</h3>
      {email && <a href={`mailto:${email}`}>{email}</a>}
      <>{children}</>
    </article>
  );
}

export default memo(UserCard);
