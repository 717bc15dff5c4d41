import { Router, type Request, type Response } from "express";
// existing imports

const router = Router();

const CreateTodo = z.object({
  title: z.string().min(1),
  dueAt: z.string().datetime().optional(),
});

router.get("/todos", async (_req: Request, res: Response) => {
  const todos = await db.todo.findMany({ orderBy: { createdAt: "desc" } });
  res.json(todos);
});

router.post("/todos", async (req: Request, res: Response) => {
  const parsed = CreateTodo.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json(parsed.error.flatten());
  }
  const todo = await db.todo.create({ data: parsed.data });
  res.status(201).json(todo);
});

router.delete("/todos/:id", async (req: Request, res: Response) => {
  await db.todo.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

export default router;
