```jsx
import { useState } from 'react';

export default function TodoList({ initial = [] }) {
  const [items, setItems] = useState(initial);
  const [draft, setDraft] = useState('');

  const add = (e) => {
    e.preventDefault();
    if (!draft.trim()) return;
    setItems((prev) => [...prev, { id: crypto.randomUUID(), text: draft.trim(), done: false }]);
    setDraft('');
  };

  const toggle = (id) =>
    setItems((prev) => prev.map((it) => (it.id === id ? { ...it, done: !it.done } : it)));

  return (
    <form onSubmit={add}>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button type="submit">Add</button>
      <ul>
        {items.map((it) => (
          <li key={it.id} className={it.done ? 'done' : ''} onClick={() => toggle(it.id)}>
            {it.text}
          </li>
        ))}
      </ul>
    </form>
  );
}
```
