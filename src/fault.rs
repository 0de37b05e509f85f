//! Points where a test can make frontdesk stop dead, as a power cut or a kill would, to prove
//! what survives: `FRONTDESK_FAULT=NAME` aborts the process when it reaches the point `NAME`.
//! Unset (always, outside tests), a point costs one environment lookup.

/// The variable that names the point to stop at.
pub const FAULT_VARIABLE: &str = "FRONTDESK_FAULT";

/// Aborts the process here when `FRONTDESK_FAULT` names this point: no destructor runs, no
/// buffer is flushed, as when the power goes.
pub fn point(name: &str) {
    if std::env::var_os(FAULT_VARIABLE).is_some_and(|wanted| wanted == name) {
        eprintln!("frontdesk: stopping dead at {name} ({FAULT_VARIABLE})");
        std::process::abort();
    }
}
