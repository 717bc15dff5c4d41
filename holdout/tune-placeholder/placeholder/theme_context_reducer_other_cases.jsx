import { createContext, useContext, useReducer } from 'react';

const ThemeContext = createContext(null);

const initialState = { mode: 'light', accent: 'blue', fontScale: 1 };

function reducer(state, action) {
  switch (action.type) {
    case 'toggleMode':
      return { ...state, mode: state.mode === 'light' ? 'dark' : 'light' };
    case 'setAccent':
      return { ...state, accent: action.accent };
    // (other cases as before)
    default:
      throw new Error(`Unknown action: ${action.type}`);
  }
}

export function ThemeProvider({ children }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  return (
    <ThemeContext.Provider value={{ state, dispatch }}>
      <div data-theme={state.mode} style={{ fontSize: `${state.fontScale}rem` }}>
        {children}
      </div>
    </ThemeContext.Provider>
  );
}

export const useTheme = () => useContext(ThemeContext);
