//! The places below the first view a link may open (`#recorded`, `#promises`…): one enum, so
//! the sections' ids, the navigation, the fragment a link carries and the headings' ids agree.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Recorded,
    Scenarios,
    Math,
    Plan,
    /// The tracker of the plan's promises, inside the plan's section.
    Promises,
    Share,
}

impl Section {
    /// The sections, in the page's order: what the navigation lists.
    pub const NAV: [Section; 5] = [
        Section::Recorded,
        Section::Scenarios,
        Section::Math,
        Section::Plan,
        Section::Share,
    ];
    /// Every place a link may open.
    pub const ALL: [Section; 6] = [
        Section::Recorded,
        Section::Scenarios,
        Section::Math,
        Section::Plan,
        Section::Promises,
        Section::Share,
    ];

    /// Its element's id, and a link's fragment.
    pub fn id(self) -> &'static str {
        match self {
            Section::Recorded => "recorded",
            Section::Scenarios => "scenarios",
            Section::Math => "math",
            Section::Plan => "plan",
            Section::Promises => "promises",
            Section::Share => "share",
        }
    }

    /// Its heading's id, which labels it.
    pub fn title_id(self) -> &'static str {
        match self {
            Section::Recorded => "recorded-title",
            Section::Scenarios => "scenarios-title",
            Section::Math => "math-title",
            Section::Plan => "plan-title",
            Section::Promises => "promises-title",
            Section::Share => "share-title",
        }
    }
}
