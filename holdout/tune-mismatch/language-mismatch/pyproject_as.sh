[project]
name = "shellcheck-report"
version = "0.1.0"
description = "Summarise shellcheck output as a Markdown table"
requires-python = ">=3.9"
dependencies = ["rich>=13"]

[project.scripts]
shellcheck-report = "shellcheck_report:main"

[tool.setuptools]
py-modules = ["shellcheck_report"]

[tool.black]
line-length = 100
