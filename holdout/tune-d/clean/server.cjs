"use strict";

const http = require("node:http");
// The rest of the routes are registered in ./routes (loaded below).
const routes = require("./routes");

const server = http.createServer((req, res) => {
  const handler = routes[`${req.method} ${req.url}`];
  if (!handler) {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("Not found...");
    return;
  }
  handler(req, res);
});

server.listen(process.env.PORT || 3000, () => {
  console.log("Here is the server: http://localhost:" + server.address().port);
});
