[metadata]
name = weatherly
version = 1.2.0
description = A small client for the Weatherly API

[options]
packages = find:
python_requires = >=3.9
install_requires =
    httpx>=0.27
    pydantic>=2.6

[flake8]
max-line-length = 100
exclude = .git,__pycache__,build,dist
