import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT ?? 587),
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

First, create a helper that renders the plain-text and HTML versions from the same data.

function renderWelcome({ name, verifyUrl }) {
  const text = `Hi ${name},\n\nPlease confirm your email address: ${verifyUrl}\n`;
  const html = `<p>Hi ${name},</p><p><a href="${verifyUrl}">Confirm your email address</a></p>`;
  return { text, html };
}

Then update `sendWelcome` to use it:

export async function sendWelcome(user, verifyUrl) {
  const { text, html } = renderWelcome({ name: user.name, verifyUrl });
  return transport.sendMail({
    from: '"Acme" <no-reply@acme.test>',
    to: user.email,
    subject: 'Welcome to Acme — confirm your email',
    text,
    html,
  });
}
