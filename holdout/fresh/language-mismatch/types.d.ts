package api

// Request and response shapes for the billing service.

type CreateInvoiceRequest struct {
	CustomerID string        `json:"customer_id"`
	Lines      []InvoiceLine `json:"lines"`
	Currency   string        `json:"currency"`
}

type InvoiceLine struct {
	Description string `json:"description"`
	Quantity    int    `json:"quantity"`
	UnitCents   int64  `json:"unit_cents"`
}

type Invoice struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}
