//! The short tones a desk plays for each answer, because staff look at the queue, not at the
//! screen: rising for a welcome, two equal beeps for "already checked in", one low buzz for
//! anything that needs a person (not admitted, unknown, a typo). Distinct in pitch and in
//! rhythm, so they are told apart in a noisy hall and by people who hear pitch poorly.
//!
//! The tones are rendered here as 16-bit WAV and played by the computer's own sound player
//! (PipeWire's `pw-play`, PulseAudio's `paplay` or ALSA's `aplay`, whichever is installed),
//! so the volume is the system's and building frontdesk needs no audio development package.
//! A computer with none of them, or no sound device, plays nothing and says so once in the log.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use crate::checkin::CheckIn;

/// The rate the tones are rendered at.
pub const SAMPLE_RATE: u32 = 22_050;
/// The players tried, in order; each takes a WAV file as its one argument.
const PLAYERS: [&str; 3] = ["pw-play", "paplay", "aplay"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    Welcome,
    Already,
    Refused,
}

/// One note of a tone: a pitch held for a time, then silence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Note {
    pub hz: f32,
    pub ms: u32,
    /// Silence after the note.
    pub rest_ms: u32,
}

impl Tone {
    pub const ALL: [Tone; 3] = [Tone::Welcome, Tone::Already, Tone::Refused];

    /// The tone for an answer at the desk or the kiosk.
    pub fn of(outcome: &CheckIn) -> Tone {
        match outcome {
            CheckIn::CheckedIn(_) => Tone::Welcome,
            CheckIn::AlreadyCheckedIn { .. } => Tone::Already,
            CheckIn::NotAdmitted { .. } | CheckIn::Typo | CheckIn::Unknown => Tone::Refused,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Tone::Welcome => "welcome",
            Tone::Already => "already",
            Tone::Refused => "refused",
        }
    }

    pub fn parse(name: &str) -> Option<Tone> {
        Tone::ALL.into_iter().find(|tone| tone.name() == name)
    }

    pub fn notes(self) -> &'static [Note] {
        match self {
            // A rising fifth, short then longer: "yes".
            Tone::Welcome => &[
                Note {
                    hz: 880.0,
                    ms: 90,
                    rest_ms: 20,
                },
                Note {
                    hz: 1320.0,
                    ms: 160,
                    rest_ms: 0,
                },
            ],
            // Two equal beeps in the middle: "look".
            Tone::Already => &[
                Note {
                    hz: 660.0,
                    ms: 110,
                    rest_ms: 90,
                },
                Note {
                    hz: 660.0,
                    ms: 110,
                    rest_ms: 0,
                },
            ],
            // One long low buzz: "stop".
            Tone::Refused => &[Note {
                hz: 220.0,
                ms: 420,
                rest_ms: 0,
            }],
        }
    }

    /// How long the tone lasts, rests included.
    pub fn millis(self) -> u32 {
        self.notes().iter().map(|n| n.ms + n.rest_ms).sum()
    }

    /// The tone as samples at `rate`: each note a sine with 5 ms fades, so it does not click.
    pub fn samples(self, rate: u32) -> Vec<i16> {
        let mut samples = Vec::new();
        for note in self.notes() {
            let length = samples_in(note.ms, rate);
            let fade = samples_in(5, rate).min(length / 2).max(1);
            for i in 0..length {
                let t = i as f32 / rate as f32;
                let envelope = (i.min(length - 1 - i) as f32 / fade as f32).min(1.0);
                let value = (std::f32::consts::TAU * note.hz * t).sin() * envelope * 0.6;
                samples.push((value * f32::from(i16::MAX)) as i16);
            }
            samples.extend(std::iter::repeat_n(0, samples_in(note.rest_ms, rate)));
        }
        samples
    }

    /// The tone as a WAV file: 16-bit PCM, one channel, at `rate`.
    pub fn wav(self, rate: u32) -> Vec<u8> {
        wav(&self.samples(rate), rate)
    }
}

fn samples_in(ms: u32, rate: u32) -> usize {
    (u64::from(ms) * u64::from(rate) / 1000) as usize
}

/// A RIFF WAVE file of 16-bit mono `samples`.
fn wav(samples: &[i16], rate: u32) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes()); // bytes a second
    out.extend_from_slice(&2u16.to_le_bytes()); // bytes a frame
    out.extend_from_slice(&16u16.to_le_bytes()); // bits a sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for sample in samples {
        out.extend_from_slice(&sample.to_le_bytes());
    }
    out
}

/// Plays the tones, or, in tests, remembers which were asked for. Cheap to clone: the desk
/// and the kiosk share one.
#[derive(Debug, Clone)]
pub struct Speaker {
    kind: SpeakerKind,
}

#[derive(Debug, Clone)]
enum SpeakerKind {
    System(Arc<Mutex<SystemPlayer>>),
    Recording(Arc<Mutex<Vec<Tone>>>),
}

