/*
Below is the updated type definitions file. I have made the following changes:
1. Made `updatedAt` optional, since older records do not have it.
2. Added the `archived` status to `ProjectStatus`.
*/
export type ProjectStatus = "active" | "paused" | "archived";

export interface Project {
  id: string;
  name: string;
  status: ProjectStatus;
  createdAt: string;
  updatedAt?: string;
}
