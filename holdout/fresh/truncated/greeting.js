function timeOfDay(date = new Date()) {
  const h = date.getHours();
  if (h < 12) return 'morning';
  if (h < 18) return 'afternoon';
  return 'evening';
}

function greet(user) {
  const name = user.nickname || user.firstName;
  return `Good ${timeOfDay()}, ${user.na