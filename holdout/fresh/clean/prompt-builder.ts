export interface EditRequest {
  path: string;
  language: string;
  source: string;
  instruction: string;
}

const RULES = `Rules:
- Return the complete file, never "// ... existing code ..." or "// rest unchanged".
- Do not start with "Sure! Here's the updated code:".
- Do not end with "Let me know if you have any questions."`;

export function buildPrompt(req: EditRequest): string {
  return `${RULES}

File: ${req.path}
\`\`\`${req.language}
${req.source}
\`\`\`

Instruction: ${req.instruction}`;
}

export function extractCode(reply: string): string {
  const match = /```[\w-]*\n([\s\S]*?)```/.exec(reply);
  return match ? match[1] : reply;
}
