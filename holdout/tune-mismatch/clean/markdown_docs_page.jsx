import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

const GETTING_STARTED = `
# Getting started

Install the CLI globally:

\`\`\`bash
npm install -g @acme/cli
acme login
\`\`\`

## Create your first project

1. Run \`acme init my-app\`.
2. Answer the prompts (you can change everything later).
3. Deploy with \`acme deploy\`.

| Command        | What it does              |
| -------------- | ------------------------- |
| \`acme logs\`    | Tail production logs      |
| \`acme env ls\`  | List environment variables |

> **Tip:** add \`--json\` to any command for machine-readable output.
`;

export default function GettingStarted() {
  return (
    <article className="prose lg:prose-lg">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{GETTING_STARTED}</ReactMarkdown>
      <p className="mt-8 text-sm text-gray-500">
        Stuck? <a href="https://discord.gg/acme">Ask on Discord</a>.
      </p>
    </article>
  );
}
