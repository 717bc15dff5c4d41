export interface Project {
  id: string;
  name: string;
  ownerId: string;
<<<<<<< HEAD
  archived: boolean;
  createdAt: string;
=======
  archivedAt: string | null;
  createdAt: Date;
  updatedAt: Date;
>>>>>>> refactor/dates
}

export interface Task {
  id: string;
  projectId: string;
  title: string;
  assigneeId?: string;
  status: "todo" | "in_progress" | "done";
  dueDate?: string;
}

export type ProjectWithTasks = Project & { tasks: Task[] };
