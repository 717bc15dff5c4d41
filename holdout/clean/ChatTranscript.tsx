import { Fragment } from "react";

export type Turn = { role: "user" | "assistant"; text: string };

// Demo transcript shown on the marketing page. These strings are content, not chatter.
export const DEMO_TURNS: Turn[] = [
  { role: "user", text: "Can you add pagination to my orders endpoint?" },
  {
    role: "assistant",
    text: "Sure! Here is the updated file: I added `page` and `pageSize` query params.",
  },
  { role: "user", text: "Perfect, thanks." },
  { role: "assistant", text: "Happy to help. Let me know if you have any other questions!" },
];

const ROLE_LABEL = { user: "You", assistant: "Assistant" } as const satisfies Record<Turn["role"], string>;

export function ChatTranscript({ turns = DEMO_TURNS }: { turns?: Turn[] }) {
  return (
    <section aria-label="Example conversation" className="transcript">
      {turns.map((turn, i) => (
        <Fragment key={i}>
          <h4 className={`turn-label turn-label--${turn.role}`}>{ROLE_LABEL[turn.role]}</h4>
          <p className="turn-text">{turn.text}</p>
        </Fragment>
      ))}
      <p className="disclaimer">
        Note: I hope this helps you picture the workflow. Here's what the assistant can do next.
      </p>
    </section>
  );
}
