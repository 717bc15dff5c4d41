[package]
name = "tally"
version = "0.3.1"
edition = "2021"
description = "Count things in log files, fast"
license = "MIT OR Apache-2.0"
repository = "https://github.com/acme/tally"

[dependencies]
anyhow = "1.0"
clap = { version = "4.5", features = ["derive"] }
regex = "1.10"
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[dev-dependencies]
assert_cmd = "2"
tempfile = "3"

[profile.release]
lto = true
codegen-units = 1
