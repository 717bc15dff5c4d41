const USERNAME = /^[a-z0-9_]{3,20}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isUsername(s) {
  return USERNAME.test(s);
}

function isSlug(s) {
  return SLUG.test(s);
}

const EMAIL = /^[^\s@]+@[^\s@