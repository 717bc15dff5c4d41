import { useState } from 'react';
import TodoList from './TodoList';

export default function TodoApp() {
  const [todos, setTodos] = useState([]);
  const [text, setText] = useState('');

  const add = () => {
    if (!text.trim()) return;
    setTodos([...todos, { id: Date.now(), text, done: false }]);
    setText('');
  };

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={add}>Add</button>
=======
      <TodoList todos={todos} onChange={setTodos} showCompleted />
>>>>>>> feature/filters
    </div>
  );
}
