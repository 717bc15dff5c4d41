import { Check } from "lucide-react";

const PLANS = [
  { name: "Starter", price: 0, features: ["1 project", "Community support"] },
  { name: "Pro", price: 19, features: ["Unlimited projects", "Email support", "Analytics"] },
  { name: "Team", price: 49, features: ["Everything in Pro", "SSO", "Audit log"] },
] as const;

export function PricingTable({ highlight = "Pro" }: { highlight?: string }) {
  return (
    <div className="pricing">
      {PLANS.map((plan) => (
        <div key={plan.name} className=plan-card data-highlight={plan.name === highlight}>
          <h3>{plan.name}</h3>
          <p className="price">
            {plan.price === 0 ? "Free" : `$${plan.price}/mo`}
          </p>
          <ul>
            {plan.features.map((f) => (
              <li key={f}>
                <Check size={14} aria-hidden /> {f}
              </li>
            ))}
          </ul>
          <a href={`/signup?plan=${plan.name.toLowerCase()}`} className="btn">
            Choose {plan.name}
          </a>
        </div>
      ))}
    </div>
  );
}
