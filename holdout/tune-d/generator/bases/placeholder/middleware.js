const cors = require("cors");
const compression = require("compression");
const rateLimit = require("express-rate-limit");
const path = require("path");

function applyMiddleware(app) {
  app.use(cors({ origin: process.env.CORS_ORIGIN || "*" }));
  app.use(compression());
  app.use(express.static(path.join(__dirname, "public"), { maxAge: "1d" }));

  app.use(
    "/api/",
    rateLimit({
      windowMs: 15 * 60 * 1000,
      max: 100,
      standardHeaders: true,
      legacyHeaders: false,
    })
  );

  app.use((err, req, res, next) => {
    console.error(err);
    res.status(err.status || 500).json({ error: err.message });
  });
}

const express = require("express");
module.exports = { applyMiddleware };
