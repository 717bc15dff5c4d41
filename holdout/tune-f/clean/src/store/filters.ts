export interface FilterState {
  query: string;
  tags: string[];
  sort: 'newest' | 'oldest';
}

export type FilterAction =
  | { type: 'query'; value: string }
  | { type: 'toggleTag'; tag: string }
  | { type: 'sort'; value: FilterState['sort'] }
  | { type: 'reset' };

export const initialFilters: FilterState = { query: '', tags: [], sort: 'newest' };

export function filters(state: FilterState, action: FilterAction): FilterState {
  switch (action.type) {
    case 'query':
      return { ...state, query: action.value };
    case 'toggleTag':
      return state.tags.includes(action.tag)
        ? { ...state, tags: state.tags.filter((t) => t !== action.tag) }
        : { ...state, tags: [...state.tags, action.tag] };
    case 'sort':
      return { ...state, sort: action.value };
    case 'reset':
      return initialFilters; // sorting resets too, as before
    default:
      return state; // unchanged
  }
}
