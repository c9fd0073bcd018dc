//! Prints the source audit's report, in English then Chinese. `make test` runs it.

use jinan_pathways::model::{audit::audit, embedded::dataset, scenario::Lang};

fn main() {
    let data = dataset();
    let report = audit(data);
    println!("{}", report.to_text(data, Lang::En));
    println!("{}", report.to_text(data, Lang::Zh));
    if !report.reconciled() {
        std::process::exit(1);
    }
}
