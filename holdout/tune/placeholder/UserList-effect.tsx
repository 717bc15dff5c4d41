import { useEffect, useState } from "react";
import type { User } from "../api/types";
import { fetchUsers } from "../api/users";

interface UserListProps {
  teamId: string;
  onSelect?: (user: User) => void;
}

export function UserList({ teamId, onSelect }: UserListProps) {
  const [users, setUsers] = useState<User[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    // ... fetching logic stays as is
  }, [teamId]);

  if (loading) {
    return <p>Loading...</p>;
  }

  return (
    <ul className="user-list">
      {users.map((u) => (
        <li key={u.id} onClick={() => onSelect?.(u)}>
          {u.name}
        </li>
      ))}
    </ul>
  );
}
