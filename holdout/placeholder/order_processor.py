import logging
from decimal import Decimal

from .models import Order, OrderStatus
from .payments import PaymentGateway, PaymentError

log = logging.getLogger(__name__)


class OrderProcessor:
    def __init__(self, gateway: PaymentGateway, tax_rate: Decimal = Decimal("0.20")) -> None:
        self.gateway = gateway
        self.tax_rate = tax_rate
        self.processed: dict[int, Order] = {}

    def validate(self, order: Order) -> None:
        # ... existing code ...
        pass

    def process(self, order: Order) -> Order:
        self.validate(order)
        total = order.subtotal * (1 + self.tax_rate)
        try:
            self.gateway.charge(order.customer_id, total, idempotency_key=f"order-{order.id}")
        except PaymentError as exc:
            log.warning("payment failed for order %s: %s", order.id, exc)
            order.status = OrderStatus.PAYMENT_FAILED
            return order
        order.status = OrderStatus.PAID
        self.processed[order.id] = order
        return order

    # ... existing code ...
