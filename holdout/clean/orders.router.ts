import { Router, type NextFunction, type Request, type Response } from "express";
import { z } from "zod";
import { db } from "../db";

const router = Router();

const ListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(["pending", "paid", "shipped", "cancelled"]).optional(),
});

type AsyncHandler = (req: Request, res: Response, next: NextFunction) => Promise<unknown>;
const wrap = (fn: AsyncHandler) => (req: Request, res: Response, next: NextFunction) =>
  void fn(req, res, next).catch(next);

router.get(
  "/",
  wrap(async (req, res) => {
    const parsed = ListQuery.safeParse(req.query);
    if (!parsed.success) {
      return res.status(400).json({ errors: parsed.error.flatten().fieldErrors });
    }
    const { page, pageSize, status } = parsed.data;
    const [rows, total] = await Promise.all([
      db.order.findMany({
        where: { customerId: req.user!.id, ...(status && { status }) },
        orderBy: { createdAt: "desc" },
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      db.order.count({ where: { customerId: req.user!.id } }),
    ]);
    res.json({ data: rows, page, pageSize, total });
  }),
);

router.get(
  "/:id",
  wrap(async (req, res) => {
    const order = await db.order.findUnique({ where: { id: req.params.id } });
    if (!order || order.customerId !== req.user?.id) return res.sendStatus(404);
    res.json(order);
  }),
);

export default router;
