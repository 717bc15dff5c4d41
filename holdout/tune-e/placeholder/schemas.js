const Joi = require("joi");

const address = Joi.object({
  line1: Joi.string().max(120).required(),
  line2: Joi.string().max(120).allow(""),
  city: Joi.string().max(80).required(),
  postcode: Joi.string().max(16).required(),
  country: Joi.string().length(2).uppercase().required(),
});

const customer = Joi.object({
  name: Joi.string().min(2).max(100).required(),
  email: Joi.string().email().required(),
  phone: Joi.string().pattern(/^\+?[0-9 ]{7,20}$/),
  ...
});

module.exports = { address, customer };
