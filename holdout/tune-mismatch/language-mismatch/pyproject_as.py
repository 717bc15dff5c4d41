[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "slackwatch"
version = "0.4.0"
description = "Post GitHub events to Slack"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic-settings>=2.2"]

[project.optional-dependencies]
dev = ["pytest", "respx", "ruff"]

[tool.ruff]
line-length = 88
select = ["E", "F", "I", "UP", "B"]

[tool.pytest.ini_options]
asyncio_mode = "auto"
