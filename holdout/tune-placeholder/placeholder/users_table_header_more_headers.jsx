export default function UsersTable({ users, sortBy, onSort }) {
  const arrow = (key) => (sortBy.key === key ? (sortBy.dir === 'asc' ? ' ▲' : ' ▼') : '');

  return (
    <table className="users-table">
      <thead>
        <tr>
          <th onClick={() => onSort('name')}>Name{arrow('name')}</th>
          <th onClick={() => onSort('email')}>Email{arrow('email')}</th>
          {/* more headers… */}
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.name}</td>
            <td>{u.email}</td>
            <td>{u.role}</td>
            <td>{new Date(u.lastSeen).toLocaleDateString()}</td>
            <td>{u.active ? 'Active' : 'Disabled'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
