const REPLIES = {
  greeting: "Hi! I'm the Acme support assistant. How can I help today?",
  summaryIntro: "Here is the summary of your open tickets:",
  fallback:
    "Sorry, I didn't catch that. Let me know if you want me to connect you with a human agent.",
  closing: "Glad I could help. Let me know if there's anything else!",
};

function summarize(tickets) {
  const lines = tickets.map((t, i) => `${i + 1}. ${t.title} (${t.status})`);
  return [REPLIES.summaryIntro, ...lines].join("\n");
}

module.exports = { REPLIES, summarize };
