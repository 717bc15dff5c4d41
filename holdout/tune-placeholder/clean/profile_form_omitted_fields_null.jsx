import { useState } from 'react';

// Omitted fields default to null on the server, so only send what the user touched.
function diff(initial, current) {
  return Object.fromEntries(Object.entries(current).filter(([k, v]) => initial[k] !== v));
}

export default function ProfileForm({ initial, onSave }) {
  const [values, setValues] = useState(initial);
  const set = (key) => (e) => setValues({ ...values, [key]: e.target.value });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(diff(initial, values));
      }}
    >
      <input value={values.name ?? ''} onChange={set('name')} placeholder="Name" />
      <input value={values.company ?? ''} onChange={set('company')} placeholder="Company" />
      <input value={values.website ?? ''} onChange={set('website')} placeholder="https://…" />
      <button type="submit">Save</button>
    </form>
  );
}
