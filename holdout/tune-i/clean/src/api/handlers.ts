import type { Request, Response } from 'express';
import { z } from 'zod';
import { db } from '../db';

const CreateNote = z.object({ title: z.string().min(1), body: z.string().default('') });

export async function listNotes(req: Request, res: Response): Promise<void> {
  // TODO: cursor-based pagination once the notes table has a created_at index
  const notes = await db.note.findMany({ where: { ownerId: req.user.id }, take: 100 });
  res.json(notes.map(({ ownerId, ...rest }) => rest));
}

export async function createNote(req: Request, res: Response): Promise<void> {
  const parsed = CreateNote.safeParse(req.body);
  if (!parsed.success) {
    res.status(422).json(parsed.error.flatten());
    return;
  }
  const note = await db.note.create({ data: { ...parsed.data, ownerId: req.user.id } });
  res.status(201).json(note);
}
