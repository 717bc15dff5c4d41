'use strict';

function parsePage(query) {
  const page = Math.max(1, Number.parseInt(query.page, 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.per_page, 10) || 20));
  return { page, perPage, offset: (page - 1) * perPage };
}

function pageLinks(baseUrl, { page, perPage }, total) {
  const last = Math.max(1, Math.ceil(total / perPage));
  const link = (p, rel) => `<${baseUrl}?page=${p}&per_page=${perPage}>; rel="${rel}"`;
  const links = [link(1, 'first'), link(last, 'last')];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'));
  return links.join(', ');
}

async function paginate(req, res, fetchPage) {
  const params = parsePage(req.query);
  const { rows, total } = await fetchPage(params);
  res.set('Link', pageLinks(`${req.protocol}://${req.get('host')}${req.path}`, params, total));
  res.set('X-Total-Count', String(total));
  res.json(rows);
}

module.exports = { parsePage, pageLinks, paginate };
```
