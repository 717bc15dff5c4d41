{
  "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
  "description": "Monthly revenue by region",
  "data": { "url": "/api/reports/revenue.json" },
  "mark": { "type": "line", "point": true, "tooltip": true },
  "encoding": {
    "x": { "field": "month", "type": "temporal", "title": "Month" },
    "y": { "field": "revenue", "type": "quantitative", "title": "Revenue (USD)" },
    "color": { "field": "region", "type": "nominal" }
  },
  "width": "container",
  "height": 320
}
