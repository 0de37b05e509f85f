//! A pause in the typing: screens that search as the user types wait for one before they
//! search, so a barcode scanner's burst (or quick typing) asks once, not once per key.

use std::time::Duration;

/// Resolves after `duration`, without holding up the window.
pub async fn pause(duration: Duration) {
    let _ = super::worker::run(move || std::thread::sleep(duration)).await;
}
