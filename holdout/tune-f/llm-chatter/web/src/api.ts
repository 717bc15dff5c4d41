Here's the updated API client with retry support:

import { retry } from './retry';

export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

const BASE = import.meta.env.VITE_API_URL ?? '/api';

async function getJson<T>(path: string): Promise<T> {
  return retry(async () => {
    const res = await fetch(`${BASE}${path}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as T;
  }, { retries: 3 });
}

export const listTodos = () => getJson<Todo[]>('/todos');
export const getTodo = (id: number) => getJson<Todo>(`/todos/${id}`);
