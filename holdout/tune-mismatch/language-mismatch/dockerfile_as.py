FROM python:3.11-slim AS base

ARG POETRY_VERSION=1.8.2
ENV POETRY_HOME=/opt/poetry \
    POETRY_VIRTUALENVS_IN_PROJECT=true \
    PATH="/opt/poetry/bin:$PATH"

RUN pip install "poetry==$POETRY_VERSION"

WORKDIR /code
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root

COPY src/ ./src/
RUN poetry install --only-root

EXPOSE 8000
CMD [".venv/bin/uvicorn", "src.app:app", "--host", "0.0.0.0", "--port", "8000"]
