import { useState } from "react";
import { ProfileStep } from "./steps/ProfileStep";
import { TeamStep } from "./steps/TeamStep";
import { BillingStep } from "./steps/BillingStep";

const STEPS = [
  { id: "profile", title: "Your profile", Component: ProfileStep },
  { id: "team", title: "Invite your team", Component: TeamStep },
  { id: "billing", title: "Choose a plan", Component: BillingStep },
] as const;

export function OnboardingSteps({ onDone }: { onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const step = STEPS[index];
  const isLast = index === STEPS.length - 1;

  return (
    <div className="onboarding">
      <ol className="onboarding__progress">
        {STEPS.map((s, i) => (
          <li key={s.id} data-state={i < index ? "done" : i === index ? "current" : "todo"}>
            {s.title}
          </li>
        ))}
      </ol>
      <step.Component />
      <footer>
        {index > 0 && <button onClick={() => setIndex(index - 1)}>Back</button>}
<<<<<<< HEAD
        <button onClick={() => (isLast ? onDone() : setIndex(index + 1))}>
          {isLast ? "Finish" : "Next"}
        </button>
||||||| merged common ancestors
        <button onClick={() => setIndex(index + 1)}>Next</button>
=======
        <button className="primary" onClick={() => (isLast ? onDone() : setIndex(index + 1))}>
          {isLast ? "Go to dashboard" : "Continue"}
        </button>
>>>>>>> feature/onboarding-copy
      </footer>
    </div>
  );
}
