Sure, here is the `UserList` component converted to TypeScript:

import type { FC } from 'react';

interface User {
  id: number;
  name: string;
  email: string;
}

interface UserListProps {
  users: User[];
  onSelect?: (user: User) => void;
}

export const UserList: FC<UserListProps> = ({ users, onSelect }) => (
  <ul className="user-list">
    {users.map((u) => (
      <li key={u.id} onClick={() => onSelect?.(u)}>
        <strong>{u.name}</strong> <span>{u.email}</span>
      </li>
    ))}
  </ul>
);
