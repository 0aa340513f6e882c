//! Helpers shared by several integration tests.
#![allow(dead_code)]

pub mod invariants;
