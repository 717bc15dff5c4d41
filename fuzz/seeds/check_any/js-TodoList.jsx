import { useState, useMemo } from "react";

export default function TodoList({ initial = [], onChange }) {
  const [items, setItems] = useState(initial);
  const [filter, setFilter] = useState("all");

  const visible = useMemo(
    () => items.filter((i) => (filter === "all" ? true : filter === "done" ? i.done : !i.done)),
    [items, filter],
  );

  function toggle(id) {
    const next = items.map((i) => (i.id === id ? { ...i, done: !i.done } : i));
    setItems(next);
    onChange?.(next);
  }

  return (
    <section className="todo">
      {/* The filter buttons: the rest of the list is rendered below */}
      <nav>
        {["all", "open", "done"].map((f) => (
          <button key={f} aria-pressed={f === filter} onClick={() => setFilter(f)}>
            {f}
          </button>
        ))}
      </nav>
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => toggle(item.id)}>
            {item.done ? <s>{item.title}</s> : item.title}
          </li>
        ))}
      </ul>
      <p>Let me know if anything here is unclear... it is a demo.</p>
    </section>
  );
}
