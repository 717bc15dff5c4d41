Certainly! Here's the Express server with rate limiting:

const express = require("express");
const rateLimit = require("express-rate-limit");

const app = express();

app.use(
  rateLimit({
    windowMs: 60 * 1000,
    limit: 60,
    standardHeaders: "draft-7",
  })
);

app.get("/api/health", (req, res) => res.json({ ok: true }));

app.listen(3000);
