@use 'sass:color';

$primary: #4f46e5;
$radius: 6px;

.button {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border-radius: $radius;
  background: $primary;
  color: white;

  &:hover {
    background: color.adjust($primary, $lightness: -8%);
  }

  &--ghost {
    background: transparent;
    color: $primary;
  }
}
