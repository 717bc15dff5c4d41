require('dotenv').config();

const shared = {
  client: 'pg',
  migrations: { directory: './db/migrations', tableName: 'knex_migrations' },
  seeds: { directory: './db/seeds' },
};

module.exports = {
  development: {
    ...shared,
    connection: {
      host: '127.0.0.1',
      port: 5432,
      user: 'app',
      password: 'app',
      database: 'app_dev',
    },
  },

  test: {
    ...shared,
    connection: process.env.TEST_DATABASE_URL,
  },

  production: { ... },
};
