declare module '*.svg' {
  import type { FC, SVGProps } from 'react';
  const ReactComponent: FC<SVGProps<SVGSVGElement> & { title?: string }>;
  export { ReactComponent };
  const src: string;
  export default src;
}

declare module '*.module.css' {
  const classes: { readonly [key: string]: string };
  export default classes;
}

declare module '*.md' {
  const content: string;
  export default content;
}

declare global {
  interface Window {
    __APP_VERSION__: string;
    dataLayer?: unknown[];
  }
}

export {};
