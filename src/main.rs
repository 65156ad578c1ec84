fn main() {
    shenzhen_explorer::panic_panel::install();
    #[cfg(feature = "panic-test")]
    shenzhen_explorer::panic_panel::trigger_for_tests();
    shenzhen_explorer::app::start();
}
