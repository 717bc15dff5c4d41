import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) throw redirect(303, '/login');
  const todos = await db.todo.findMany({
    where: { ownerId: locals.user.id },
    orderBy: { createdAt: 'asc' },
  });
  return { todos };
};

export const actions: Actions = {
  update: async ({ request, locals }) => {
    if (!locals.user) return fail(401);
    const data = await request.formData();
    const id = String(data.get('id'));
    const done = data.get('done') === 'on';
    await db.todo.update({ where: { id, ownerId: locals.user.id }, data: { done } });
    return { success: true };
  },
  // the 'delete' action is the same as 'update' but calls db.todo.delete
};
