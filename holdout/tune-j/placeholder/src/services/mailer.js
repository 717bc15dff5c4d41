'use strict';

const nodemailer = require('nodemailer');
const { renderTemplate } = require('./templates');

class Mailer {
  constructor({ host, port, user, pass, from }) {
    this.from = from;
    this.transport = nodemailer.createTransport({
      host,
      port,
      secure: port === 465,
      auth: { user, pass },
    });
  }

  async send(to, subject, html) {
    return this.transport.sendMail({ from: this.from, to, subject, html });
  }

  async sendWelcome(user) {
    const html = await renderTemplate('welcome', { name: user.name });
    return this.send(user.email, 'Welcome aboard', html);
  }

  ...other methods (sendPasswordReset, sendReceipt)
}

const mailer = new Mailer({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  user: process.env.SMTP_USER,
  pass: process.env.SMTP_PASS,
  from: process.env.MAIL_FROM,
});

module.exports = { mailer, sendPasswordReset: (u, t) => mailer.sendPasswordReset(u, t) };
