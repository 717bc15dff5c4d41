const express = require("express");
const helmet = require("helmet");
const morgan = require("morgan");
const rateLimit = require("express-rate-limit");

const usersRouter = require("./routes/users");
const { errorHandler } = require("./middleware/errors");

const app = express();

app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use(morgan(process.env.NODE_ENV === "production" ? "combined" : "dev"));
app.use("/api", rateLimit({ windowMs: 60_000, max: 100 }));

app.get("/health", (req, res) => res.json({ ok: true }));
app.use("/api/users", usersRouter);

app.use((req, res) => res.status(404).json({ error: "Not found" }));
app.use(errorHandler);

const port = process.env.PORT || 3000;
if (require.main === module) {
  app.listen(port, () => console.log(`API listening on ${port}`));
}

module.exports = app;
