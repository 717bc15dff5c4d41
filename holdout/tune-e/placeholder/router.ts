import { Hono } from "hono";
import { z } from "zod";
import { zValidator } from "@hono/zod-validator";
import { db } from "./db";

export const router = new Hono();

router.get("/notes", async (c) => {
  const notes = await db.selectFrom("notes").selectAll().orderBy("created_at", "desc").execute();
  return c.json(notes);
});

router.post(
  "/notes",
  zValidator("json", z.object({ title: z.string().min(1), body: z.string() })),
  async (c) => {
    const input = c.req.valid("json");
    const note = await db.insertInto("notes").values(input).returningAll().executeTakeFirst();
    return c.json(note, 201);
  },
);

…

router.delete("/notes/:id", async (c) => {
  await db.deleteFrom("notes").where("id", "=", c.req.param("id")).execute();
  return c.body(null, 204);
});
