"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { updateSettings } from "@/app/actions/settings";
import type { UserSettings } from "@/types";

export function SettingsForm({ initial }: { initial: UserSettings }) {
  const router = useRouter();
  const [settings, setSettings] = useState(initial);
  const [saving, setSaving] = useState(false);

  // ... existing state and handlers ...

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaving(true);
    try {
      await updateSettings(settings);
      router.refresh();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="settings-form">
      <label>
        Display name
        <input
          value={settings.displayName}
          onChange={(e) => setSettings({ ...settings, displayName: e.target.value })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.emailDigest}
          onChange={(e) => handleToggle("emailDigest", e.target.checked)}
        />
        Weekly email digest
      </label>
      <button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
