//! The organizer PIN that guards the console (edits, figures, erasing). Kept only as an Argon2id
//! hash in the shared `setting` table, so every desk of the event asks for the same PIN. A 4-6
//! digit PIN is guessable in minutes offline, so wrong tries slow the next try down, and the
//! count is stored too: restarting the app does not reset it.

use std::time::Duration;

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Utc};

use crate::store::{Store, StoreError, format_utc};

/// The console locks itself after this long without use.
pub const LOCK_AFTER_IDLE: Duration = Duration::from_secs(3 * 60);

const PIN_KEY: &str = "organizer_pin";
const FAILURES_KEY: &str = "organizer_pin_failures";
const NOT_BEFORE_KEY: &str = "organizer_pin_not_before";

const MIN_DIGITS: usize = 4;
const MAX_DIGITS: usize = 12;
/// Wrong tries that cost nothing: fat fingers on a touch screen.
const FREE_TRIES: u32 = 3;
const FIRST_WAIT: Duration = Duration::from_secs(5);
const LONGEST_WAIT: Duration = Duration::from_secs(5 * 60);

#[derive(Debug, thiserror::Error)]
pub enum PinError {
    #[error("the PIN must have at least {MIN_DIGITS} digits")]
    TooShort,
    #[error("the PIN can have at most {MAX_DIGITS} digits")]
    TooLong,
    #[error("the PIN must be digits only (0-9), without spaces or letters")]
    NotDigits,
    #[error("no organizer PIN is set yet; set one first")]
    NotSet,
    #[error("the stored organizer PIN is damaged; set a new one")]
    Damaged,
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PinError {
    /// The refusal as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        match self {
            PinError::TooShort => {
                t.tr_with("pin-error-too-short", &[("digits", MIN_DIGITS.into())])
            }
            PinError::TooLong => t.tr_with("pin-error-too-long", &[("digits", MAX_DIGITS.into())]),
            PinError::NotDigits => t.tr("pin-error-not-digits"),
            PinError::NotSet => t.tr("pin-error-not-set"),
            PinError::Damaged => t.tr("pin-error-damaged"),
            PinError::Hash(reason) => {
                t.tr_with("pin-error-hash", &[("detail", reason.as_str().into())])
            }
            PinError::Store(error) => error.say(t),
        }
    }
}

/// The answer to a PIN entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Accepted,
    /// Not the PIN; `wait` is how long the next try must wait, if at all.
    Wrong {
        wait: Option<Duration>,
    },
    /// Tried before the wait of an earlier wrong PIN was over; the PIN was not looked at.
    TooSoon {
        wait: Duration,
    },
}

pub fn is_set(store: &Store) -> Result<bool, StoreError> {
    Ok(store.setting(PIN_KEY)?.is_some_and(|hash| !hash.is_empty()))
}

/// Sets (or replaces) the PIN and forgets earlier wrong tries.
pub fn set(store: &mut Store, pin: &str) -> Result<(), PinError> {
    validate(pin)?;
    let hash = hash(pin)?;
    store.set_settings(&[
        (PIN_KEY, hash),
        (FAILURES_KEY, "0".to_string()),
        (NOT_BEFORE_KEY, String::new()),
    ])?;
    Ok(())
}

/// Checks an entered PIN at `now`, counting wrong tries in the database.
pub fn check(store: &mut Store, pin: &str, now: DateTime<Utc>) -> Result<PinCheck, PinError> {
    let stored = store
        .setting(PIN_KEY)?
        .filter(|h| !h.is_empty())
        .ok_or(PinError::NotSet)?;
    if let Some(wait) = remaining_wait(store, now)? {
        return Ok(PinCheck::TooSoon { wait });
    }
    // Verified outside the write transaction: the ~20 ms of Argon2 must not hold up
    // check-ins at the other desks.
    if verify(pin, &stored)? {
        record(store, 0, None)?;
        return Ok(PinCheck::Accepted);
    }
    let failures = failures(store)?.saturating_add(1);
    let wait = wait_after(failures);
    let not_before = wait.and_then(|w| chrono::Duration::from_std(w).ok().map(|w| now + w));
    record(store, failures, not_before)?;
    Ok(PinCheck::Wrong { wait })
}

fn validate(pin: &str) -> Result<(), PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    match pin.len() {
        n if n < MIN_DIGITS => Err(PinError::TooShort),
        n if n > MAX_DIGITS => Err(PinError::TooLong),
        _ => Ok(()),
    }
}

fn hash(pin: &str) -> Result<String, PinError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| PinError::Hash(e.to_string()))?;
    let hash = Argon2::default()
        .hash_password_with_salt(pin.as_bytes(), &salt)
        .map_err(|e| PinError::Hash(e.to_string()))?;
    Ok(hash.to_string())
}

/// The cost parameters come from the stored PHC string, so PINs set with other costs still
/// verify.
fn verify(pin: &str, stored: &str) -> Result<bool, PinError> {
    let parsed = PasswordHash::new(stored).map_err(|_| PinError::Damaged)?;
    match Argon2::default().verify_password(pin.as_bytes(), &parsed) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
        Err(e) => Err(PinError::Hash(e.to_string())),
    }
}

/// How long the next try must wait after `failures` wrong tries in a row: nothing for the
/// first three, then 5 s, 10 s, 20 s … up to 5 minutes.
fn wait_after(failures: u32) -> Option<Duration> {
    let doublings = failures.checked_sub(FREE_TRIES + 1)?;
    let factor = 1u32.checked_shl(doublings.min(16)).unwrap_or(u32::MAX);
    Some(FIRST_WAIT.saturating_mul(factor).min(LONGEST_WAIT))
}

fn failures(store: &Store) -> Result<u32, StoreError> {
    Ok(store
        .setting(FAILURES_KEY)?
        .and_then(|n| n.parse().ok())
        .unwrap_or(0))
}

fn remaining_wait(store: &Store, now: DateTime<Utc>) -> Result<Option<Duration>, StoreError> {
    let not_before = store
        .setting(NOT_BEFORE_KEY)?
        .and_then(|at| crate::time::parse_utc(&at));
    Ok(not_before
        .and_then(|at| (at - now).to_std().ok())
        .filter(|wait| !wait.is_zero())
        // A clock set back must not lock the console for hours.
        .map(|wait| wait.min(LONGEST_WAIT)))
}

fn record(
    store: &mut Store,
    failures: u32,
    not_before: Option<DateTime<Utc>>,
) -> Result<(), StoreError> {
    // Both in one transaction: a try is never counted without its wait.
    store.set_settings(&[
        (FAILURES_KEY, failures.to_string()),
        (
            NOT_BEFORE_KEY,
            not_before.map(format_utc).unwrap_or_default(),
        ),
    ])
}

#[cfg(test)]
mod tests;
