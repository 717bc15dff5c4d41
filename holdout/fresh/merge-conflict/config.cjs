module.exports = {
  env: process.env.NODE_ENV || 'development',
  db: {
<<<<<<< HEAD
    host: process.env.DB_HOST || 'localhost',
    port: 5432,
||||||| merged common ancestors
    host: 'localhost',
    port: 5432,
=======
    host: process.env.DB_HOST || 'db',
    port: Number(process.env.DB_PORT) || 5432,
>>>>>>> origin/main
    name: process.env.DB_NAME || 'app',
  },
  redis: {
    url: process.env.REDIS_URL || 'redis://localhost:6379',
  },
};
