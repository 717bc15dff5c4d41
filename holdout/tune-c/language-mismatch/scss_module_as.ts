@use "sass:math";
@import "../styles/variables";

$card-radius: 12px;

.card {
  display: flex;
  flex-direction: column;
  gap: math.div($spacing, 2);
  padding: $spacing;
  border-radius: $card-radius;
  background: var(--surface);
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12);

  &__title {
    font-size: 1.25rem;
    font-weight: 600;
  }

  &:hover {
    box-shadow: 0 4px 12px rgba(0, 0, 0, 0.16);
  }

  @media (max-width: $breakpoint-sm) {
    padding: math.div($spacing, 2);
  }
}
