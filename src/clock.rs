//! The app's one clock. Every screen that measures time (the desk's 8-second answer, the
//! organizer screens' lock after 3 minutes, the PIN's wait after wrong tries, the lobby's
//! programme) reads it from here, and so does the store: a check-in is stamped with this
//! clock's time and belongs to its event day. A rehearsal can start the day at a chosen moment
//! and run faster (`--at`, `--speed`), and tests move the time instead of sleeping.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone)]
pub struct Clock {
    source: Source,
}

#[derive(Debug, Clone)]
enum Source {
    /// Runs by itself: the real time, or a rehearsal.
    Running {
        origin: DateTime<Utc>,
        started: Instant,
        speed: f64,
    },
    /// Stands still until moved by hand (tests). Shared: every copy sees every move.
    Manual {
        origin: DateTime<Utc>,
        now: Arc<Mutex<DateTime<Utc>>>,
    },
}

impl Clock {
    pub fn real() -> Clock {
        Clock::rehearsal(Utc::now(), 1.0)
    }

    /// Starts at `origin` and runs `speed` times as fast as real time (0 stops it).
    pub fn rehearsal(origin: DateTime<Utc>, speed: f64) -> Clock {
        Clock {
            source: Source::Running {
                origin,
                started: Instant::now(),
                speed: if speed.is_finite() {
                    speed.max(0.0)
                } else {
                    1.0
                },
            },
        }
    }

    /// A clock that shows `at` until [`Clock::advance`] moves it.
    pub fn manual(at: DateTime<Utc>) -> Clock {
        Clock {
            source: Source::Manual {
                origin: at,
                now: Arc::new(Mutex::new(at)),
            },
        }
    }

    /// Moves a manual clock (and every copy of it) forward; a running clock runs by itself
    /// and is not moved.
    pub fn advance(&self, by: std::time::Duration) {
        if let Source::Manual { now, .. } = &self.source {
            let mut now = now.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            *now += Duration::from_std(by).unwrap_or(Duration::MAX);
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.source {
            Source::Running {
                origin,
                started,
                speed,
            } => {
                let elapsed = started.elapsed().as_secs_f64() * speed;
                let millis = (elapsed * 1000.0).min(i64::MAX as f64 / 2.0) as i64;
                *origin + Duration::milliseconds(millis)
            }
            Source::Manual { now, .. } => *now.lock().unwrap_or_else(|p| p.into_inner()),
        }
    }

    /// How long ago `earlier` was on this clock; nothing when it is not past.
    pub fn since(&self, earlier: DateTime<Utc>) -> std::time::Duration {
        (self.now() - earlier).to_std().unwrap_or_default()
    }

    /// Real seconds since the clock started: the lobby turns its pages by these, so a fast
    /// rehearsal does not flip pages faster than anyone can read. A manual clock counts the
    /// time it was moved by.
    pub fn real_seconds(&self) -> u64 {
        match &self.source {
            Source::Running { started, .. } => started.elapsed().as_secs(),
            Source::Manual { origin, .. } => self.since(*origin).as_secs(),
        }
    }

    /// How often the screen needs a new time: once a second of screen time, never faster than
    /// four times a real second.
    pub fn tick(&self) -> std::time::Duration {
        let seconds = match &self.source {
            Source::Running { speed, .. } if *speed > 1.0 => (1.0 / speed).max(0.25),
            _ => 1.0,
        };
        std::time::Duration::from_secs_f64(seconds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stopped_rehearsal_stays_put_and_a_fast_one_runs_ahead() {
        let origin = Utc::now() - Duration::days(3000);
        let stopped = Clock::rehearsal(origin, 0.0);
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(stopped.now(), origin);
        let fast = Clock::rehearsal(origin, 600.0);
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(fast.now() >= origin + Duration::seconds(10));
        assert_eq!(fast.tick(), std::time::Duration::from_millis(250));
    }

    #[test]
    fn a_manual_clock_moves_only_when_told_and_every_copy_follows() {
        let origin = Utc::now() - Duration::days(3000);
        let clock = Clock::manual(origin);
        let copy = clock.clone();
        assert_eq!(copy.now(), origin);
        clock.advance(std::time::Duration::from_secs(90));
        assert_eq!(copy.now(), origin + Duration::seconds(90));
        assert_eq!(copy.since(origin), std::time::Duration::from_secs(90));
        assert_eq!(copy.real_seconds(), 90);
    }
}
