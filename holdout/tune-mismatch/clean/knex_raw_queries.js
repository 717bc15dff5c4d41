"use strict";

const knex = require("./db");

async function topCustomers({ since, limit = 10 }) {
  const { rows } = await knex.raw(
    `
    WITH recent AS (
      SELECT customer_id, SUM(total_cents) AS revenue, COUNT(*) AS orders
      FROM orders
      WHERE status = 'paid' AND created_at >= ?
      GROUP BY customer_id
    )
    SELECT c.id, c.name, c.email, r.revenue, r.orders
    FROM recent r
    JOIN customers c ON c.id = r.customer_id
    ORDER BY r.revenue DESC
    LIMIT ?
    `,
    [since, limit]
  );
  return rows;
}

async function archiveOldSessions(days) {
  return knex.raw(
    `
    DELETE FROM sessions
    WHERE last_seen_at < now() - (? || ' days')::interval
    RETURNING id
    `,
    [String(days)]
  );
}

async function upsertSetting(key, value) {
  await knex.raw(
    `INSERT INTO settings (key, value, updated_at)
     VALUES (?, ?::jsonb, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, JSON.stringify(value)]
  );
}

module.exports = { topCustomers, archiveOldSessions, upsertSetting };
