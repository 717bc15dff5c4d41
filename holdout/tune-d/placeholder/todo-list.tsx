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
      {/* ... */}
    </ul>
  );
}
