import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

const INSTALL_GUIDE = `
# Installing the CLI

Install with **pipx** so the tool gets its own environment:

\`\`\`bash
pipx install acme-cli
acme --version
\`\`\`

| OS      | Supported |
|---------|-----------|
| Linux   | yes       |
| macOS   | yes       |
| Windows | via WSL   |

> Tip: run \`acme login\` once before using any other command.
`;

export default function InstallPage() {
  return (
    <main className="prose mx-auto max-w-3xl py-10">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{INSTALL_GUIDE}</ReactMarkdown>
      <footer className="mt-8 text-sm text-gray-500">
        Something missing? <a href="https://github.com/acme/cli/issues">Open an issue</a>.
      </footer>
    </main>
  );
}
