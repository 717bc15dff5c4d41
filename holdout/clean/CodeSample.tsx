import { useState } from "react";
import { Highlight, themes } from "prism-react-renderer";

const INSTALL_MD = `## Install

\`\`\`bash
npm install @acme/widgets
\`\`\`

\`\`\`tsx
import { Widget } from "@acme/widgets";
\`\`\`
`;

const FENCE_RE = /```(\w+)?\n([\s\S]*?)```/g;

export function extractBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(FENCE_RE)].map(([, lang = "text", code]) => ({ lang, code }));
}

export function CodeSample({ markdown = INSTALL_MD }: { markdown?: string }) {
  const blocks = extractBlocks(markdown);
  const [active, setActive] = useState(0);
  const block = blocks[active];

  return (
    <div className="code-sample">
      <nav>
        {blocks.map((b, i) => (
          <button key={i} aria-pressed={i === active} onClick={() => setActive(i)}>
            {b.lang}
          </button>
        ))}
      </nav>
      {block && (
        <Highlight theme={themes.github} code={block.code.trimEnd()} language={block.lang}>
          {({ tokens, getLineProps, getTokenProps }) => (
            <pre>
              {tokens.map((line, i) => (
                <div key={i} {...getLineProps({ line })}>
                  {line.map((token, k) => (
                    <span key={k} {...getTokenProps({ token })} />
                  ))}
                </div>
              ))}
            </pre>
          )}
        </Highlight>
      )}
    </div>
  );
}
