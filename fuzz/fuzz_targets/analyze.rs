//! Fuzz target `analyze`: the properties in `tests/fuzz_checks`.
#![no_main]

#[path = "../../tests/fuzz_checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::analyze(data));
