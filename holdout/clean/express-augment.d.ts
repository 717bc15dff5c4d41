import type { JwtPayload } from "jsonwebtoken";
import "express-serve-static-core";

declare module "express-serve-static-core" {
  interface Request {
    user?: AuthenticatedUser;
    requestId: string;
    startedAt: bigint;
  }

  interface Locals {
    tenantId?: string;
  }
}

declare global {
  interface AuthenticatedUser extends JwtPayload {
    id: string;
    email: string;
    roles: ReadonlyArray<"admin" | "editor" | "viewer">;
  }

  namespace NodeJS {
    interface ProcessEnv {
      readonly NODE_ENV: "development" | "test" | "production";
      readonly DATABASE_URL: string;
      readonly JWT_SECRET: string;
      readonly PORT?: string;
    }
  }
}

export {};
