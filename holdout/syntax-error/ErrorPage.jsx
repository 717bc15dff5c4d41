import { Link, useRouteError } from 'react-router-dom';

export default function ErrorPage() {
  const error = useRouteError();
  const status = error?.status ?? 500;

  return (
    <h1>{status === 404 ? 'Page not found' : 'Something went wrong'}</h1>
    <p>{error?.statusText || error?.message}</p>
  );
}

export function InlineError({ message, onRetry }) {
  return (
    <div role="alert" className="inline-error">
      <p>{message}</p>
      {onRetry && <button onClick={onRetry}>Try again</button>}
      <Link to="/">Back to home</Link>
    </div>
  );
}
