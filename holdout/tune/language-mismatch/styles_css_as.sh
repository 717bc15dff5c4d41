:root {
  --brand: #2f6feb;
  --text: #1f2328;
}

body {
  margin: 0;
  font-family: system-ui, sans-serif;
  color: var(--text);
}

.button {
  padding: 0.5rem 1rem;
  border-radius: 6px;
  background: var(--brand);
  color: #fff;
}

.button:hover {
  opacity: 0.9;
}
