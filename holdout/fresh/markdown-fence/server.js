const express = require('express');
const cors = require('cors');
const usersRouter = require('./routes/users');

const app = express();
app.use(cors());
app.use(express.json());
app.use('/api/users', usersRouter);

app.listen(process.env.PORT || 4000, () => {
  console.log('API listening');
});
```

```javascript
// routes/users.js
const router = require('express').Router();

router.get('/', async (req, res) => {
  res.json(await req.app.locals.db.users.findAll());
});

module.exports = router;
