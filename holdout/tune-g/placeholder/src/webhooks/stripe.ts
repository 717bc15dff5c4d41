import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { markInvoicePaid } from '../billing/invoices';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export async function stripeWebhook(req: Request, res: Response) {
  const signature = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;

  try {
    event = stripe.webhooks.constructEvent(req.body, signature, endpointSecret);
  } catch (err) {
    res.status(400).send(`Webhook Error: ${(err as Error).message}`);
    return;
  }

  if (event.type === 'invoice.paid') {
    await markInvoicePaid(event.data.object.id);
  }

  <existing code>

  res.json({ received: true });
}
