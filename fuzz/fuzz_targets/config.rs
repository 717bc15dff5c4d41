//! Arbitrary bytes as `gencheck.toml` and as `pyproject.toml`: an error with
//! a line, or a configuration; never a panic.
#![no_main]

use gencheck::config::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for pyproject in [false, true] {
        if let Ok(config) = Config::from_bytes(data, "gencheck.toml", pyproject, "/repo".into()) {
            let _ = config.settings_for(std::path::Path::new("/repo/a/b.sql"));
            let _ = config.is_excluded(std::path::Path::new("/repo/vendor/x.py"));
        }
    }
});
