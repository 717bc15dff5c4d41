import type { Mailer, Message } from '../mail/types';
import type { Metrics } from '../metrics/types';

export class FakeMailer implements Mailer {
  readonly sent: Message[] = [];

  async send(message: Message): Promise<void> {
    this.sent.push(message);
  }

  async verify(): Promise<void> {
    // fake transport: nothing leaves the process, so there is nothing to verify
  }
}

export class NullMetrics implements Metrics {
  increment(): void {}
  gauge(): void {}
  timing(): void {}
  async flush(): Promise<void> {
    // no-op in tests
  }
}
