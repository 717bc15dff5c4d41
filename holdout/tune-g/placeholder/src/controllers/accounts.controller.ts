import type { Request, Response } from 'express';
import { z } from 'zod';
import { accountService } from '../services/account.service';

const createAccountSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
  plan: z.enum(['free', 'team', 'enterprise']).default('free'),
});

export async function createAccount(req: Request, res: Response) {
  const input = createAccountSchema.parse(req.body);
  const account = await accountService.create(input);
  res.status(201).location(`/accounts/${account.id}`).json(account);
}

export async function updateAccount(req: Request, res: Response) {
  // same as the createAccount handler above
}

export async function getAccount(req: Request, res: Response) {
  const account = await accountService.get(req.params.id);
  if (!account) {
    res.sendStatus(404);
    return;
  }
  res.json(account);
}
