import { useSearchParams } from 'react-router-dom';
import { useSearch } from '../hooks/useSearch';
import ResultItem from './ResultItem';

export default function SearchResults() {
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const { results, loading } = useSearch(q);

  if (loading) return <p>Searching…</p>;

  return (
    <ul className="results">
      {results.map((r) => (
        <ResultItem key={r.id} item={r} />
      ))}
    </ul>
  );
}

export const route = { path: '/search', element: <SearchResul