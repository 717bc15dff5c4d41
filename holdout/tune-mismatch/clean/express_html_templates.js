const express = require("express");

const app = express();

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

function layout(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(title)}</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 720px; margin: 2rem auto; }
    table { border-collapse: collapse; width: 100%; }
    td, th { border-bottom: 1px solid #ddd; padding: 0.5rem; text-align: left; }
  </style>
</head>
<body>
  <h1>${escape(title)}</h1>
  ${body}
</body>
</html>`;
}

app.get("/users", async (req, res) => {
  const users = await req.app.locals.db.listUsers();
  const rows = users
    .map((u) => `<tr><td>${escape(u.name)}</td><td><a href="mailto:${escape(u.email)}">${escape(u.email)}</a></td></tr>`)
    .join("\n");
  res.send(layout("Users", `<table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>${rows}</tbody></table>`));
});

app.use((req, res) => {
  res.status(404).send(layout("Not found", `<p>No page at <code>${escape(req.path)}</code>.</p>`));
});

module.exports = app;
