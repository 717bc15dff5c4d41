export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const SYSTEM_PROMPT = `You are a concise support assistant for Acme.
Note: only answer questions about Acme products.
If you are unsure, say so and end with "Let me know if you need anything else!"`;

export function buildPrompt(history: ChatMessage[], question: string): ChatMessage[] {
  const transcript = history.map((m) => `${m.role}: ${m.content}`).join('\n');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    {
      role: 'user',
      content: `Here is the conversation so far...\n${transcript}\n\nNew question: ${question}`,
    },
  ];
}
