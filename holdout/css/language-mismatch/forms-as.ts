.field {
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
  margin-bottom: 1rem;
}

.field label {
  font-size: 0.875rem;
  color: #374151;
}

.field input,
.field select {
  padding: 0.5rem 0.75rem;
  border: 1px solid #d1d5db;
  border-radius: 6px;
  font: inherit;
}

.field input:focus {
  outline: 2px solid #93c5fd;
  outline-offset: 1px;
}

.field--error input {
  border-color: #dc2626;
}
