const { Queue, Worker } = require("bullmq");
const IORedis = require("ioredis");
const { sendEmail } = require("./mailer");

const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });

const emailQueue = new Queue("email", { connection });

async function enqueueWelcome(user) {
  await emailQueue.add(
    "welcome",
    { to: user.email, name: user.name },
    { attempts: 3, backoff: { type: "exponential", delay: 5000 } }
  );
}

// Rest of the file remains the same