impl Speaker {
    /// The computer's sound player, found the first time a tone plays.
    pub fn system() -> Speaker {
        Speaker {
            kind: SpeakerKind::System(Arc::new(Mutex::new(SystemPlayer::default()))),
        }
    }

    /// A speaker that plays nothing and keeps the tones asked of it (see [`Speaker::asked`]).
    pub fn recording() -> Speaker {
        Speaker {
            kind: SpeakerKind::Recording(Arc::default()),
        }
    }

    /// The tones asked of a recording speaker so far, oldest first.
    pub fn asked(&self) -> Vec<Tone> {
        match &self.kind {
            SpeakerKind::Recording(asked) => lock(asked).clone(),
            SpeakerKind::System(_) => Vec::new(),
        }
    }

    /// Plays `tone` and returns without waiting for it to end. Blocking for as long as it
    /// takes to start the player (the first time: to write the tones into a temporary
    /// folder), so the window calls it on the worker.
    pub fn play(&self, tone: Tone) {
        match &self.kind {
            SpeakerKind::Recording(asked) => lock(asked).push(tone),
            SpeakerKind::System(player) => lock(player).play(tone),
        }
    }
}

/// Why `frontdesk tone` could not play a tone.
#[derive(Debug, thiserror::Error)]
pub enum SoundError {
    #[error(
        "no sound player is installed: install pipewire-bin (pw-play), pulseaudio-utils \
         (paplay) or alsa-utils (aplay), or write the tone to a file with --out"
    )]
    NoPlayer,
    #[error("{program} could not play the tone ({reason}): is there a sound device?")]
    Failed {
        program: &'static str,
        reason: String,
    },
    #[error("cannot write the tone to {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    File(#[from] crate::file::FileError),
}

/// Plays `tone` on the computer's sound player and waits until it ends (the command line's
/// `frontdesk tone`).
pub fn play_to_end(tone: Tone) -> Result<(), SoundError> {
    let program = PLAYERS
        .into_iter()
        .find(|p| on_path(p))
        .ok_or(SoundError::NoPlayer)?;
    let path = std::env::temp_dir().join(format!(
        "frontdesk-{}-{}.wav",
        tone.name(),
        std::process::id()
    ));
    std::fs::write(&path, tone.wav(SAMPLE_RATE)).map_err(|source| SoundError::Write {
        path: path.clone(),
        source,
    })?;
    let played = Command::new(program)
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    let _ = std::fs::remove_file(&path);
    match played {
        Ok(output) if output.status.success() => Ok(()),
        Ok(output) => Err(SoundError::Failed {
            program,
            // The player's last line says why; ALSA writes many before it.
            reason: String::from_utf8_lossy(&output.stderr)
                .lines()
                .rfind(|line| !line.trim().is_empty())
                .unwrap_or("no reason given")
                .trim()
                .to_string(),
        }),
        Err(error) => Err(SoundError::Failed {
            program,
            reason: error.to_string(),
        }),
    }
}

/// Writes `tone` as a WAV file at `path`.
pub fn write_wav(tone: Tone, path: &Path) -> Result<(), SoundError> {
    Ok(crate::file::write_atomic(path, &tone.wav(SAMPLE_RATE))?)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The sound player found on this computer and the tones written for it.
#[derive(Debug, Default)]
struct SystemPlayer {
    state: PlayerState,
}

#[derive(Debug, Default)]
enum PlayerState {
    #[default]
    NotLookedFor,
    Ready {
        program: &'static str,
        /// The tones as WAV files, in a folder of this process's own.
        folder: PathBuf,
        /// The last tone still playing: a new one stops it, so answers never queue up.
        playing: Option<std::process::Child>,
    },
    /// No player, no device, or the tones could not be written: nothing plays (said once).
    Silent,
}

impl SystemPlayer {
    fn play(&mut self, tone: Tone) {
        if let PlayerState::NotLookedFor = self.state {
            self.state = find_player();
        }
        let PlayerState::Ready {
            program,
            folder,
            playing,
        } = &mut self.state
        else {
            return;
        };
        if let Some(mut previous) = playing.take() {
            match previous.try_wait() {
                // A player that ended in failure: no sound device, most likely.
                Ok(Some(status)) if !status.success() => {
                    tracing::warn!(player = *program, %status, "sounds are off: the sound player failed");
                    self.state = PlayerState::Silent;
                    return;
                }
                Ok(Some(_)) => {}
                _ => {
                    let _ = previous.kill();
                    let _ = previous.wait();
                }
            }
        }
        let file = tone_file(folder, tone);
        match Command::new(*program)
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(child) => *playing = Some(child),
            Err(error) => {
                tracing::warn!(player = *program, %error, "sounds are off: the sound player did not start");
                self.state = PlayerState::Silent;
            }
        }
    }
}

