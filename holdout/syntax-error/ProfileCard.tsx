import type { User } from "@/types";
import { Avatar } from "./Avatar";
import { Badge } from "./Badge";

interface ProfileCardProps {
  user: User;
  compact?: boolean;
}

export function ProfileCard({ user, compact = false }: ProfileCardProps) {
  return (
    <div className="profile-card">
      <Avatar src={user.avatarUrl} size={compact ? 32 : 64} />
      <div className="profile-card__info">
        <h3>{user.name}</h3>
        {!compact && <p className="muted">{user.email}</p>}
        {user.role === "admin" && <Badge tone="warning">Admin</Badge>}
      </section>
    </div>
  );
}

export function ProfileCardList({ users }: { users: User[] }) {
  return (
    <ul className="profile-card-list">
      {users.map((u) => (
        <li key={u.id}>
          <ProfileCard user={u} compact />
        </li>
      ))}
    </ul>
  );
}
