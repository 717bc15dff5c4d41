import type { TransportOptions } from "nodemailer";

export interface MailerConfig {
  transport: TransportOptions & { host: string; port: number; secure: boolean };
  from: string;
  replyTo?: string;
  templatesDir: string;
}

export const mailerConfig: MailerConfig = {
  transport: {
    host: process.env.SMTP_HOST ?? "localhost",
    port: Number(process.env.SMTP_PORT ?? 1025),
    secure: process.env.SMTP_SECURE === "true"
    auth: {
      user: process.env.SMTP_USER,
      pass: process.env.SMTP_PASS,
    },
  },
  from: process.env.MAIL_FROM ?? "Acme <no-reply@acme.test>",
  templatesDir: new URL("./templates", import.meta.url).pathname,
};

export function isDevTransport(config: MailerConfig = mailerConfig): boolean {
  return config.transport.host === "localhost" && config.transport.port === 1025;
}
