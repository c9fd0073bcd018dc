//! The source audit's findings on the embedded dataset, each asserted.

mod common;
use common::dataset;
use jinan_model::audit::{audit, Check, DocTotal, Status, SummaryField};
use jinan_model::dataset::{Measure, StageName};
use jinan_model::scenario::Lang;

#[test]
fn exactly_two_discrepancies_both_in_area_ten_and_both_resolved() {
    let d = dataset();
    let r = audit(d);
    let found: Vec<_> = r.discrepancies().collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0].check,
        Check::Stages {
            area: 10,
            money: true
        }
    );
    assert!((found[0].stated - 125.74).abs() < 1e-9 && (found[0].computed - 125.71).abs() < 1e-9);
    assert_eq!(
        found[1].check,
        Check::Summary {
            area: 10,
            field: SummaryField::Figure(StageName::Continuing, Measure::Investment)
        }
    );
    assert_eq!((found[1].stated, found[1].computed), (37.34, 37.31));
    for f in &found {
        match &f.status {
            Status::Differs {
                resolution: Some(res),
            } => assert_eq!(res.used, 37.34),
            other => panic!("unresolved: {other:?}"),
        }
        assert!(f.agrees_resolved);
    }
    assert!(r.reconciled());
}

#[test]
fn the_checks_cover_everything_the_issue_lists() {
    let r = audit(dataset());
    let count =
        |pred: &dyn Fn(&Check) -> bool| r.findings.iter().filter(|f| pred(&f.check)).count();
    assert_eq!(
        count(&|c| matches!(c, Check::Stages { money: false, .. })),
        10
    );
    assert_eq!(
        count(&|c| matches!(c, Check::Stages { money: true, .. })),
        10
    );
    assert_eq!(count(&|c| matches!(c, Check::Document { .. })), 5);
    assert_eq!(count(&|c| matches!(c, Check::TasksInArea { .. })), 10);
    assert_eq!(
        count(&|c| matches!(c, Check::TasksInAll | Check::TasksAnnounced)),
        2
    );
    assert_eq!(count(&|c| matches!(c, Check::Summary { .. })), 70);
    assert_eq!(r.findings.len(), 107);
}

#[test]
fn document_totals() {
    let r = audit(dataset());
    let doc = |what| {
        r.findings
            .iter()
            .find(|f| f.check == Check::Document { what })
            .unwrap()
    };
    assert_eq!(doc(DocTotal::Projects).computed, 1301.0);
    assert!((doc(DocTotal::Investment).computed - 24101.82).abs() < 1e-6);
    assert_eq!(doc(DocTotal::New2023Projects).computed, 545.0);
    assert!((doc(DocTotal::New2023Investment).computed - 6633.75).abs() < 1e-6);
    assert!(r
        .findings
        .iter()
        .filter(|f| matches!(f.check, Check::Document { .. }))
        .all(|f| !f.differs()));
}

#[test]
fn a_broken_dataset_is_caught() {
    let mut d = dataset().clone();
    d.areas.to_mut()[2].reserve.projects += 1;
    d.tasks.to_mut()[7].area = 3;
    d.resolutions.to_mut().clear();
    let r = audit(&d);
    assert!(!r.reconciled());
    let differs: Vec<_> = r.discrepancies().map(|f| f.check.clone()).collect();
    assert!(differs.contains(&Check::Stages {
        area: 3,
        money: false
    }));
    assert!(differs.contains(&Check::TasksInArea { area: 2 }));
    assert!(differs.contains(&Check::TasksInArea { area: 3 }));
    assert!(differs.contains(&Check::Summary {
        area: 10,
        field: SummaryField::Figure(StageName::Continuing, Measure::Investment)
    }));
    assert!(r.to_text(&d, Lang::En).contains("UNRESOLVED"));
}

#[test]
fn the_report_reads_in_both_languages() {
    let d = dataset();
    let r = audit(d);
    let en = r.to_text(d, Lang::En);
    assert!(en.starts_with("107 checks, 2 discrepancies"));
    assert!(en.contains("37.34"));
    assert!(en.contains("髙 → 高 (×8)"));
    let zh = r.to_text(d, Lang::Zh);
    assert!(zh.starts_with("共核对107项，发现2处不一致"));
    assert!(zh.contains("扫描错字更正"));
}
