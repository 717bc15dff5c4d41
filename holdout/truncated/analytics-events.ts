export type PageView = { type: "page_view"; path: string; referrer?: string };
export type Click = { type: "click"; target: string; path: string };
export type Signup = { type: "signup"; plan: "free" | "pro"; source?: string };
export type Purchase = {
  type: "purchase";
  orderId: string;
  valueCents: number;
  currency: string;
};

export type AnalyticsEvent =
  | PageView
  | Click
  | Signup
  | Purchase
  |