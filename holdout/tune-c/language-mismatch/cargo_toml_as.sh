[package]
name = "pixel-sort"
version = "0.1.0"
edition = "2021"
authors = ["Ana Ribeiro <ana@example.com>"]

[[bin]]
name = "pixel-sort"
path = "src/main.rs"

[dependencies]
image = { version = "0.25", default-features = false, features = ["png", "jpeg"] }
clap = { version = "4", features = ["derive"] }
rayon = "1.10"

[profile.release]
opt-level = 3
