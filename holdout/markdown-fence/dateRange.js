```typescript
'use strict';

function* dateRange(start, end, stepDays = 1) {
  const cur = new Date(start);
  while (cur <= end) {
    yield new Date(cur);
    cur.setUTCDate(cur.getUTCDate() + stepDays);
  }
}

function weekdaysBetween(start, end) {
  let count = 0;
  for (const day of dateRange(start, end)) {
    const dow = day.getUTCDay();
    if (dow !== 0 && dow !== 6) count++;
  }
  return count;
}

function isoWeek(date) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return Math.ceil(((d - yearStart) / 86400000 + 1) / 7);
}

module.exports = { dateRange, weekdaysBetween, isoWeek };
```
