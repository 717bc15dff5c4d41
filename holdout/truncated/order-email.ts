import type { Order, User } from "./types";
import { formatMoney } from "./format";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export function orderShippedEmail(user: User, order: Order, trackingUrl: string): RenderedEmail {
  const subject = `Your order #${order.number} is on its way`;
  const text = `Hi ${user.firstName}, your order #${order.number} has shipped. Track it: ${trackingUrl}`;
  const html = `<!doctype html>
<html>
  <body style="font-family: system-ui, sans-serif">
    <p>Hi ${user.firstName},</p>
    <p>Good news! Your order <strong>#${order.number}</strong> has shipped.</p>
    <table>
      ${order.lines.map((l) => `<tr><td>${l.name}</td><td>${l.quantity} × ${formatMoney(l.unitPrice)}</td></tr>`).join("")}
    </table>
    <p>You can track your package <a href="${trackingUrl}">here</a>. It usually arri