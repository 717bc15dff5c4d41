const Joi = require('joi');

const orderSchema = Joi.object({
  customerId: Joi.string().uuid().required(),
  items: Joi.array()
    .items(Joi.object({ sku: Joi.string().required(), qty: Joi.number().integer().min(1) }))
    .min(1),
  notes: Joi.string().max(500).allow(''),
});

/* Validate the incoming payload and return a list of human-readable
   errors. We deliberately abort early = false so the client gets every pro