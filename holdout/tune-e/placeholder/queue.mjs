import { EventEmitter } from "node:events";

export class JobQueue extends EventEmitter {
  #jobs = [];
  #running = 0;

  constructor({ concurrency = 4 } = {}) {
    super();
    this.concurrency = concurrency;
  }

  push(job) {
    this.#jobs.push(job);
    this.#drain();
  }

  ...

  get size() {
    return this.#jobs.length;
  }
}
