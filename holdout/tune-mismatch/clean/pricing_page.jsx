import React from "react";

const plans = [
  { name: "Hobby", price: 0, features: ["1 project", "Community support"] },
  { name: "Pro", price: 20, features: ["Unlimited projects", "Email support", "Custom domains"], highlight: true },
  { name: "Team", price: 50, features: ["Everything in Pro", "SSO", "Audit log"] },
];

export default function Pricing() {
  return (
    <main className="pricing">
      <header className="pricing__header">
        <h1>Simple, transparent pricing</h1>
        <p>
          No hidden fees. Cancel anytime. <a href="/faq#billing">Questions about billing?</a>
        </p>
      </header>
      <section className="pricing__grid">
        {plans.map((plan) => (
          <article key={plan.name} className={plan.highlight ? "card card--highlight" : "card"}>
            <h2>{plan.name}</h2>
            <p className="card__price">
              <span className="currency">$</span>
              {plan.price}
              <span className="period">/month</span>
            </p>
            <ul>
              {plan.features.map((f) => (
                <li key={f}>
                  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M3 8l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
                  </svg>
                  {f}
                </li>
              ))}
            </ul>
            <a className="btn" href={`/signup?plan=${plan.name.toLowerCase()}`}>
              Choose {plan.name}
            </a>
          </article>
        ))}
      </section>
      <footer>
        <small>Prices in USD. VAT may apply.</small>
      </footer>
    </main>
  );
}
