.button {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border: 1px solid transparent;
  border-radius: 6px;
  font: inherit;
  cursor: pointer;
  transition: background-color 120ms ease-in-out;
}

.button--primary {
  background: var(--color-primary, #2563eb);
  color: #fff;
}

.button--primary:hover:not(:disabled) {
  background: var(--color-primary-hover, #1d4ed8);
}

.button:disabled {
  opacity: 0.5;
  cursor: not-allowed;
}

@media (prefers-reduced-motion: reduce) {
  .button { transition: none; }
}
