import { useEffect, useState } from 'react';

interface FetchState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

export function useFetch<T = unknown>(url: string, init?: RequestInit): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({ data: null, error: null, loading: true });

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { ...init, signal: controller.signal })
      .then((res) => {
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
        return res.json() as Promise<T>;
      })
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      });
    return () => controller.abort();
  }, [url]);

  return state;
}

type RepoListProps = { org: string };

export function RepoList({ org }: RepoListProps) {
  const { data, loading } = useFetch<{ id: number; name: string }[]>(`https://api.github.com/orgs/${org}/repos`);
  if (loading) return <p>Loading…</p>;
  return <ul>{data?.map((r) => <li key={r.id}>{r.name}</li>)}</ul>;
}
