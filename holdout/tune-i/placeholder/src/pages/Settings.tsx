import { useState } from 'react';
import { useUser } from '../hooks/useUser';
import { Toggle } from '../components/Toggle';

export default function Settings() {
  const { user, update } = useUser();
  const [saving, setSaving] = useState(false);

  async function save(patch: Partial<typeof user>) {
    setSaving(true);
    try {
      await update(patch);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="settings">
      <h2>Notifications</h2>
      <Toggle
        label="Email me about new comments"
        checked={user.notifyComments}
        onChange={(v) => save({ notifyComments: v })}
      />
      <!-- existing profile + danger-zone markup -->
      {saving && <span className="saving">Saving…</span>}
    </div>
  );
}
