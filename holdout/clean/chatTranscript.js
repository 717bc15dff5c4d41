'use strict';

// Canned assistant messages used by the support widget's offline mode and
// by the snapshot tests. They are user-facing strings, not model output.
const CANNED_REPLIES = {
  greeting: "Hi! I'm the Acme assistant. How can I help you today?",
  fileUpdated: 'Here is the updated file:',
  followUp: 'Let me know if you have any other questions.',
  apology: "I'm sorry, I couldn't find an order with that number.",
  handoff: 'Sure! I will connect you with a human agent now.',
};

function renderReply(key, vars = {}) {
  const template = CANNED_REPLIES[key];
  if (template === undefined) {
    throw new Error(`Unknown canned reply: ${key}`);
  }
  return template.replace(/\{(\w+)\}/g, (_, name) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : `{${name}}`
  );
}

function looksLikeBoilerplate(message) {
  const lowered = message.toLowerCase();
  return (
    lowered.startsWith('certainly!') ||
    lowered.startsWith("here's the") ||
    lowered.includes('hope this helps') ||
    lowered.includes('let me know if')
  );
}

function transcriptToText(turns) {
  return turns
    .map(({ role, text }) => `${role === 'user' ? 'Customer' : 'Assistant'}: ${text}`)
    .join('\n');
}

module.exports = { CANNED_REPLIES, renderReply, looksLikeBoilerplate, transcriptToText };
