declare module "*.svg" {
  const content: string;
  export default content;
}

declare global {
  interface Window {
    __APP_STATE__?: Record<string, unknown>;
  }
}

export declare function track(event: string, props?: Record<string, string | number>): void;

export declare namespace Analytics {
  type Provider = "segment" | "posthog";
  function init(provider: Provider): Promise<void>;
}

export {};
