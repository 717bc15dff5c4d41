async function retry(fn, { attempts = 3, delay = 500, factor = 2 } = {}) {
  let wait = delay;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i === attempts) throw err;
      await new Promise((r) => setTimeout(r, wait));
      wait *= factor;
    }
  }
}

module.exports = { retry };
```

```bash
npm install --save-dev jest
```
