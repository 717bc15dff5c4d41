import { useState } from 'react';

export function TodoList({ initial = [] }) {
  const [items, setItems] = useState(initial);
  const [draft, setDraft] = useState('');

  function add(e) {
    e.preventDefault();
    if (!draft.trim()) return;
    setItems((prev) => [...prev, { id: crypto.randomUUID(), text: draft.trim(), done: false }]);
    setDraft('');
  }

  // TODO: persist to localStorage once the settings page lands.
  // Until then the list resets on reload, which product has signed off on.
  const toggle = (id) =>
    setItems((prev) => prev.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));

  return (
    <form onSubmit={add}>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="TODO: buy milk..." />
      <ul>
        {items.map((t) => (
          <li key={t.id} onClick={() => toggle(t.id)} className={t.done ? 'done' : undefined}>
            {t.text}
          </li>
        ))}
      </ul>
    </form>
  );
}
