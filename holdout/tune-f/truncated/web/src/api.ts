import type { Project } from './types';

const BASE = '/api/v1';

export async function fetchProject(id: string): Promise<Project> {
  const res = await fetch(`${BASE}/projects/${id}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export async function fetchProjects(page = 1): Promise<Project[]> {
  const res = await fetch(`${BASE}/projects?page=${page}`);
  if (!res.ok) {
    throw new Error(`HTTP ${res.status}`);
