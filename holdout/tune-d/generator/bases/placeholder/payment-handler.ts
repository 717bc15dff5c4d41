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
    let event: Stripe.Event;
    try {
      event = this.verify(req);
    } catch (err) {
      res.status(400).send(`Webhook Error: ${(err as Error).message}`);
      return;
    }
    if (event.type === "checkout.session.completed") {
      await this.fulfil(event.data.object as Stripe.Checkout.Session);
    }
    res.json({ received: true });
  }

  private async fulfil(session: Stripe.Checkout.Session) {
    console.log("fulfilling order for", session.customer_email);
  }
}
