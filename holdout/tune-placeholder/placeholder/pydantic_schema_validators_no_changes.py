from datetime import date
from typing import Literal

from pydantic import BaseModel, EmailStr, Field, field_validator, model_validator


class Address(BaseModel):
    line1: str
    city: str
    postal_code: str = Field(pattern=r"^[0-9A-Z -]{3,10}$")
    country: str = Field(min_length=2, max_length=2)


class CustomerIn(BaseModel):
    email: EmailStr
    name: str = Field(min_length=1, max_length=120)
    birth_date: date | None = None
    plan: Literal["free", "pro", "team"] = "free"
    billing_address: Address | None = None
    shipping_address: Address | None = None

    # validators: no changes

    @model_validator(mode="after")
    def default_shipping(self):
        if self.shipping_address is None:
            self.shipping_address = self.billing_address
        return self
