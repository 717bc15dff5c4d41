import express from 'express';
import session from 'express-session';
import passport from 'passport';
import cors from 'cors';
import { authRouter } from './routes/auth.js';
import { projectsRouter } from './routes/projects.js';

export function createApp() {
  const app = express();

  app.use(cors({ origin: process.env.WEB_ORIGIN, credentials: true }));
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));

  ...

  app.use('/auth', authRouter);
  app.use('/projects', passport.authenticate('session'), projectsRouter);

  app.use((err, req, res, next) => {
    const status = err.status ?? 500;
    res.status(status).json({ error: err.message });
  });

  return app;
}
