import { useEffect, useState } from "react";

type Status = { state: "loading" } | { state: "ok"; updated: string } | { state: "error"; message: string };

export function StatusBanner({ endpoint }: { endpoint: string }) {
  const [status, setStatus] = useState<Status>({ state: "loading" });

  useEffect(() => {
    fetch(endpoint)
      .then((r) => r.json())
      .then((d: { updated: string }) => setStatus({ state: "ok", updated: d.updated }))
      .catch((e: Error) => setStatus({ state: "error", message: e.message }));
  }, [endpoint]);

  switch (status.state) {
    case "loading":
      return <div className="banner">Loading...</div>;
    case "error":
      return <div className="banner banner-error">Could not load status: {status.message}</div>;
    default:
      return <div className="banner">Here is the latest status (updated {status.updated}).</div>;
  }
}
