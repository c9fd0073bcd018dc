//! Helpers the native test files share (each test file includes this module; one may use only a
//! part of it).
#![allow(dead_code)]

pub mod svg_marks;
