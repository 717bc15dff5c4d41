const PLANS = [
  { id: 'free', name: 'Free', price: 0, features: ['1 project', 'Community support'] },
  { id: 'pro', name: 'Pro', price: 12, features: ['Unlimited projects', 'Email support'] },
  { id: 'team', name: 'Team', price: 49, features: ['SSO', 'Audit log', 'Priority support'] },
];

export default function PricingTable({ current, onSelect }) {
  return (
    <div className="pricing">
      {PLANS.map((plan) => (
        <div key={plan.id} className={plan.id === current ? 'plan plan--current' : 'plan'}>
          <h3>{plan.name}</h3>
<<<<<<< HEAD
          <p className="plan__price">${plan.price}/month</p>
=======
          <p className="plan__price">
            {plan.price === 0 ? 'Free forever' : `$${plan.price} per user / month`}
          </p>
>>>>>>> pricing-copy-update
          <ul>
            {plan.features.map((f) => <li key={f}>{f}</li>)}
          </ul>
          <button disabled={plan.id === current} onClick={() => onSelect(plan.id)}>
            {plan.id === current ? 'Current plan' : 'Choose'}
          </button>
        </div>
      ))}
    </div>
  );
}
