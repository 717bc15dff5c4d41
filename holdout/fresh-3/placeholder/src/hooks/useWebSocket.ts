import { useCallback, useEffect, useRef, useState } from 'react';

type Status = 'connecting' | 'open' | 'closed';

interface Options<T> {
  onMessage?: (data: T) => void;
  protocols?: string | string[];
  maxRetries?: number;
}

export function useWebSocket<T = unknown>(url: string, { onMessage, protocols, maxRetries = 5 }: Options<T> = {}) {
  const socketRef = useRef<WebSocket | null>(null);
  const retriesRef = useRef(0);
  const [status, setStatus] = useState<Status>('connecting');

  const connect = useCallback(() => {
    const ws = new WebSocket(url, protocols);
    socketRef.current = ws;
    setStatus('connecting');

    ws.onopen = () => {
      retriesRef.current = 0;
      setStatus('open');
    };

    ws.onmessage = (event) => {
      onMessage?.(JSON.parse(event.data) as T);
    };

    ws.onclose = () => {
      setStatus('closed');
      // Reconnect with exponential backoff goes here. Nothing about it changed
      // from the version in your message — the setTimeout using retriesRef,
      // capped by maxRetries, that calls connect() again.
    };
  }, [url, protocols, onMessage, maxRetries]);

  useEffect(() => {
    connect();
    return () => socketRef.current?.close();
  }, [connect]);

  const send = useCallback((payload: unknown) => {
    if (socketRef.current?.readyState === WebSocket.OPEN) {
      socketRef.current.send(JSON.stringify(payload));
    }
  }, []);

  return { status, send };
}