impl Drop for SystemPlayer {
    fn drop(&mut self) {
        if let PlayerState::Ready { folder, .. } = &self.state {
            let _ = std::fs::remove_dir_all(folder);
        }
    }
}

fn tone_file(folder: &Path, tone: Tone) -> PathBuf {
    folder.join(format!("{}.wav", tone.name()))
}

fn find_player() -> PlayerState {
    let Some(program) = PLAYERS.into_iter().find(|p| on_path(p)) else {
        tracing::info!("sounds are off: no sound player (pw-play, paplay or aplay) is installed");
        return PlayerState::Silent;
    };
    let folder = std::env::temp_dir().join(format!("frontdesk-tones-{}", std::process::id()));
    let written = std::fs::create_dir_all(&folder).and_then(|()| {
        for tone in Tone::ALL {
            std::fs::write(tone_file(&folder, tone), tone.wav(SAMPLE_RATE))?;
        }
        Ok(folder)
    });
    match written {
        Ok(folder) => PlayerState::Ready {
            program,
            folder,
            playing: None,
        },
        Err(error) => {
            tracing::warn!(%error, "sounds are off: the tones could not be written");
            PlayerState::Silent
        }
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The strength of `hz` in `samples` (the Goertzel algorithm: one bin of a DFT).
    fn strength(samples: &[i16], rate: u32, hz: f32) -> f32 {
        let w = std::f32::consts::TAU * hz / rate as f32;
        let (mut s1, mut s2) = (0.0f32, 0.0f32);
        for &x in samples {
            let s = f32::from(x) + 2.0 * w.cos() * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        (s1 * s1 + s2 * s2 - 2.0 * w.cos() * s1 * s2).sqrt() / samples.len() as f32
    }

    /// The pitch among 100..2000 Hz (in 10 Hz steps) that is strongest in `samples`.
    fn pitch(samples: &[i16], rate: u32) -> f32 {
        (10..200)
            .map(|step| step as f32 * 10.0)
            .max_by(|a, b| strength(samples, rate, *a).total_cmp(&strength(samples, rate, *b)))
            .unwrap()
    }

    #[test]
    fn each_answer_has_its_tone() {
        assert_eq!(Tone::of(&CheckIn::Typo), Tone::Refused);
        assert_eq!(Tone::of(&CheckIn::Unknown), Tone::Refused);
        for tone in Tone::ALL {
            assert_eq!(Tone::parse(tone.name()), Some(tone));
        }
    }

    #[test]
    fn the_wav_holds_each_note_at_its_pitch_and_length() {
        for tone in Tone::ALL {
            let wav = tone.wav(SAMPLE_RATE);
            assert_eq!(&wav[..4], b"RIFF");
            assert_eq!(&wav[8..16], b"WAVEfmt ");
            let data = &wav[44..];
            let samples: Vec<i16> = data
                .chunks_exact(2)
                .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
                .collect();
            let expected = samples_in(tone.millis(), SAMPLE_RATE) as i64;
            assert!((samples.len() as i64 - expected).abs() <= 2, "{tone:?}");
            let mut at = 0;
            for note in tone.notes() {
                let length = samples_in(note.ms, SAMPLE_RATE);
                let heard = pitch(&samples[at..at + length], SAMPLE_RATE);
                assert!(
                    (heard - note.hz).abs() <= 10.0,
                    "{tone:?}: {heard} Hz for {}",
                    note.hz
                );
                at += length;
                let rest = &samples[at..at + samples_in(note.rest_ms, SAMPLE_RATE)];
                assert!(
                    rest.iter().all(|s| *s == 0),
                    "{tone:?}: silence between notes"
                );
                at += rest.len();
            }
        }
    }

    #[test]
    fn the_tones_differ_in_pitch_and_rhythm() {
        let shapes: Vec<(usize, u32)> = Tone::ALL
            .iter()
            .map(|t| (t.notes().len(), t.notes()[0].hz as u32))
            .collect();
        for (i, a) in shapes.iter().enumerate() {
            for b in &shapes[i + 1..] {
                assert_ne!(a, b);
            }
        }
        let lowest: Vec<f32> = Tone::ALL
            .iter()
            .map(|t| t.notes().iter().map(|n| n.hz).fold(f32::MAX, f32::min))
            .collect();
        assert!(lowest[0] > lowest[1] && lowest[1] > lowest[2], "{lowest:?}");
        assert!(Tone::ALL.iter().all(|t| t.millis() <= 500), "short");
    }

    #[test]
    fn a_recording_speaker_keeps_what_was_asked() {
        let speaker = Speaker::recording();
        speaker.clone().play(Tone::Welcome);
        speaker.play(Tone::Refused);
        assert_eq!(speaker.asked(), vec![Tone::Welcome, Tone::Refused]);
    }
}
