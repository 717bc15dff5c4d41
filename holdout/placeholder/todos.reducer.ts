export interface Todo {
  id: string;
  title: string;
  done: boolean;
}

export type TodoAction =
  | { type: "added"; todo: Todo }
  | { type: "toggled"; id: string }
  | { type: "renamed"; id: string; title: string }
  | { type: "removed"; id: string }
  | { type: "clearedCompleted" };

export interface TodoState {
  items: Todo[];
  filter: "all" | "active" | "done";
}

export function todosReducer(state: TodoState, action: TodoAction): TodoState {
  switch (action.type) {
    case "added":
      return { ...state, items: [...state.items, action.todo] };
    case "toggled":
      return {
        ...state,
        items: state.items.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t)),
      };
    // ... other cases remain unchanged
    default:
      return state;
  }
}
