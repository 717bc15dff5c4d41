```jsx
import React from 'react';

export default function ProfileCard({ user, onEdit }) {
  if (!user) return null;
  return (
    <div className="profile-card">
      <img className="avatar" src={user.avatarUrl} alt={user.name} />
      <div>
        <h3>{user.name}</h3>
        <p className="muted">{user.email}</p>
      </div>
      <button onClick={() => onEdit(user.id)}>Edit</button>
    </div>
  );
}
```
