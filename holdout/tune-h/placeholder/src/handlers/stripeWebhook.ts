import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { markInvoicePaid, cancelSubscription, upsertCustomer } from '../services/billing';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export async function stripeWebhook(req: Request, res: Response) {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case 'invoice.paid':
      await markInvoicePaid(event.data.object as Stripe.Invoice);
      break;
    case 'customer.subscription.deleted':
      await cancelSubscription(event.data.object as Stripe.Subscription);
      break;
    case 'customer.updated':
      ...
    default:
      console.log(`Unhandled event type ${event.type}`);
  }

  res.json({ received: true });
}
