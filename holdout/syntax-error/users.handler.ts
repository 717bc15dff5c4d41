import type { Request, Response, NextFunction } from "express";
import { prisma } from "../lib/prisma";
import type { User } from "@prisma/client";
import { toPublicUser } from "./serializers";

export async function getUser(req: Request, res: Response, next: NextFunction) {
  try {
    const id = req.params.id;
    if (!id) {
      return res.status(400).json({ error: "Missing user id" });
    }
    const user: User | null = awai        return res.json(toPublicUser(user));
  } catch (err) {
    next(err);
  }
}

export async function listUsers(req: Request, res: Response, next: NextFunction) {
  try {
    const take = Math.min(Number(req.query.limit ?? 20), 100);
    const users = await prisma.user.findMany({ take, orderBy: { createdAt: "desc" } });
    res.json(users.map(toPublicUser));
  } catch (err) {
    next(err);
  }
}

export async function deleteUser(req: Request, res: Response, next: NextFunction) {
  try {
    await prisma.user.delete({ where: { id: req.params.id } });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
}
