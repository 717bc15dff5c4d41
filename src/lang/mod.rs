//! Language backends: everything gencheck knows about a checked language,
//! one folder per language behind one interface.

pub mod python;
pub mod sql;
