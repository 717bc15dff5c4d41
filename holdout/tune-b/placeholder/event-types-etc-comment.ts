export const AnalyticsEvent = {
  SignUp: "sign_up",
  Login: "login",
  AddToCart: "add_to_cart",
  BeginCheckout: "begin_checkout",
  // etc.
} as const;

export type AnalyticsEventName = (typeof AnalyticsEvent)[keyof typeof AnalyticsEvent];

export function track(event: AnalyticsEventName, props: Record<string, unknown> = {}) {
  window.dataLayer?.push({ event, ...props });
}
