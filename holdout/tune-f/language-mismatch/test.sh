version: "3.9"

services:
  test-db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: test
      POSTGRES_DB: app_test
    tmpfs:
      - /var/lib/postgresql/data
  tests:
    build:
      context: .
      target: test
    command: ["pytest", "-x", "--maxfail=1"]
    environment:
      DATABASE_URL: postgres://postgres:test@test-db:5432/app_test
    depends_on:
      - test-db
