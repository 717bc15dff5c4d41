const { Router } = require("express");
const invoices = require("./controllers/invoices");
const { requireRole } = require("./auth");

const router = Router();

router.get("/invoices", invoices.list);
router.get("/invoices/:id", invoices.show);
router.post("/invoices", requireRole("billing"), invoices.create);

// (other routes as before)

router.post("/invoices/:id/send", requireRole("billing"), invoices.send);

module.exports = router;
