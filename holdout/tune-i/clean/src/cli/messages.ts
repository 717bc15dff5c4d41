export const messages = {
  intro: "Sure! Here's what changed since your last release:",
  empty: 'Nothing to release yet. Let me know when you have merged something.',
  outro: 'Let me know if you want me to open the release PR as well.',
  note: 'Note: breaking changes are listed first.',
} as const;

export function renderChangelog(entries: string[], breaking: string[]): string {
  if (entries.length === 0 && breaking.length === 0) return messages.empty;
  const lines = [messages.intro, messages.note, ''];
  for (const b of breaking) lines.push(`- **BREAKING:** ${b}`);
  for (const e of entries) lines.push(`- ${e}`);
  lines.push('', messages.outro);
  return lines.join('\n');
}
