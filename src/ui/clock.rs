//! The lobby's clock: the real time, or a rehearsal that starts at a chosen moment and may run
//! faster (`--at`, `--speed`).

use std::time::Instant;

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    origin: DateTime<Utc>,
    started: Instant,
    speed: f64,
}

impl Clock {
    pub fn real() -> Clock {
        Clock::rehearsal(Utc::now(), 1.0)
    }

    /// Starts at `origin` and runs `speed` times as fast as real time (0 stops it).
    pub fn rehearsal(origin: DateTime<Utc>, speed: f64) -> Clock {
        Clock {
            origin,
            started: Instant::now(),
            speed: if speed.is_finite() {
                speed.max(0.0)
            } else {
                1.0
            },
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        let elapsed = self.started.elapsed().as_secs_f64() * self.speed;
        let millis = (elapsed * 1000.0).min(i64::MAX as f64 / 2.0) as i64;
        self.origin + Duration::milliseconds(millis)
    }

    /// Real seconds since the clock started: the lobby turns its pages by these, so a fast
    /// rehearsal does not flip pages faster than anyone can read.
    pub fn real_seconds(&self) -> u64 {
        self.started.elapsed().as_secs()
    }

    /// How often the screen needs a new time: once a second of screen time, never faster than
    /// four times a real second.
    pub fn tick(&self) -> std::time::Duration {
        let seconds = if self.speed > 1.0 {
            (1.0 / self.speed).max(0.25)
        } else {
            1.0
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
}
