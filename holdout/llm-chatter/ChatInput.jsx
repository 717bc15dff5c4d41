import { useCallback, useRef, useState } from 'react';

export default function ChatInput({ onSend, disabled }) {
  const [text, setText] = useState('');
  const textRef = useRef(text);
  textRef.current = text;

  const send = useCallback(() => {
    const value = textRef.current.trim();
    if (!value) return;
    onSend(value);
    setText('');
  }, [onSend]);

  const onKeyDown = (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      send();
    }
  };

  return (
    <div className="chat-input">
      <textarea
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={2}
      />
      <button onClick={send} disabled={disabled || !text.trim()}>
        Send
      </button>
    </div>
  );
}

This should fix the stale closure issue you were seeing: `send` now reads the latest text from a ref, so it
no longer needs `text` in its dependency array and the memoized callback stays stable between renders.
