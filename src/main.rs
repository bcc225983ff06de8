//! The browser entry point (built by Trunk with the `web` feature): mounts the wizard, nothing else.

fn main() {
    potjeswijzer::app::start();
}
