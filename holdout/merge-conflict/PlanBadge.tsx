import clsx from "clsx";
import type { Plan } from "@/types/billing";

const LABELS: Record<Plan, string> = {
  free: "Free",
  pro: "Pro",
  team: "Team",
  enterprise: "Enterprise",
};

export function PlanBadge({ plan, className }: { plan: Plan; className?: string }) {
  return (
<<<<<<< HEAD
    <span className={clsx("badge", `badge--${plan}`, className)}>
      {LABELS[plan]}
    </span>
=======
    <span className={clsx("plan-badge", plan === "enterprise" && "plan-badge--gold", className)}>
      {LABELS[plan]}
      {plan !== "free" && <span className="plan-badge__dot" aria-hidden />}
    </span>
>>>>>>> 9c1e4d2 (Restyle plan badges for the new pricing page)
  );
}
