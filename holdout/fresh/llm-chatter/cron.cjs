const cron = require('node-cron');
const { cleanupExpiredSessions } = require('./jobs/sessions');
const { sendDigest } = require('./jobs/digest');

// Every 15 minutes
cron.schedule('*/15 * * * *', async () => {
  const removed = await cleanupExpiredSessions();
  console.log(`[cron] removed ${removed} expired sessions`);
});

Now, add the daily digest job below the session cleanup:

// Every day at 08:00
cron.schedule('0 8 * * *', async () => {
  await sendDigest();
  console.log('[cron] digest sent');
});
