# date-range-utils

Small helpers for working with inclusive date ranges in TypeScript.

## Installation

    npm install date-range-utils

## Usage

```ts
import { overlaps } from "date-range-utils";
overlaps({ start: a, end: b }, { start: c, end: d });
```

MIT licensed.
