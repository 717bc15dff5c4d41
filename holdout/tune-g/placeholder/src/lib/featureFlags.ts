export interface FlagContext {
  userId?: string;
  tenantId?: string;
  environment: 'development' | 'staging' | 'production';
}

type Flag = {
  key: string;
  rolloutPercent: number;
  environments: FlagContext['environment'][];
};

const FLAGS: Flag[] = [
  { key: 'new-checkout', rolloutPercent: 25, environments: ['staging', 'production'] },
  { key: 'bulk-export', rolloutPercent: 100, environments: ['development', 'staging'] },
];

function bucket(id: string): number {
  /* unchanged */
}

export function isEnabled(key: string, ctx: FlagContext): boolean {
  const flag = FLAGS.find((f) => f.key === key);
  if (!flag || !flag.environments.includes(ctx.environment)) return false;
  if (flag.rolloutPercent >= 100) return true;
  const id = ctx.userId ?? ctx.tenantId;
  return id !== undefined && bucket(id) < flag.rolloutPercent;
}
