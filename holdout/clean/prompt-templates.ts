import type { ChatMessage } from "./types";

const FENCE = "```";

/**
 * System prompt for the "edit file" tool. The model is told NOT to wrap output
 * in fences and NOT to say "Here is the updated file", because we write its
 * reply straight to disk.
 */
export const EDIT_SYSTEM_PROMPT = `You are a careful senior engineer.
Return the complete file. Do not elide anything with comments such as
"// ... existing code ..." and do not start with "Here is the updated file:".

Bad:
\`\`\`ts
// ... rest of the file
\`\`\`

Good: the whole file, verbatim, with no surrounding prose.`;

export function wrapSnippet(lang: string, code: string): string {
  return `${FENCE}${lang}\n${code.trimEnd()}\n${FENCE}`;
}

export function buildEditMessages(path: string, before: string, request: string): ChatMessage[] {
  return [
    { role: "system", content: EDIT_SYSTEM_PROMPT },
    {
      role: "user",
      content: [
        `File: ${path}`,
        wrapSnippet(path.endsWith(".tsx") ? "tsx" : "ts", before),
        `Change request: ${request}`,
      ].join("\n\n"),
    },
  ];
}

export function stripFences(reply: string): string {
  const lines = reply.split("\n");
  if (lines[0]?.startsWith(FENCE)) lines.shift();
  if (lines.at(-1)?.trim() === FENCE) lines.pop();
  return lines.join("\n");
}
