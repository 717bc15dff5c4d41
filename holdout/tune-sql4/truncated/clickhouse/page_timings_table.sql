-- Real user monitoring: page timing beacons
CREATE TABLE IF NOT EXISTS rum.page_timings
(
    received_at      DateTime DEFAULT now(),
    page_url         String,
    country          LowCardinality(String),
    device_type      Enum8('desktop' = 1, 'mobile' = 2, 'tablet' = 3),
    ttfb_ms          UInt32,
    fcp_ms           UInt32,
    lcp_ms           UInt32,
    cls              Float32,
    inp_ms           Nullable(UInt32),
