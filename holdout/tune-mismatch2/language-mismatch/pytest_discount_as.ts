import pytest

from app.pricing import apply_discount


@pytest.mark.parametrize(
    "price, pct, expected",
    [(100.0, 10, 90.0), (59.99, 0, 59.99), (20.0, 100, 0.0)],
)
def test_apply_discount(price, pct, expected):
    assert apply_discount(price, pct) == pytest.approx(expected)


def test_rejects_negative_percentage()
    with pytest.raises(ValueError):
        apply_discount(10.0, -5)
