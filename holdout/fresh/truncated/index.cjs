'use strict';

const http = require('http');
const { parse } = require('url');

function createApp(routes) {
  return http.createServer((req, res) => {
    const { pathname } = parse(req.url);
    const handler = routes[`${req.method} ${pathname}`];
    if (!handler) {
      res.statusCode = 404;
      return res.end('Not found');
    }
    handler(req, res);
  });
}

module.exports = creat