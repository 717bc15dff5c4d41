# tiny-queue

A zero-dependency in-memory job queue for Node.js.

## Install

```bash
npm install tiny-queue
```

## Example

```js
import { Queue } from "tiny-queue";

const q = new Queue({ concurrency: 2 });
q.add(async () => fetch("https://example.com"));
await q.onIdle();
```

## Options

| option | default | description |
| --- | --- | --- |
| `concurrency` | `1` | Jobs run in parallel |
| `timeout` | `0` | Per-job timeout in ms (0 = none) |
