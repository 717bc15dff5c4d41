import { v4 as uuid } from 'uuid';

export const ADD_TODO = 'todos/add';
export const TOGGLE_TODO = 'todos/toggle';
export const REMOVE_TODO = 'todos/remove';

export const VISIBILITY_FILTERS = [... as before ...];

const initialState = {
  items: [],
  filter: 'all',
};

export default function todosReducer(state = initialState, action) {
  switch (action.type) {
    case ADD_TODO:
      return {
        ...state,
        items: [...state.items, { id: uuid(), text: action.payload, done: false }],
      };
    case TOGGLE_TODO:
      return {
        ...state,
        items: state.items.map((t) => (t.id === action.payload ? { ...t, done: !t.done } : t)),
      };
    case REMOVE_TODO:
      return { ...state, items: state.items.filter((t) => t.id !== action.payload) };
    default:
      return state;
  }
}

export const selectVisibleTodos = (state) =>
  VISIBILITY_FILTERS.find((f) => f.key === state.todos.filter).predicate(state.todos.items);
