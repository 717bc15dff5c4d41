.PHONY: venv install test coverage docs

venv:
    python3 -m venv .venv

install: venv
    .venv/bin/pip install -r requirements.txt -r requirements-dev.txt

test:
    .venv/bin/pytest tests/

coverage:
    .venv/bin/pytest --cov=app --cov-report=html tests/
    @echo "open htmlcov/index.html"

docs:
    .venv/bin/mkdocs build --strict
