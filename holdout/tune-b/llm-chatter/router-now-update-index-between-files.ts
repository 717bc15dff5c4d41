import { Router } from "express";
import { listProjects, createProject } from "./projects.controller";

export const projectsRouter = Router();

projectsRouter.get("/", listProjects);
projectsRouter.post("/", createProject);

Now update `src/index.ts` to use the new router:

import express from "express";
import { projectsRouter } from "./projects.router";

const app = express();
app.use(express.json());
app.use("/api/projects", projectsRouter);
app.listen(3000, () => console.log("listening on :3000"));
