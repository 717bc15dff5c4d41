const crypto = require('crypto');

function verifySignature(payload, signature, secret) {
  const expected = crypto.createHmac('sha256', secret).update(payload).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

async function handleInvoicePaid(event) {
  // TODO: implement
}

async function handleWebhook(req, res) {
  if (!verifySignature(req.rawBody, req.get('x-signature'), process.env.WEBHOOK_SECRET)) {
    return res.status(400).send('bad signature');
  }
  if (req.body.type === 'invoice.paid') await handleInvoicePaid(req.body);
  res.sendStatus(200);
}

module.exports = { handleWebhook, verifySignature };
