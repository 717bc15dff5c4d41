'use strict';

const { sql } = require('./db/sql.cjs');

// Tagged templates: every ${} becomes a bind parameter, never string concatenation.
function topCustomers(db, { since, limit = 10 }) {
  return db.query(sql`
    SELECT c.id, c.name, SUM(o.total_cents) AS revenue
    FROM customers c
    JOIN orders o ON o.customer_id = c.id
    WHERE o.created_at >= ${since}
      AND o.status = 'paid'
    GROUP BY c.id, c.name
    ORDER BY revenue DESC
    LIMIT ${limit};
  `);
}

function createAuditTable(db) {
  return db.exec(`
    CREATE TABLE IF NOT EXISTS audit_log (
      id BIGSERIAL PRIMARY KEY,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
  `);
}

const DELETE_STALE = 'DELETE FROM sessions WHERE expires_at < now() - interval \'7 days\'';

async function purgeSessions(db) {
  const { rowCount } = await db.query(DELETE_STALE);
  return rowCount;
}

module.exports = { topCustomers, createAuditTable, purgeSessions };
