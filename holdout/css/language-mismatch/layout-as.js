:root {
  --sidebar-width: 16rem;
  --header-height: 4rem;
}

.app {
  display: grid;
  grid-template-columns: var(--sidebar-width) 1fr;
  grid-template-rows: var(--header-height) 1fr;
  min-height: 100vh;
}

.app__header {
  grid-column: 1 / -1;
  border-bottom: 1px solid #e5e7eb;
}

@media (max-width: 768px) {
  .app {
    grid-template-columns: 1fr;
  }

  .app__sidebar {
    display: none;
  }
}
