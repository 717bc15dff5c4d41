# task-queue

A tiny, dependency-free job queue for Node.js with retries and backoff.

## Installation

```bash
npm install task-queue
```

## Usage

```js
const { Queue } = require("task-queue");

const queue = new Queue({ concurrency: 4, retries: 3 });
queue.add(async () => sendEmail(user));
await queue.drain();
```

## Options

| Option        | Default | Description                         |
|---------------|---------|-------------------------------------|
| `concurrency` | `1`     | Number of jobs running at once      |
| `retries`     | `0`     | How many times a failed job retries |
| `backoff`     | `100`   | Base delay in ms (exponential)      |

## License

MIT
