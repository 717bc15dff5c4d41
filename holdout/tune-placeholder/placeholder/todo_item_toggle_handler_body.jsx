import { useState } from 'react';

export function TodoItem({ todo, onUpdate, onDelete }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(todo.title);

  function handleToggle() {
    // existing toggle logic
  }

  function handleSave(e) {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return onDelete(todo.id);
    onUpdate({ ...todo, title: trimmed });
    setEditing(false);
  }

  return (
    <li className={todo.done ? 'todo done' : 'todo'}>
      <input type="checkbox" checked={todo.done} onChange={handleToggle} />
      {editing ? (
        <form onSubmit={handleSave}>
          <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} onBlur={handleSave} />
        </form>
      ) : (
        <span onDoubleClick={() => setEditing(true)}>{todo.title}</span>
      )}
      <button aria-label="Delete" onClick={() => onDelete(todo.id)}>
        ×
      </button>
    </li>
  );
}
