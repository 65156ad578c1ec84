fn main() {
    #[cfg(feature = "panic-test")]
    shenzhen_explorer::app::panic_panel::trigger_for_tests();
    shenzhen_explorer::app::start();
}
