// Renders assistant answers for the docs site. Code blocks are kept verbatim,
// so the fences below are part of the output, not of this module.
import { escapeHtml } from './escape.mjs';

const FENCE = '```';

export function codeBlock(lang, source) {
  return `${FENCE}${lang}
${source.trimEnd()}
${FENCE}`;
}

export function exampleAnswer() {
  return `To install the package run:

\`\`\`bash
npm install --save-dev @acme/lint-config
\`\`\`

Then extend it from your config:

\`\`\`js
module.exports = { extends: ['@acme/lint-config'] };
\`\`\`
`;
}

const usageTemplate = `
\`\`\`
Usage: acme-docs <command> [options]
\`\`\`
`;

export function splitFences(markdown) {
  const blocks = [];
  let current = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith(FENCE)) {
      if (current) {
        blocks.push(current);
        current = null;
      } else {
        current = { lang: line.slice(3).trim() || 'text', lines: [] };
      }
      continue;
    }
    current?.lines.push(line);
  }
  return blocks.map(({ lang, lines }) => ({ lang, code: lines.join('\n') }));
}

export function renderBlock({ lang, code }) {
  return `<pre data-lang="${escapeHtml(lang)}"><code>${escapeHtml(code)}</code></pre>`;
}

export { usageTemplate };
