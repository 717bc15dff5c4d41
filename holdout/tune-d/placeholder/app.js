const express = require("express");
const morgan = require("morgan");
const { db } = require("./db");

const app = express();
app.use(express.json());
app.use(morgan("tiny"));

app.get("/api/books", async (req, res) => {
  const books = await db.book.findMany({ orderBy: { title: "asc" } });
  res.json(books);
});

// ... other routes unchanged

app.delete("/api/books/:id", async (req, res) => {
  await db.book.delete({ where: { id: Number(req.params.id) } });
  res.status(204).end();
});

module.exports = app;
