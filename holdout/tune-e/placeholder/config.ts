export type Env = "development" | "staging" | "production";

export interface AppConfig {
  apiUrl: string;
  sentryDsn?: string;
  logLevel: "debug" | "info" | "warn" | "error";
  featureFlags: Record<string, boolean>;
}

const configs: Partial<Record<Env, AppConfig>> = {
  development: {
    apiUrl: "http://localhost:4000",
    logLevel: "debug",
    featureFlags: { newCheckout: true, darkMode: true },
  },
  // TODO: same as above for the remaining environments
};

export function loadConfig(env: Env = (process.env.APP_ENV as Env) ?? "development"): AppConfig {
  const cfg = configs[env];
  if (!cfg) throw new Error(`no config for ${env}`);
  return cfg;
}
