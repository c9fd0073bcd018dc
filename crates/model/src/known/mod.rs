//! What is known of the plan's targets, from the record: each target's status by the rule of
//! evidence (`status`), the headline targets' verdicts (`verdict`), the recorded pace against
//! the needed one (`reality`), and the outlook from the latest record: the chance and the range
//! conditioned on what was recorded after it (`conditioned`), and the uncertainty band in closed
//! form (`band`).

pub mod band;
pub mod conditioned;
pub mod reality;
pub mod status;
pub mod verdict;
