import { useEffect, useRef, useState, useCallback } from 'react';

type Status = 'connecting' | 'open' | 'closed';

const MAX_BACKOFF_MS = 30_000;

export function useWebSocket<T = unknown>(url: string, onMessage: (msg: T) => void) {
  const wsRef = useRef<WebSocket | null>(null);
  const retryRef = useRef(0);
  const [status, setStatus] = useState<Status>('connecting');

  const connect = useCallback(() => {
    const ws = new WebSocket(url);
    wsRef.current = ws;
    setStatus('connecting');

    ws.onopen = () => {
      retryRef.current = 0;
      setStatus('open');
    };
    ws.onmessage = (ev) => {
      try {
        onMessage(JSON.parse(ev.data) as T);
      } catch {
        console.warn('non-JSON frame ignored');
      }
    };
    ws.onclose = () => {
      setStatus('closed');
      // exponential backoff reconnect goes here (the setTimeout + retryRef bit you had)
    };
  }, [url, onMessage]);

  useEffect(() => {
    connect();
    return () => wsRef.current?.close();
  }, [connect]);

  const send = useCallback((data: unknown) => {
    if (wsRef.current?.readyState === WebSocket.OPEN) wsRef.current.send(JSON.stringify(data));
  }, []);

  return { status, send };
}
