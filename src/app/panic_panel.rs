//! Should the app ever panic, the WebAssembly stops at once (it is built to abort without
//! unwinding, see scripts/build.sh) and the loader, public/boot.js, shows a readable panel
//! with a link to the default view. What stays here is the test builds' trigger.

/// Only in builds made for the tests (`--features panic-test`): `#panic-test` in the address
/// panics on start, so the panel can be checked. Production builds have no such trigger.
#[cfg(feature = "panic-test")]
pub fn trigger_for_tests() {
    if leptos::prelude::window().location().hash().is_ok_and(|h| h == "#panic-test") {
        panic!("a deliberate panic, for the panel's test");
    }
}
