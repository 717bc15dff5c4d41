const initialState = {
  sidebarOpen: true,
  theme: 'system',
  toasts: [],
};

export default function uiReducer(state = initialState, action) {
  switch (action.type) {
    case 'ui/toggleSidebar':
      return { ...state, sidebarOpen: !state.sidebarOpen };
    case 'ui/setTheme':
      return { ...state, theme: action.payload };
    case 'ui/pushToast':
      return { ...state, toasts: [...state.toasts, action.payload] };
    case 'ui/dismissToast':
      return { ...state, toasts: state.toasts.filter((t) => t.id !== action.payload) };
    default:
      // actions owned by other slices pass through untouched
      return state;
  }
}
