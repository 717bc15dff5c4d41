$card-radius: 12px;
$shadow: 0 2px 8px rgba(0, 0, 0, 0.08);

.card {
  border-radius: $card-radius;
  box-shadow: $shadow;
  padding: 1.5rem;
  background: #fff;

  &__title {
    font-size: 1.25rem;
    font-weight: 600;
    margin-bottom: 0.5rem;
  }

  &:hover {
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.12);
  }

  @media (max-width: 640px) {
    padding: 1rem;
  }
}
