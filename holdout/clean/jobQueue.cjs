'use strict';

const { EventEmitter } = require('node:events');

class JobQueue extends EventEmitter {
  constructor({ concurrency = 2 } = {}) {
    super();
    this.concurrency = concurrency;
    this.pending = [];
    this.running = 0;
  }

  push(job) {
    this.pending.push(job);
    // TODO: implement priority lanes once the billing jobs need them.
    // Until then every job is FIFO, which is what the tests expect.
    this.#drain();
    return this;
  }

  #drain() {
    while (this.running < this.concurrency && this.pending.length > 0) {
      const job = this.pending.shift();
      this.running++;
      Promise.resolve()
        .then(() => job())
        .then(
          (result) => this.emit('done', result),
          (err) => this.emit('failed', err)
        )
        .finally(() => {
          this.running--;
          if (this.pending.length === 0 && this.running === 0) this.emit('idle');
          else this.#drain();
        });
    }
  }

  // FIXME: `clear` drops jobs silently; callers may want their promises rejected.
  clear() {
    const dropped = this.pending.length;
    this.pending.length = 0;
    return dropped;
  }

  async *results() {
    while (true) {
      const [result] = await EventEmitter.once(this, 'done');
      yield result;
    }
  }
}

module.exports = { JobQueue };
