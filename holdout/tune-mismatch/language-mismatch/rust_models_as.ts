use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    pub id: Uuid,
    pub customer_id: Uuid,
    pub lines: Vec<InvoiceLine>,
    pub issued_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: u32,
    pub unit_price_cents: i64,
}

impl Invoice {
    pub fn total_cents(&self) -> i64 {
        self.lines
            .iter()
            .map(|l| l.unit_price_cents * i64::from(l.quantity))
            .sum()
    }

    pub fn is_paid(&self) -> bool {
        self.paid_at.is_some()
    }
}
