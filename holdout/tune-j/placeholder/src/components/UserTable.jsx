import React from 'react';
import { formatRelative } from 'date-fns';
import RoleBadge from './RoleBadge';

export default function UserTable({ users, onEdit, onDelete }) {
  if (!users.length) {
    return <p className="empty">No users yet.</p>;
  }

  return (
    <table className="user-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Email</th>
          {/* existing code */}
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <td>{user.name}</td>
            <td>{user.email}</td>
            <td><RoleBadge role={user.role} /></td>
            <td>{formatRelative(new Date(user.lastLogin), new Date())}</td>
            <td>
              <button onClick={() => onEdit(user)}>Edit</button>
              <button onClick={() => onDelete(user.id)}>Delete</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
