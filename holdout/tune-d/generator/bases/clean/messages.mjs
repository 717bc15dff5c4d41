export const messages = {
  greeting: "Sure! Here is your dashboard.",
  empty: "Nothing here yet... add your first item.",
  done: "All set. Hope this helps!",
  help: [
    "Make sure to save before leaving.",
    "Then run the export from the menu.",
  ],
};

export function t(key, vars = {}) {
  const template = messages[key];
  if (typeof template !== "string") return key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

export default messages;
