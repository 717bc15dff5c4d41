import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { createTransport, type Transporter } from "nodemailer";

@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transporter: Transporter;

  constructor(private readonly config: ConfigService) {
    this.transporter = createTransport({
      host: config.getOrThrow("SMTP_HOST"),
      port: config.get<number>("SMTP_PORT", 587),
      auth: { user: config.get("SMTP_USER"), pass: config.get("SMTP_PASS") },
    });
  }

  async send(to: string, subject: string, html: string): Promise<void> {
<<<<<<< HEAD
    await this.transporter.sendMail({ from: this.config.get("MAIL_FROM"), to, subject, html });
    this.logger.log(`Sent "${subject}" to ${to}`);
=======
    try {
      const info = await this.transporter.sendMail({ from: this.config.get("MAIL_FROM"), to, subject, html });
      this.logger.log(`Sent "${subject}" to ${to} (${info.messageId})`);
    } catch (error) {
      this.logger.error(`Failed to send "${subject}" to ${to}`, (error as Error).stack);
      throw error;
    }
>>>>>>> hotfix/mailer-error-logging
  }
}
