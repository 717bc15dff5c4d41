```js
// src/utils/validators.js
'use strict';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmail(value) {
  return typeof value === 'string' && EMAIL.test(value);
}

function isStrongPassword(value) {
  return (
    typeof value === 'string' &&
    value.length >= 12 &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /\d/.test(value)
  );
}

module.exports = { isEmail, isStrongPassword };
```

```js
// src/utils/validators.test.js
const { isEmail, isStrongPassword } = require('./validators');

test('accepts a normal address', () => {
  expect(isEmail('ada@example.com')).toBe(true);
});

test('rejects short passwords', () => {
  expect(isStrongPassword('Short1')).toBe(false);
});
```
