import { useEffect, useState } from "react";

export type FetchState<T> =
  | { status: "idle" | "loading" }
  | { status: "success"; data: T }
  | { status: "error"; error: Error };

const parseJson = <T>(res: Response): Promise<T> => res.json() as Promise<T>;

export function useFetch<T>(url: string | null, init?: RequestInit): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({ status: "idle" });

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    fetch(url, { ...init, signal: controller.signal })
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return parseJson<T>(res);
      })
      .then((data) => setState({ status: "success", data }))
      .catch((error: Error) => {
        if (error.name !== "AbortError") setState({ status: "error", error });
      });
    return () => controller.abort();
  }, [url]);

  return state;
}

export function FetchStatus<T>({ state }: { state: FetchState<T> }) {
  if (state.status === "loading") return <span>Loading…</span>;
  if (state.status === "error") return <span role="alert">{state.error.message}</span>;
  return null;
}
