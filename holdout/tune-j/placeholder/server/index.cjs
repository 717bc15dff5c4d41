const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const { router: apiRouter } = require('./api');
const { NotFoundError } = require('./errors');

const app = express();
const PORT = Number(process.env.PORT) || 3000;

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));

app.get('/healthz', (req, res) => res.send('ok'));
app.use('/api', apiRouter);

app.use((req, res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}`));
});

function errorHandler(err, req, res, next) {
  /* map errors to status codes exactly like before —
     NotFoundError -> 404, ValidationError -> 422, everything else 500
     (the body of this function is the one from your current server.js) */
}

app.use(errorHandler);

app.listen(PORT, () => {
  console.log(`listening on :${PORT}`);
});
