// Standard-style code: no semicolons, relies on ASI
const routes = []

function on (method, pattern, handler) {
  const keys = []
  const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, k) => { keys.push(k); return '([^/]+)' }) + '$')
  routes.push({ method, re, keys, handler })
}

function dispatch (method, url) {
  for (const r of routes) {
    if (r.method !== method) continue
    const m = r.re.exec(url)
    if (!m) continue
    const params = {}
    r.keys.forEach((k, i) => { params[k] = decodeURIComponent(m[i + 1]) })
    return r.handler(params)
  }
  return null
}

;['get', 'post', 'put', 'delete'].forEach(m => {
  module.exports[m] = (p, h) => on(m.toUpperCase(), p, h)
})

;(function selfTest () {
  on('GET', '/users/:id', ({ id }) => id)
  if (dispatch('GET', '/users/42') !== '42') throw new Error('router self test failed')
  routes.length = 0
})()

module.exports.dispatch = dispatch
