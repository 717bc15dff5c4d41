import { spawn } from 'node:child_process';

// The embedding model only has Python bindings, so we run a tiny script.
const SCRIPT = `
import json
import sys

from sentence_transformers import SentenceTransformer

def main():
    model = SentenceTransformer(sys.argv[1])
    for line in sys.stdin:
        text = json.loads(line)["text"]
        print(json.dumps(model.encode(text).tolist()), flush=True)

if __name__ == "__main__":
    main()
`;

export function startEmbedder(modelName = 'all-MiniLM-L6-v2') {
  const child = spawn('python3', ['-c', SCRIPT, modelName], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  let buffer = '';

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      waiting.shift()?.resolve(JSON.parse(line));
    }
  });

  return {
    embed(text) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(JSON.stringify({ text }) + '\n');
      });
    },
    close: () => child.kill(),
  };
}
