// db.cjs
```js
const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  idleTimeoutMillis: 30000,
});

pool.on('error', (err) => {
  console.error('Unexpected idle client error', err);
});

async function query(text, params) {
  const start = Date.now();
  const res = await pool.query(text, params);
  console.log('query', { text, ms: Date.now() - start, rows: res.rowCount });
  return res;
}

module.exports = { pool, query };
```
