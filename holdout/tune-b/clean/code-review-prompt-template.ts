export interface ReviewRequest {
  path: string;
  diff: string;
  language: string;
}

const SYSTEM_PROMPT = `You are a careful code reviewer.
Reply with the full corrected file only. Do not write "Here is the updated file:" or any other preamble.`;

export function buildReviewPrompt({ path, diff, language }: ReviewRequest) {
  return [
    { role: "system" as const, content: SYSTEM_PROMPT },
    {
      role: "user" as const,
      content: `Review the following ${language} change to ${path}.\n\n${diff}`,
    },
  ];
}
