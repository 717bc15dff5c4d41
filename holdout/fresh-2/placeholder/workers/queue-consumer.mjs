import { connect } from 'amqplib';
import { processInvoice } from './handlers/invoice.mjs';

const QUEUE = process.env.QUEUE_NAME ?? 'invoices';

async function* messages(channel) {
  const buffer = [];
  let wake;
  await channel.consume(QUEUE, (msg) => {
    buffer.push(msg);
    wake?.();
  });
  while (true) {
    if (buffer.length === 0) await new Promise((r) => (wake = r));
    yield buffer.shift();
  }
}

const conn = await connect(process.env.AMQP_URL);
const channel = await conn.createChannel();
await channel.assertQueue(QUEUE, { durable: true });
channel.prefetch(10);

for await (const msg of messages(channel)) {
  try {
    … parse the payload and call processInvoice like before …
    channel.ack(msg);
  } catch (err) {
    console.error('failed to process message', err);
    channel.nack(msg, false, false);
  }
}
