import { memo } from 'react';
import { CodeBlock } from './CodeBlock';

// Empty-state copy for the AI pair-programming panel. The sentences below are
// product copy shown to users, written by our UX team.
function EmptyState({ onExample }) {
  return (
    <div className="assistant__empty">
      <p>
        Here is the updated file view: every change the assistant proposes shows
        up as a diff you can accept or reject.
      </p>
      <p>Let me know if… is not a command. Try one of these instead:</p>
      <ul>
        <li><button onClick={() => onExample('Add tests for utils.js')}>Add tests for utils.js</button></li>
        <li><button onClick={() => onExample('Explain this regex')}>Explain this regex</button></li>
      </ul>
    </div>
  );
}

function AssistantMessage({ message, onExample }) {
  if (!message) return <EmptyState onExample={onExample} />;

  return (
    <article className={`assistant__message assistant__message--${message.role}`}>
      {message.parts.map((part, i) =>
        part.type === 'code' ? (
          <CodeBlock key={i} language={part.lang} source={part.text} />
        ) : (
          <p key={i}>{part.text}</p>
        )
      )}
      {message.truncated && <em>The response was cut off. Ask it to continue…</em>}
    </article>
  );
}

export default memo(AssistantMessage);
