const STORAGE_KEY = 'theme';

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(STORAGE_KEY, theme);
}

function initThemeToggle(button) {
  const preferred = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  applyTheme(localStorage.getItem(STORAGE_KEY) || preferred);
  button.addEventListener('click', () => {
    applyTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
  });
}

initThemeToggle(document.querySelector('#theme-toggle'));

Key points:
- The user's choice is persisted in localStorage.
- On first visit we fall back to the OS preference.

Feel free to ask if you have any other questions.
