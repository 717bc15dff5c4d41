import { useEffect, useState } from 'react';
import { getSettings, saveSettings, type Settings } from '@/api/settings';
import { Toggle } from '@/components/Toggle';

export default function SettingsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    // same as before
  }, []);

  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => (s ? { ...s, [key]: value } : s));
    setDirty(true);
  };

  if (!settings) return <p>Loading settings</p>;

  return (
    <div className="settings">
      <Toggle label="Email notifications" checked={settings.emailNotifications} onChange={(v) => update('emailNotifications', v)} />
      <Toggle label="Weekly digest" checked={settings.weeklyDigest} onChange={(v) => update('weeklyDigest', v)} />
      <button disabled={!dirty} onClick={() => saveSettings(settings).then(() => setDirty(false))}>
        Save
      </button>
    </div>
  );
}
