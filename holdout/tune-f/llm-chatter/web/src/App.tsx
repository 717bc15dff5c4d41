Great idea! Below is the updated App component with the theme toggle:

import { useEffect, useState } from 'react';
import { Header } from './components/Header';
import { TodoList } from './components/TodoList';

type Theme = 'light' | 'dark';

export default function App() {
  const [theme, setTheme] = useState<Theme>(
    () => (localStorage.getItem('theme') as Theme | null) ?? 'light',
  );

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('theme', theme);
  }, [theme]);

  return (
    <div className="app">
      <Header onToggleTheme={() => setTheme(theme === 'light' ? 'dark' : 'light')} theme={theme} />
      <main>
        <TodoList />
      </main>
    </div>
  );
}
