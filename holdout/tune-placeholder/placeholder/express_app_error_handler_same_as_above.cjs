const express = require('express');
const morgan = require('morgan');
const { NotFoundError, ValidationError } = require('./errors');
const routes = require('./routes');

const app = express();

app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));
app.use(express.json());
app.use('/api', routes);

app.use((req, res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}`));
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  /* same as above */
});

module.exports = app;
