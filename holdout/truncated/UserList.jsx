import { useEffect, useState } from 'react';

export default function UserList({ fetchUsers }) {
  const [users, setUsers] = useState([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    fetchUsers().then(setUsers);
  }, [fetchUsers]);

  const visible = users.filter((u) => u.name.toLowerCase().includes(query.toLowerCase()));

  return (
    <div>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter users" />
      <ul>
        {visible.map((u) => (
          <li key={u.id}>
            <strong>{u.na