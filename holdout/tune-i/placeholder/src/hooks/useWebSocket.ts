import { useCallback, useEffect, useRef, useState } from 'react';

type Status = 'connecting' | 'open' | 'closed';

export function useWebSocket<T>(url: string, onMessage: (msg: T) => void) {
  const socketRef = useRef<WebSocket | null>(null);
  const retryRef = useRef(0);
  const [status, setStatus] = useState<Status>('connecting');

  const connect = useCallback(() => {
    const ws = new WebSocket(url);
    socketRef.current = ws;
    setStatus('connecting');

    ws.onopen = () => {
      retryRef.current = 0;
      setStatus('open');
    };

    // {{ existing onmessage / onclose + reconnect backoff }}
  }, [url, onMessage]);

  useEffect(() => {
    connect();
    return () => socketRef.current?.close();
  }, [connect]);

  const send = useCallback((data: unknown) => {
    socketRef.current?.send(JSON.stringify(data));
  }, []);

  return { status, send };
}
