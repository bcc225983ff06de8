//! The workbench's browser entry point (beheer.html, built by Trunk with the `beheer` feature).

fn main() {
    potjeswijzer::beheer_app::start();
}
