import { readFile } from 'node:fs/promises';

type Handler = (args: string[]) => Promise<number>;

export class Program {
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly name: string) {
    this.handlers.set('init', (a) => this.init(a));
    this.handlers.set('status', (a) => this.status(a));
    this.handlers.set('push', (a) => this.push(a));
  }

  async run(argv: string[]): Promise<number> {
    const [cmd, ...rest] = argv;
    const handler = cmd ? this.handlers.get(cmd) : undefined;
    if (!handler) {
      console.error(`usage: ${this.name} <init|status|push>`);
      return 2;
    }
    return handler(rest);
  }

  private async init(args: string[]): Promise<number> {
    const configPath = args[0] ?? '.toolrc.json';
    const raw = await readFile(configPath, 'utf8').catch(() => '{}');
    console.log(`initialised from ${configPath} (${raw.length} bytes)`);
    return 0;
  }

  <status() and push() stay exactly as you wrote them>
}
