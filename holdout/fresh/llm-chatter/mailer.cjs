const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

async function sendWelcome(to, name) {
  return transport.sendMail({
    from: '"Acme" <no-reply@acme.dev>',
    to,
    subject: `Welcome, ${name}!`,
    text: `Hi ${name}, thanks for signing up.`,
  });
}

module.exports = { sendWelcome };

Let me know if you'd like me to add HTML templates or attachments!
