declare module "*.svg" {
  import type { FC, SVGProps } from "react";
  const Component: FC<SVGProps<SVGSVGElement>>;
  export default Component;
}

declare module "*.module.css" {
  const classes: { readonly [key: string]: string };
  export default classes;
}

declare module "legacy-charts" {
  export interface ChartOptions {
    width?: number;
    height?: number;
    theme?: "light" | "dark";
  }

  export function render(el: HTMLElement, data: number[]): void;
  export function render(el: HTMLElement, data: number[], options: ChartOptions): void;
  export function render(selector: string, data: number[], options?: ChartOptions): void;

  export class Chart {
    private constructor();
    static create(el: HTMLElement): Chart;
    update(data: readonly number[]): this;
    destroy(): void;
  }

  const version: string;
  export default version;
}

declare const __APP_VERSION__: string;
declare function gtag(command: "event", action: string, params?: Record<string, unknown>): void;
