import express, { Request, Response, NextFunction } from "express";
import cors from "cors";

const app = express();
const PORT: number = Number(process.env.PORT) || 4000;

app.use(cors());
app.use(express.json());

interface HealthStatus {
  status: "ok" | "degraded";
  uptime: number;
}

app.get("/health", (_req: Request, res: Response<HealthStatus>) => {
  res.json({ status: "ok", uptime: process.uptime() });
});

app.post("/echo", (req: Request<{}, unknown, { message: string }>, res: Response) => {
  res.json({ received: req.body.message });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message });
});

app.listen(PORT, () => console.log(`listening on :${PORT}`));
