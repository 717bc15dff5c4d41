export type StatusFilter = 'all' | 'open' | 'closed' | …;

export interface SearchFilters {
  query: string;
  status: StatusFilter;
  labels: string[];
  assignee?: string;
}

export const DEFAULT_FILTERS: SearchFilters = {
  query: '',
  status: 'all',
  labels: [],
};

export function toQueryString(f: SearchFilters): string {
  const params = new URLSearchParams();
  if (f.query) params.set('q', f.query);
  if (f.status !== 'all') params.set('status', f.status);
  for (const label of f.labels) params.append('label', label);
  if (f.assignee) params.set('assignee', f.assignee);
  return params.toString();
}
