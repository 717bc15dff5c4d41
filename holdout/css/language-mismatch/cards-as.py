.card {
  background: #fff;
  border-radius: 12px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.1);
  overflow: hidden;

  &:hover {
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
}

.card__image {
  aspect-ratio: 16 / 9;
  object-fit: cover;
  width: 100%;
}

.card__body {
  padding: 1.25rem;
}

.card__title {
  margin: 0 0 0.5rem;
  font-size: 1.125rem;
}
