# Database

We use **PostgreSQL 16**. Migrations live in `db/migrations` and are applied
with [dbmate](https://github.com/amacneil/dbmate).

## Conventions

- Table names are plural and `snake_case` (`order_items`, not `OrderItem`).
- Every table has `id bigint generated always as identity` and `created_at`.
- Foreign keys are named `<table>_<column>_fkey`.
- Never edit a migration that has been merged to `main`; add a new one.

## Common tasks

```sh
dbmate new add_refunds_table   # create a migration
dbmate up                      # apply pending migrations
dbmate rollback                # undo the last one
```

## Backups

Nightly `pg_dump` snapshots are kept for 30 days in the `db-backups` bucket.
