import { useState } from "react";

type Todo = { id: number; text: string; done: boolean };

export default function TodoList({ initial = [] }: { initial?: Todo[] }) {
  const [todos, setTodos] = useState<Todo[]>(initial);
  const [draft, setDraft] = useState("");

  const add = () => {
    if (!draft.trim()) return;
    setTodos((prev) => [...prev, { id: Date.now(), text: draft.trim(), done: false }]);
    setDraft("");
  };

  const toggle = (id: number) =>
    setTodos((prev) => prev.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));

  return (
    <div>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={add}>Add</button>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id} onClick={() => toggle(todo.id)}>
            <input type="checkbox" checked={todo.done} readOnly />
            {todo.text}
          </li>
        )}
      </ul>
      <p>{todos.filter((t) => !t.done).length} remaining</p>
    </div>
  );
}
