const BATCH_SIZE = 100;

/**
 * Processes up to BATCH_SIZE jobs per tick. Remaining items are processed in
 * the next batch, so a large backlog never blocks the event loop for long.
 */
class BatchProcessor {
  constructor(handler) {
    this.handler = handler;
    this.queue = [];
    this.scheduled = false;
  }

  push(...jobs) {
    this.queue.push(...jobs);
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  async flush() {
    this.scheduled = false;
    const batch = this.queue.splice(0, BATCH_SIZE);
    await Promise.all(batch.map((job) => this.handler(job)));
    if (this.queue.length > 0) this.schedule();
  }
}

module.exports = BatchProcessor;
