import { useReducer } from 'react';

type Block = { id: string; type: 'text' | 'image'; content: string };

type EditorState = { blocks: Block[]; selectedId: string | null };

type EditorAction =
  | { type: 'add'; block: Block }
  | { type: 'remove'; id: string }
  | { type: 'select'; id: string | null }
  // | ...other actions
  | { type: 'reset' };

function reducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'add':
      return { ...state, blocks: [...state.blocks, action.block] };
    case 'remove':
      return { ...state, blocks: state.blocks.filter((b) => b.id !== action.id) };
    case 'select':
      return { ...state, selectedId: action.id };
    case 'reset':
      return { blocks: [], selectedId: null };
  }
}

export function useEditor() {
  return useReducer(reducer, { blocks: [], selectedId: null });
}
