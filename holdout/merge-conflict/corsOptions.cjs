'use strict';

const allowed = (process.env.CORS_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean);

const corsOptions = {
  origin(origin, callback) {
    if (!origin || allowed.includes(origin)) return callback(null, true);
    return callback(new Error(`Origin ${origin} is not allowed by CORS`));
  },
<<<<<<< HEAD
  credentials: true,
=======
  credentials: true,
  maxAge: 600,
  exposedHeaders: ['X-Total-Count', 'Link'],
>>>>>>> feature/pagination-headers
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
};

module.exports = { corsOptions };
