//! Prints the source audit's report, in English then Chinese. `make test` runs it.

use jinan_model::{audit::audit, scenario::Lang};
use jinan_pathways::data::dataset;

fn main() {
    let data = dataset();
    let report = audit(data);
    println!("{}", report.to_text(data, Lang::En));
    println!("{}", report.to_text(data, Lang::Zh));
    if !report.reconciled() {
        std::process::exit(1);
    }
}
