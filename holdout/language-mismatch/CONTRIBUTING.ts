# Contributing to @acme/sdk

Thanks for taking the time to contribute! This guide explains how to set up the project
and what we expect from pull requests.

## Development setup

1. Install Node.js 20 or newer.
2. Run `pnpm install`.
3. Run `pnpm test --watch` while you work.

## Pull requests

- Keep each PR focused on one change.
- Add or update tests for every bug fix.
- Run `pnpm lint` and `pnpm typecheck` before pushing.
- Describe *why* the change is needed, not only *what* it does.

## Releasing

Releases are cut from `main` by the maintainers using Changesets. Add a changeset with
`pnpm changeset` if your change affects the published package.
