import cron from 'node-cron';
import { logger } from '../logger';
import { ReportRepository } from '../repositories/report.repository';
import { Mailer } from '../mail/mailer';

export class ReportScheduler {
  private task?: cron.ScheduledTask;

  constructor(
    private readonly reports: ReportRepository,
    private readonly mailer: Mailer,
  ) {}

  start(expression = '0 7 * * 1-5'): void {
    this.task = cron.schedule(expression, () => {
      void this.runOnce();
    });
    logger.info({ expression }, 'report scheduler started');
  }

  stop(): void {
    this.task?.stop();
  }

  async runOnce(): Promise<void> {
    // TODO: implement the rest
  }
}
