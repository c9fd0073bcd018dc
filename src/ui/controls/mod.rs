//! The controls: each writes the scenario through the setter or signal it is given, and shows a
//! value it is given; none reads more of the state than that.

pub mod change_control;
pub mod deflator_control;
pub mod horizon_controls;
pub mod number_control;
pub mod real_growth_control;
pub mod start_capacity;
