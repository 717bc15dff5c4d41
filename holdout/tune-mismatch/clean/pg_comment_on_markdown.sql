CREATE TABLE webhooks (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    url         text NOT NULL,
    events      text[] NOT NULL DEFAULT ARRAY['order.created'],
    headers     jsonb NOT NULL DEFAULT '{"Content-Type": "application/json", "User-Agent": "acme-webhooks/1.0"}',
    secret      text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE webhooks IS
'Outgoing webhook subscriptions.

## Delivery

* Payloads are signed with **HMAC-SHA256** using `secret`; the signature is
  sent in the `X-Acme-Signature` header.
* Failed deliveries are retried 8 times with exponential backoff
  (1m, 2m, 4m, ... ~4h).

## Example payload

    {"event": "order.created", "data": {"id": "ord_123", "total": 4200}}
';

COMMENT ON COLUMN webhooks.events IS 'Event names, e.g. `order.created`, `order.refunded`. Use `*` for all events.';
