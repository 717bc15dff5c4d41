import clsx from 'clsx';

const CANNED = {
  found: "Here's what I found:",
  done: 'Let me know if you need anything else!',
  wait: 'One moment...',
};

export function ChatBubble({ from, text, kind, ...props }) {
  const body = text ?? CANNED[kind] ?? '';
  return (
    <div className={clsx('bubble', from === 'bot' ? 'bubble--bot' : 'bubble--me')} {...props}>
      {/* avatar only for bot messages */}
      {from === 'bot' && <img className="avatar" src="/bot.svg" alt="" />}
      <p>{body}</p>
    </div>
  );
}

export default ChatBubble;
