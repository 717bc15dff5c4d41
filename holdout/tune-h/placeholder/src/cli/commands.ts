import { execa } from 'execa';
import pc from 'picocolors';
import { loadConfig, type Config } from './config';

type Command = 'deploy' | 'status' | 'logs' | 'rollback';

export async function run(cmd: Command, args: string[]): Promise<number> {
  const cfg: Config = await loadConfig();

  switch (cmd) {
    case 'deploy': {
      const tag = args[0] ?? 'latest';
      console.log(pc.cyan(`deploying ${cfg.service}:${tag} to ${cfg.cluster}`));
      const { exitCode } = await execa(
        'kubectl',
        ['set', 'image', `deployment/${cfg.service}`, `${cfg.service}=${cfg.registry}/${cfg.service}:${tag}`, '-n', cfg.namespace],
        { stdio: 'inherit', reject: false },
      );
      return exitCode ?? 1;
    }
    // 'status' and 'logs' — copy the deploy case and swap in `rollout status` / `logs -f`
    case 'rollback': {
      const { exitCode } = await execa('kubectl', ['rollout', 'undo', `deployment/${cfg.service}`, '-n', cfg.namespace], {
        stdio: 'inherit',
        reject: false,
      });
      return exitCode ?? 1;
    }
    default: {
      const never: never = cmd;
      console.error(pc.red(`unknown command ${never}`));
      return 2;
    }
  }
}
