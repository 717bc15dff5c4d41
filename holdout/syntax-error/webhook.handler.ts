import type { Request, Response } from "express";
import Stripe from "stripe";
import { markInvoicePaid, markInvoiceFailed } from "../billing/invoices";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export const stripeWebhook = async (req: Request, res: Response) -> {
  const signature = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case "invoice.paid":
      await markInvoicePaid((event.data.object as Stripe.Invoice).id);
      break;
    case "invoice.payment_failed":
      await markInvoiceFailed((event.data.object as Stripe.Invoice).id);
      break;
    default:
      console.log(`Unhandled event type ${event.type}`);
  }
  res.json({ received: true });
};
