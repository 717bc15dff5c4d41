import { useState, type FormEvent } from "react";

type Settings = {
  displayName: string;
  email: string;
  timezone: string;
  weeklyDigest: boolean;
};

const TIMEZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"] as const;

export function SettingsPage({ initial, onSave }: { initial: Settings; onSave: (s: Settings) => Promise<void> }) {
  const [form, setForm] = useState<Settings>(initial);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaving(true);
    try {
      await onSave(form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-6 max-w-lg">
      <fieldset>
        <legend className="text-lg font-medium">Profile</legend>
        <label htmlFor="name">Display name</label>
        <input
          id="name"
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
        />
        <label htmlFor="email">Email</label>
        <input id="email" type="email" value={form.email} disabled />
      </fieldset>
      <fieldset>
        <legend className="text-lg font-medium">Preferences</legend>
        <select value={form.timezone} onChange={(e) => setForm({ ...form, timezone: e.target.value })}>
          {TIMEZONES.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={form.weeklyDigest}
            onChange={(e) => setForm({ ...form, weeklyDigest: e.target.checked })}
          />
          Send me a weekly digest
        </label>
      </fieldset>
      <button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
