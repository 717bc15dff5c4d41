const express = require('express');
const cors = require('cors');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const apiRouter = require('./routes/api');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

/*
 * body parsing, CORS and the Redis-backed session setup were fine in your
 * version, so I haven't repeated them here.
 */

app.get('/health', (req, res) => res.json({ ok: true }));

app.use('/api', (req, res, next) => {
  if (!req.session.userId) return res.status(401).json({ error: 'not signed in' });
  next();
});
app.use('/api', apiRouter);

const port = Number(process.env.PORT) || 8080;
app.listen(port, () => {
  console.log(`listening on :${port}`);
});
