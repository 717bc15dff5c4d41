import axios from "axios";
import type { Project, Task } from "./types";

const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 10_000,
});

export const api = {
  listProjects: async (): Promise<Project[]> => (await http.get("/projects")).data,

  getProject: async (id: string): Promise<Project> =>
    (await http.get(`/projects/${id}`)).data,

  createTask: async (projectId: string, task: Omit<Task, "id">): Promise<Task> =>
    (await http.post(`/projects/${projectId}/tasks`, task)).data,

  ...
};

export default api;
