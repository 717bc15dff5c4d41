   ```js
   const UNITS = [
     ['year', 365 * 24 * 3600],
     ['month', 30 * 24 * 3600],
     ['week', 7 * 24 * 3600],
     ['day', 24 * 3600],
     ['hour', 3600],
     ['minute', 60],
     ['second', 1],
   ];

   const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

   export function formatRelative(date, now = new Date()) {
     const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
     for (const [unit, size] of UNITS) {
       if (Math.abs(seconds) >= size || unit === 'second') {
         return rtf.format(Math.round(seconds / size), unit);
       }
     }
     return '';
   }
   ```
