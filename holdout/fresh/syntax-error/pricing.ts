export interface Plan {
  id: string;
  monthly: number;
}

export function yearlyPrice(plan: Plan, discount = 0.2): number => {
  return Math.round(plan.monthly * 12 * (1 - discount));
}

export function cheapest(plans: Plan[]): Plan | undefined {
  return [...plans].sort((a, b) => a.monthly - b.monthly)[0];
}

export const FREE: Plan = { id: 'free', monthly: 0 };
