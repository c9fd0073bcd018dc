//! Chart drawing with plotters, for any backend: the page's canvas, and the PNG and SVG
//! downloads. Knows the model and plotters, not the DOM, so it is tested natively with the
//! SVG backend.

pub mod palette;
pub mod pathway;
pub mod required;
