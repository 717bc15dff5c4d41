import { Check } from 'lucide-react';

const plans = [
  { name: 'Free', price: 0, features: ['1 project', 'Community support'] },
  { name: 'Pro', price: 19, features: ['Unlimited projects', 'Email support', 'Custom domains'] },
];

export default function Pricing() {
  return (
    <section className="grid gap-6 md:grid-cols-2">
      {plans.map((plan) => (
        <div key={plan.name} className="rounded-xl border p-6">
          <h3 className="text-xl font-semibold">{plan.name}</h3>
          <p className="mt-2 text-3xl">${plan.price}/mo</p>
          <ul className="mt-4 space-y-2">
            {plan.features.map((f) => (
              <li key={f} className="flex items-center gap-2">
                <Check size={16} /> {f}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
```
