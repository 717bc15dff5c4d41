export type Todo = { id: number; title: string; done: boolean };

type Action =
  | { type: "add"; title: string }
  | { type: "toggle"; id: number }
  | { type: "remove"; id: number }
  | { type: "clear-done" };

let nextId = 1;

export function todoReducer(state: Todo[], action: Action): Todo[] {
  switch (action.type) {
    case "add":
      return [...state, { id: nextId++, title: action.title, done: false }];
    case "toggle":
      return state.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t));
    case "remove":
      return state.filter((t) => t.id !== action.id);
    case "clear-done":
      return state.filter((t) => !t.done);
    default:
      return state;
  }
}
