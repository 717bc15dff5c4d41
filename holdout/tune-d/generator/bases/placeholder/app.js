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

app.get("/api/books/:id", async (req, res) => {
  const book = await db.book.findUnique({ where: { id: Number(req.params.id) } });
  if (!book) return res.status(404).json({ error: "not found" });
  res.json(book);
});

app.post("/api/books", async (req, res) => {
  const book = await db.book.create({ data: req.body });
  res.status(201).json(book);
});

app.delete("/api/books/:id", async (req, res) => {
  await db.book.delete({ where: { id: Number(req.params.id) } });
  res.status(204).end();
});

module.exports = app;
