import { useEffect, useState } from "react";
import type { User } from "../api/types";
import { fetchUsers } from "../api/users";

interface UserListProps {
  teamId: string;
  onSelect?: (user: User) => void;
  // ...rest of props
}

export function UserList({ teamId, onSelect }: UserListProps) {
  const [users, setUsers] = useState<User[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    fetchUsers(teamId).then((result) => {
      if (!cancelled) {
        setUsers(result);
        setLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
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
