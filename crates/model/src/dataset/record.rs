//! The record's side of the dataset: the series and their yearly points (a value, or bounds
//! where only a range is known), each with its source and reliability, and the related facts.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    Official,
    Bulletin,
    OfficialNews,
    ThirdParty,
    Derived,
    Unattributed,
    Missing,
}

/// How far a figure can go towards settling a target (the rule of evidence, `status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grade {
    /// Nothing: no source is named, or nothing is there.
    Unusable,
    /// A third-party figure (or arithmetic on one): an "unconfirmed" status at most.
    Unconfirmed,
    /// An official figure, a bulletin's or an official news report's, or arithmetic on such.
    Settles,
}

impl Reliability {
    /// The grade of a figure of this reliability; a derived one takes the grade of what it was
    /// derived from (`basis`), and is unconfirmed where that is not given.
    pub fn grade(self, basis: Option<Reliability>) -> Grade {
        match self {
            Reliability::Official | Reliability::Bulletin | Reliability::OfficialNews => {
                Grade::Settles
            }
            Reliability::ThirdParty => Grade::Unconfirmed,
            Reliability::Derived => match basis {
                Some(Reliability::Derived) | None => Grade::Unconfirmed,
                Some(b) => b.grade(None),
            },
            Reliability::Unattributed | Reliability::Missing => Grade::Unusable,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: Str,
    pub title: Text,
    pub url: Option<Str>,
    pub date: Option<Str>,
    pub reliability: Reliability,
}

/// The recorded series, one field each: a series the code reads cannot be missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesSet {
    /// 地区生产总值, nominal, 亿元.
    pub gdp: Series,
    /// Real GDP growth, %.
    pub gdp_real_growth: Series,
    /// 年末常住人口, 万人.
    pub population: Series,
    /// 可再生能源装机, 万千瓦 (no figure recorded).
    pub renewables: Series,
    pub gdp_per_capita: Series,
    pub population_registered: Series,
}

impl SeriesSet {
    /// Every series with its key, in the dataset's order.
    pub fn all(&self) -> [(&'static str, &Series); 6] {
        [
            ("gdp", &self.gdp),
            ("gdp_real_growth", &self.gdp_real_growth),
            ("population", &self.population),
            ("renewables", &self.renewables),
            ("gdp_per_capita", &self.gdp_per_capita),
            ("population_registered", &self.population_registered),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub name: Text,
    pub unit: Str,
    pub points: List<Point>,
}

/// One year of a series. A missing figure is kept, with `value: None`; where only a range is
/// known ("预计超过1.4万亿元", or a range derived from rounded figures), the bounds say so, each
/// with its own source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub year: i32,
    pub value: Option<f64>,
    /// Of the value: `missing` when there is none.
    pub reliability: Reliability,
    pub source: Option<Str>,
    pub quote: Option<Str>,
    pub note: Text,
    pub lower: Option<Bound>,
    pub upper: Option<Bound>,
    /// For a derived value: the weakest reliability of the figures it is computed from.
    #[serde(default)]
    pub basis: Option<Reliability>,
    /// The day a figure stands at, where it is not the year's end ("截至2025年12月23日").
    #[serde(default)]
    pub as_of: Option<Str>,
}

/// A bound on a year's figure, where the figure itself is not known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bound {
    pub value: f64,
    /// Whether the bound itself is excluded: "超过1.4万亿" is strictly above 14000.
    pub strict: bool,
    pub reliability: Reliability,
    pub source: Str,
    pub quote: Option<Str>,
    pub note: Text,
    /// For a derived bound: the weakest reliability of the figures it is computed from.
    #[serde(default)]
    pub basis: Option<Reliability>,
}

impl Point {
    /// Whether anything is known of this year: a value or a bound.
    pub fn has_evidence(&self) -> bool {
        self.value.is_some() || self.lower.is_some() || self.upper.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: Str,
    pub what: Text,
    pub value: Option<f64>,
    pub above: Option<f64>,
    pub unit: Str,
    pub year: Option<i32>,
    pub reliability: Reliability,
    pub source: Str,
    pub quote: Option<Str>,
    pub note: Text,
}

/// The facts the code reads, by name. The build fails if one is missing from the dataset
/// ([`Dataset::check`]); the dataset may hold more, which only the register and the tests read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactId {
    /// The 2025 annual growth target set in January 2025 (about 5.5%).
    GdpGrowthTarget2025,
    /// The 2026 annual growth target in the 2026 government work report (5% or more).
    GdpGrowthTarget2026,
    /// The official 2021–2024 average real growth (5.4%).
    GdpRealAvg2021To2024,
}

impl FactId {
    pub const ALL: [FactId; 3] = [
        FactId::GdpGrowthTarget2025,
        FactId::GdpGrowthTarget2026,
        FactId::GdpRealAvg2021To2024,
    ];
    pub fn key(self) -> &'static str {
        match self {
            FactId::GdpGrowthTarget2025 => "gdp_growth_target_2025",
            FactId::GdpGrowthTarget2026 => "gdp_growth_target_2026",
            FactId::GdpRealAvg2021To2024 => "gdp_real_avg_2021_2024",
        }
    }
}

impl Series {
    /// The recorded value in `year`, if there is one.
    pub fn value(&self, year: i32) -> Option<f64> {
        self.points
            .iter()
            .find(|p| p.year == year)
            .and_then(|p| p.value)
    }
    pub fn point(&self, year: i32) -> Option<&Point> {
        self.points.iter().find(|p| p.year == year)
    }
    /// Years with a recorded value, in order, with the value.
    pub fn recorded(&self) -> impl Iterator<Item = (i32, f64)> + '_ {
        self.points
            .iter()
            .filter_map(|p| p.value.map(|v| (p.year, v)))
    }
}
