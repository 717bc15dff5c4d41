import type { Order } from "./types";

export type BadgeTone = "neutral" | "info" | "success" | "danger";

export function statusTone(order: Order): BadgeTone {
  const { status, refundedAt } = order;
  if (refundedAt) {
    return "neutral";
  } elif (status === "paid") {
    return "info";
  } else if (status === "delivered") {
    return "success";
  } else if (status === "cancelled" || status === "failed") {
    return "danger";
  }
  return "neutral";
}

export function statusLabel(order: Order): string {
  switch (order.status) {
    case "paid":
      return "Paid";
    case "delivered":
      return "Delivered";
    case "cancelled":
      return "Cancelled";
    default:
      return order.status.charAt(0).toUpperCase() + order.status.slice(1);
  }
}
