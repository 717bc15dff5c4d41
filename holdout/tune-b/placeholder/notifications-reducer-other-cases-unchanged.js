const initialState = { items: [], unread: 0 };

export default function notificationsReducer(state = initialState, action) {
  switch (action.type) {
    case "notifications/received":
      return {
        ...state,
        items: [action.payload, ...state.items],
        unread: state.unread + 1,
      };
    case "notifications/markAllRead":
      return { ...state, unread: 0 };
    // (other cases unchanged)
    default:
      return state;
  }
}
