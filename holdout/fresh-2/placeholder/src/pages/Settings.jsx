import { useState } from 'react';
import ProfileSection from '../components/settings/ProfileSection';
import NotificationSection from '../components/settings/NotificationSection';
import PrivacySection from '../components/settings/PrivacySection';
import { saveSettings } from '../api/settings';

export default function Settings({ user }) {
  const [draft, setDraft] = useState(user.settings);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(event) {
    event.preventDefault();
    setSaving(true);
    try {
      await saveSettings(user.id, draft);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="settings" onSubmit={handleSubmit}>
      <ProfileSection value={draft.profile} onChange={(profile) => setDraft({ ...draft, profile })} />
      {...}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  );
}
