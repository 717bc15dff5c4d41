from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def apply_discount(price: Decimal, percent: Decimal) -> Decimal:
    if not (0 <= percent <= 100):
        raise ValueError("percent must be between 0 and 100")
    discounted = price * (Decimal(100) - percent) / Decimal(100)
    return discounted.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(unit_price: Decimal, quantity: int, discount: Decimal = Decimal(0)) -> Decimal:
<<<<<<< ours
    if quantity < 0:
        raise ValueError("quantity must be non-negative")
    return apply_discount(unit_price, discount) * quantity
||||||| base
    return apply_discount(unit_price, discount) * quantity
=======
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    total = apply_discount(unit_price, discount) * quantity
    return total.quantize(CENT, rounding=ROUND_HALF_UP)
>>>>>>> theirs


def order_total(lines: list[tuple[Decimal, int, Decimal]]) -> Decimal:
    return sum((line_total(p, q, d) for p, q, d in lines), Decimal(0))
