//! The first view: mounts the instrument (or the widget). Everything else is in the library.

fn main() {
    jinan_pathways::ui::shell::takeover::start();
}
