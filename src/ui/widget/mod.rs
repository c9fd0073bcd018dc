//! The widget (`embed=1`): a compact card for an article, with its title line, headline
//! readout, chart, main control and credit; details stay behind a disclosure or in the full
//! calculator. It reports its height to the page that frames it (`platform::embed`).

pub mod widget_card;
pub mod widget_footer;
pub mod widget_page;
