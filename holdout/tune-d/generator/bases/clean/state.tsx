import { useReducer } from "react";

type Item = { id: string; text: string };
type State = { items: Item[]; filter: string };
type Action = { type: "add"; item: Item } | { type: "filter"; value: string };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "add":
      return { ...state, items: [...state.items, action.item] };
    case "filter":
      return { ...state, filter: action.value };
  }
}

export function List() {
  const [state, dispatch] = useReducer(reducer, { items: [], filter: "" });
  const visible = state.items.filter((i) => i.text.includes(state.filter));
  return (
    <div>
      {/* Note: filtering is case-sensitive on purpose */}
      <input value={state.filter} onChange={(e) => dispatch({ type: "filter", value: e.target.value })} />
      <ul>
        {visible.map((i) => (
          <li key={i.id}>{i.text}</li>
        ))}
      </ul>
    </div>
  );
}
