//! When work runs relative to the frames the browser draws: what can wait for the frame that
//! shows a change waits until it is painted.

use leptos::prelude::*;

/// Runs `work` in a task after the next frame's style, layout and paint (at once in a hidden
/// tab, which draws no frames).
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    if document().hidden() {
        return set_timeout(work, std::time::Duration::ZERO);
    }
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}
