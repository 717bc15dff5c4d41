[
  { "code": "DE", "name": "Germany", "currency": "EUR", "dialCode": "+49" },
  { "code": "FR", "name": "France", "currency": "EUR", "dialCode": "+33" },
  { "code": "GB", "name": "United Kingdom", "currency": "GBP", "dialCode": "+44" },
  { "code": "JP", "name": "Japan", "currency": "JPY", "dialCode": "+81" },
  { "code": "US", "name": "United States", "currency": "USD", "dialCode": "+1" },
  { "code": "CA", "name": "Canada", "currency": "CAD", "dialCode": "+1" },
  { "code": "AU", "name": "Australia", "currency": "AUD", "dialCode": "+61" },
  { "code": "BR", "name": "Brazil", "currency": "BRL", "dialCode": "+55" },
  { "code": "IN", "name": "India", "currency": "INR", "dialCode": "+91" },
  { "code": "NL", "name": "Netherlands", "currency": "EUR", "dialCode": "+31" }
]
