import { useState } from 'react';
import { Switch } from './ui/Switch';
import { ConfirmDialog } from './ui/ConfirmDialog';

export default function SettingsPanel({ workspace, onSave, onDelete }) {
  const [notify, setNotify] = useState(workspace.notifyByEmail);
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="settings">
      {/* General: name and avatar are edited on the profile page, not here */}
      <h2>{workspace.name}</h2>

      <label className="settings__row">
        <Switch checked={notify} onChange={setNotify} />
        Email me when someone mentions me
      </label>

      {/*
        Danger zone. Deleting a workspace removes every project in it and
        cannot be undone, so it always goes through the confirm dialog.
      */}
      <div className="settings__danger">
        <button type="button" onClick={() => setConfirming(true)}>
          Delete workspace…
        </button>
      </div>

      {confirming && (
        <ConfirmDialog
          title={`Delete ${workspace.name}?`}
          onCancel={() => setConfirming(false)}
          onConfirm={() => onDelete(workspace.id)}
        />
      )}

      <footer>
        <button type="button" onClick={() => onSave({ ...workspace, notifyByEmail: notify })}>
          Save
        </button>
      </footer>
    </section>
  );
}
