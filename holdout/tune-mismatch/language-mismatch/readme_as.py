# pdf-merge

Merge, split and reorder PDF files from the command line.

## Install

```
pip install pdf-merge
```

## Examples

Merge two files:

```
pdf-merge a.pdf b.pdf -o combined.pdf
```

Take pages 1-3 of one file and page 5 of another:

```
pdf-merge report.pdf:1-3 appendix.pdf:5 -o summary.pdf
```

## Development

Run the tests with `pytest`. Formatting is enforced by **black** and **ruff**;
run `pre-commit install` once after cloning.

## Changelog

* **0.3.0** – page ranges, `--rotate`
* **0.2.0** – encrypted input support
