// Type declarations for globals injected by the build (see vite.config.ts).
declare const __BUILD_SHA__: string;
declare const __BUILD_TIME__: string;

declare module '*.svg' {
  const src: string;
  export default src;
}

declare module '*.module.css' {
  const classes: { readonly [key: string]: string };
  export default classes;
}

interface ImportMetaEnv {
  readonly VITE_API_URL: string;
  readonly VITE_SENTRY_DSN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare function track(event: string, ...props: Array<Record<string, unknown>>): void;
