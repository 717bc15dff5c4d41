// Builds the instruction block we send to the code-editing model.
// The rest of the request (history, tool schema) is assembled in client.mjs.

const RULES = [
  'Return the complete file, never a partial one.',
  'Do not write "// ... existing code ..." or "rest of the file unchanged".',
  'Do not wrap the answer in ``` fences.',
  'Do not add explanations before or after the code.',
];

export function buildEditPrompt({ path, contents, request }) {
  // Keep the file first: models attend to the beginning more reliably.
  return [
    `You are editing ${path}.`,
    '',
    'Current contents:',
    contents,
    '',
    `Requested change: ${request}`,
    '',
    'Rules:',
    ...RULES.map((rule, i) => `${i + 1}. ${rule}`),
  ].join('\n');
}

// The remaining helpers are only used by the evaluation harness.

export function estimateTokens(text) {
  // Rough heuristic: ~4 characters per token for English and code.
  return Math.ceil(text.length / 4);
}

export function fitsBudget(prompt, budget = 8000) {
  const used = estimateTokens(prompt);
  return { ok: used <= budget, used, remaining: Math.max(0, budget - used) };
}
