//! Helpers of the benchmarks (in a folder, so cargo does not take them for
//! benchmarks of their own).

pub mod corpus;
pub mod cpu_time;
