# @acme/payments-sdk

Official TypeScript SDK for the Acme Payments API.

## Features

- Fully typed requests and responses
- Automatic retries with exponential backoff
- Idempotency keys for every mutating request
- Works in Node.js 18+, Deno and edge runtimes

## Quick start

```ts
import { Payments } from "@acme/payments-sdk";

const client = new Payments({ apiKey: process.env.ACME_KEY! });
const charge = await client.charges.create({ amount: 1999, currency: "usd" });
console.log(charge.id);
```

## Error handling

All API errors are thrown as `PaymentsError` with a `code` and `requestId`
that you can include when contacting support.

## Contributing

1. Fork the repo and create a branch.
2. Run `pnpm test` before opening a PR.
