'use strict';

require('dotenv').config();

const shared = {
  client: 'pg',
  migrations: { directory: './db/migrations', tableName: 'knex_migrations' },
  seeds: { directory: './db/seeds' },
};

module.exports = {
  development: {
    ...shared,
    connection: process.env.DATABASE_URL || 'postgres://localhost/acme_dev',
    debug: process.env.KNEX_DEBUG === '1',
  },

  test: {
    // [previous code unchanged]
  },

  production: {
    ...shared,
    connection: { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } },
    pool: { min: 2, max: 20 },
  },
};
