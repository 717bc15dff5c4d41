import { useState } from 'react';
import { Switch } from '@/components/ui/switch';

interface SettingsProps {
  initial: { emailDigest: boolean; darkMode: boolean };
  onSave: (s: SettingsProps['initial']) => Promise<void>;
}

export function Settings({ initial, onSave }: SettingsProps) {
  const [settings, setSettings] = useState(initial);

  return (
    <section>
      <h2>Settings</h2>
      <label>
        Email digest
        <Switch checked={settings.emailDigest} onCheckedChange={(v) => setSettings({ ...settings, emailDigest: v })} />
      </label>
      {/* ...existing JSX... */}
      <button onClick={() => onSave(settings)}>Save</button>
    </section>
  );
}
