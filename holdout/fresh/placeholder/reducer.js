export const initialState = { items: [], filter: 'all', loading: false };

export function todosReducer(state = initialState, action) {
  switch (action.type) {
    case 'todos/loading':
      return { ...state, loading: true };
    case 'todos/loaded':
      return { ...state, loading: false, items: action.payload };
    case 'todos/added':
      return { ...state, items: [...state.items, action.payload] };
    // ... other cases
    default:
      return state;
  }
}
