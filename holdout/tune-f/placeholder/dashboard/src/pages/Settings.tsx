import { useState, type FormEvent } from 'react';
import { useAuth } from '../hooks/useAuth';
import { updateProfile } from '../api/profile';

export default function Settings() {
  const { user } = useAuth();
  const [name, setName] = useState(user?.name ?? '');
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await updateProfile({ name });
    setSaved(true);
    setTimeout(() => setSaved(false), 2000);
  }

  return (
    <section className="settings">
      <h1>Settings</h1>
      <form onSubmit={onSubmit}>
        <fieldset>
          <legend>Profile</legend>
          <label htmlFor="name">Display name</label>
          <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
        </fieldset>
        {...}
        <button type="submit">Save</button>
        {saved && <span role="status">Saved</span>}
      </form>
    </section>
  );
}
