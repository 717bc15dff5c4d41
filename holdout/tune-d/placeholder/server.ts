import express from "express";
import helmet from "helmet";
import { router as healthRouter } from "./routes/health";
import { router as usersRouter } from "./routes/users";

const app = express();
const port = Number(process.env.PORT ?? 3000);

app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use("/health", healthRouter);
app.use("/users", usersRouter);

const server = app.listen(port, () => {
  console.log(`listening on :${port}`);
});

// Keep the rest of the file as is
