import type { Todo } from "./types";

interface Props {
  todos: Todo[];
  onToggle: (id: number) => void;
  onRemove: (id: number) => void;
}

export default function TodoList({ todos, onToggle, onRemove }: Props) {
  if (todos.length === 0) {
    return <p className="empty">Nothing to do 🎉</p>;
  }

  return (
    <ul className="todo-list">
      {todos.map((todo) => (
        <li key={todo.id} className={todo.done ? "done" : undefined}>
          <input type="checkbox" checked={todo.done} onChange={() => onToggle(todo.id)} />
          <span>{todo.title}</span>
          <button onClick={() => onRemove(todo.id)} aria-label="Remove">×</button>
        </li>
      ))}
    </ul>
  );
}
