import express from "express";

const app = express();
app.use(express.json());

const defaults = { page: 1, perPage: 20 };
const notes = [];

app.get("/notes", (req, res) => {
  const { page, perPage } = { ...defaults, ...req.query };
  const start = (Number(page) - 1) * Number(perPage);
  res.json(notes.slice(start, start + Number(perPage)));
});

app.post("/notes", (req, res) => {
  /* Note: ids are process-local; restart clears everything. */
  const note = { id: notes.length + 1, ...req.body, createdAt: Date.now() };
  notes.push(note);
  res.status(201).json(note);
});

app.listen(3000, () => console.log("Listening on :3000..."));
