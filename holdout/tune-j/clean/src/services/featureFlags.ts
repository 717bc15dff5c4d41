export type Flag = 'newCheckout' | 'betaSearch' | 'darkMode';

export interface FlagContext {
  userId?: string;
  country?: string;
  plan: 'free' | 'pro' | 'enterprise';
}

function bucket(userId: string): number {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 100;
}

export function isEnabled(flag: Flag, ctx: FlagContext): boolean {
  switch (flag) {
    case 'newCheckout':
      return ctx.userId ? bucket(ctx.userId) < 25 : false;
    case 'betaSearch':
      return ctx.plan !== 'free';
    case 'darkMode':
      return true;
    default: {
      // unknown flags are off; the never-assignment makes new flags a compile error here
      const exhaustive: never = flag;
      return exhaustive;
    }
  }
}
