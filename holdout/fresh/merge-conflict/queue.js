const { Queue } = require('bullmq');

const connection = { host: process.env.REDIS_HOST || '127.0.0.1', port: 6379 };

const emailQueue = new Queue('email', { connection });

async function enqueueWelcome(user) {
<<<<<<< Conflict 1 of 1
%%%%%%% Changes from base to side #1
-  await emailQueue.add('welcome', { userId: user.id });
+  await emailQueue.add('welcome', { userId: user.id }, { attempts: 3 });
+++++++ Contents of side #2
  await emailQueue.add('welcome', { userId: user.id, locale: user.locale });
>>>>>>> Conflict 1 of 1 ends
}

module.exports = { emailQueue, enqueueWelcome };
