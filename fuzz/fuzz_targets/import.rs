#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| aitty_fuzz::import(data));
