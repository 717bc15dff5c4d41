import Stripe from 'stripe';
import { db } from '../db.js';
import { logger } from '../logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

export async function createCheckoutSession(userId, priceId) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: user.stripeCustomerId,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${process.env.APP_URL}/billing?status=success`,
    cancel_url: `${process.env.APP_URL}/billing?status=cancelled`,
  });
}

<existing code>

export async function handleWebhook(rawBody, signature) {
  const event = stripe.webhooks.constructEvent(rawBody, signature, process.env.STRIPE_WEBHOOK_SECRET);
  const handler = handlers[event.type];
  if (!handler) {
    logger.debug({ type: event.type }, 'ignoring stripe event');
    return;
  }
  await handler(event.data.object);
}
