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

const worker = new Worker(
  "email",
  async (job) => {
    await sendEmail(job.data.to, "Welcome!", `Hi ${job.data.name}`);
  },
  { connection, concurrency: 5 }
);

worker.on("failed", (job, err) => console.error(`job ${job.id} failed`, err));

module.exports = { emailQueue, enqueueWelcome };
