import { useState } from 'react';
import { updateProfile } from '../api/profile';

export default function ProfileSettings({ profile }) {
  const [displayName, setDisplayName] = useState(profile.displayName); // keep other state hooks
  const [saving, setSaving] = useState(false);

  async function save(e) {
    e.preventDefault();
    setSaving(true);
    try {
      await updateProfile({ displayName, bio, timezone, avatarFile });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} className="profile-settings">
      <label>
        Display name
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <label>
        Bio
        <textarea value={bio} onChange={(e) => setBio(e.target.value)} />
      </label>
      <button disabled={saving}>{saving ? 'Saving' : 'Save changes'}</button>
    </form>
  );
}
