@use "sass:color";

$primary: #4f46e5;
$radius: 0.5rem;

@mixin focus-ring($color: $primary) {
  outline: 2px solid color.adjust($color, $alpha: -0.5);
  outline-offset: 2px;
}

.btn {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border-radius: $radius;
  font-weight: 600;
  transition: background-color 150ms ease-in-out;

  &--primary {
    background: $primary;
    color: #fff;

    &:hover {
      background: color.adjust($primary, $lightness: -8%);
    }
  }

  &:focus-visible {
    @include focus-ring;
  }

  &[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
}
