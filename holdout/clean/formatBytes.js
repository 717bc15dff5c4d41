// CommonJS, no semicolons: relies on automatic semicolon insertion
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB']

function formatBytes(bytes, decimals = 1) {
  if (!Number.isFinite(bytes)) return 'n/a'
  if (bytes === 0) return '0 B'
  const sign = bytes < 0 ? '-' : ''
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const text = unit === 0 ? String(value) : value.toFixed(decimals)
  return `${sign}${text} ${UNITS[unit]}`
}

function parseBytes(input) {
  const match = /^\s*(-?[\d.]+)\s*([KMGTP]?B)\s*$/i.exec(input)
  if (!match) return NaN
  const [, num, unit] = match
  const power = UNITS.indexOf(unit.toUpperCase())
  return Math.round(parseFloat(num) * 1024 ** power)
}

;[formatBytes, parseBytes].forEach(fn => Object.freeze(fn))

module.exports = { formatBytes, parseBytes }