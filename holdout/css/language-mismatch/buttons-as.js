.btn {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border: 1px solid transparent;
  border-radius: 0.375rem;
  font-weight: 500;
  cursor: pointer;
}

.btn-primary {
  color: #fff;
  background-color: #2563eb;
}

.btn-primary:hover,
.btn-primary:focus-visible {
  background-color: #1d4ed8;
}

.btn[disabled] {
  opacity: 0.5;
  pointer-events: none;
}
