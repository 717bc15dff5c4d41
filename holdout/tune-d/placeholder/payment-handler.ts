import type { Request, Response } from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });

export class WebhookHandler {
  constructor(private endpointSecret: string) {}

  verify(req: Request): Stripe.Event {
    const sig = req.headers["stripe-signature"] as string;
    return stripe.webhooks.constructEvent(req.body, sig, this.endpointSecret);
  }

  async handle(req: Request, res: Response) {
    ...
  }

  private async fulfil(session: Stripe.Checkout.Session) {
    console.log("fulfilling order for", session.customer_email);
  }
}
