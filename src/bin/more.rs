//! The second wasm: the sections below the first view, loaded when the reader comes near them or
//! asks for one. Everything else is in the library.

fn main() {
    jinan_pathways::ui::sections::sections_app::mount();
}
