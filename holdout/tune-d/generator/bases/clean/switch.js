export function nextState(state, event) {
  switch (state) {
    case "idle":
      return event === "start" ? "running" : state;
    case "running":
      if (event === "pause") return "paused";
      if (event === "stop") return "idle";
      return state;
    case "paused":
      return event === "resume" ? "running" : event === "stop" ? "idle" : state;
    default:
      // unknown state: nothing to do, keep it as is...
      break;
  }
  return state;
}

export const STATES = ["idle", "running", "paused"];
export const EVENTS = ["start", "pause", "resume", "stop"];
