/* Admin panel layout */
.admin-layout {
  display: grid;
  grid-template-columns: 240px 1fr;
  min-height: 100vh;
}

.sidebar {
  background: #1f2937;
  color: #e5e7eb;
  padding: 1rem 0;
}

.sidebar a {
  display: block;
  padding: 0.5rem 1.25rem;
  color: inherit;
  text-decoration: none;
}

.sidebar a.active,
.sidebar a:hover {
  background: #374151;
}

.content {
  padding: 2rem;
  overflow-x: auto;

  table.data {
    width: 100%;
    border-collapse: collapse;
