// no semicolons anywhere; the leading ; and the line breaks are deliberate
const listeners = new Map()

function on(type, fn) {
  if (!listeners.has(type)) listeners.set(type, new Set())
  listeners.get(type).add(fn)
  return () => listeners.get(type)?.delete(fn)
}

function emit(type, payload) {
  const fns = listeners.get(type)
  if (!fns) return 0
  let count = 0
  for (const fn of fns) {
    try {
      fn(payload)
      count++
    } catch (err) {
      console.error(`listener for ${type} failed`, err)
    }
  }
  return count
}

function once(type, fn) {
  const off = on(type, (payload) => {
    off()
    fn(payload)
  })
  return off
}

let debug = process.env.DEBUG_BUS === '1'
const log = debug
  ? (...args) => console.debug('[bus]', ...args)
  : () => {}

;(function registerBuiltins() {
  on('error', (err) => log('error event', err))
})()

;['connect', 'disconnect'].forEach((type) => on(type, () => log(type)))

const i = 0
const next = i
++debug

module.exports = { on, once, emit }
