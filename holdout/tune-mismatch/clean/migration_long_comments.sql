/*
 * Migration 0042: split `users.name` into `first_name` / `last_name`.
 *
 * Background
 * ----------
 * Product asked for personalised emails ("Hi Jane,") and the CRM export
 * needs separate name fields. We keep `name` for now because three services
 * still read it; it will be dropped in 0045 once they are migrated.
 *
 * Rollout plan
 * ------------
 *   1. Deploy this migration (adds nullable columns, backfills in batches).
 *   2. Deploy the API that writes all three columns.
 *   3. Verify with the query at the bottom of this file.
 *
 * The backfill splits on the LAST space, so "Mary Ann Smith" becomes
 * first_name = 'Mary Ann', last_name = 'Smith'. Single-word names go into
 * first_name only. This is wrong for some cultures; see ticket DATA-311.
 */

ALTER TABLE users
    ADD COLUMN IF NOT EXISTS first_name text,
    ADD COLUMN IF NOT EXISTS last_name text;

-- Backfill. Runs in one statement: the table has ~80k rows, which takes
-- under a second on production hardware (measured on a restored snapshot).
UPDATE users
   SET first_name = CASE
                        WHEN position(' ' IN name) = 0 THEN name
                        ELSE regexp_replace(name, '\s+\S+$', '')
                    END,
       last_name  = CASE
                        WHEN position(' ' IN name) = 0 THEN NULL
                        ELSE regexp_replace(name, '^.*\s', '')
                    END
 WHERE first_name IS NULL;

-- Verification: should return zero rows.
-- SELECT id, name, first_name, last_name FROM users
--  WHERE concat_ws(' ', first_name, last_name) <> name;
