import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import { db } from "./db.mjs";

export const app = new Hono();

const CreateNote = z.object({ title: z.string().min(1), body: z.string().default("") });

app.get("/notes", async (c) => {
  const notes = await db.note.findMany({ orderBy: { createdAt: "desc" } });
  return c.json(notes);
});

<<<<<<< SEARCH
app.post("/notes", async (c) => {
  const input = await c.req.json();
  const note = await db.note.create({ data: input });
  return c.json(note, 201);
});
=======
app.post("/notes", zValidator("json", CreateNote), async (c) => {
  const note = await db.note.create({ data: c.req.valid("json") });
  return c.json(note, 201);
});
>>>>>>> REPLACE

app.delete("/notes/:id", async (c) => {
  await db.note.delete({ where: { id: c.req.param("id") } });
  return c.body(null, 204);
});
