<<<<<<< SEARCH
function formatDate(date) {
  return date.toISOString().split('T')[0];
}
=======
function formatDate(date, locale = 'en-US') {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
>>>>>>> REPLACE

function daysBetween(a, b) {
  const ms = Math.abs(b.getTime() - a.getTime());
  return Math.floor(ms / 86_400_000);
}

module.exports = { formatDate, daysBetween };
