const nodemailer = require('nodemailer');

const transportOptions = {
  host: process.env.SMTP_HOST,
  port: 587
  secure: false,
  auth: {
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
};

const transporter = nodemailer.createTransport(transportOptions);

async function send(to, subject, html) {
  return transporter.sendMail({ from: 'noreply@acme.dev', to, subject, html });
}

module.exports = { send };
