//! The one way the window gets blocking work done: disk, database, rendering and printing run
//! on a thread of their own and come back as a future for `Task::perform`, so the window never
//! waits. Jobs that take long report their progress through a stream for `Task::run`.

use iced::Task;
use iced::futures::channel::{mpsc, oneshot};
use iced::futures::{SinkExt, Stream, StreamExt, stream};

use super::Error;

/// Runs `work` off the window's thread and hands back what it returned.
pub async fn run<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Error> {
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    // The sender is dropped without an answer only when `work` panicked.
    receiver.await.map_err(|_| Error::WorkerStopped)
}

/// Runs fallible `work` off the window's thread; its error becomes the window's [`Error`].
pub async fn attempt<T, E>(work: impl FnOnce() -> Result<T, E> + Send + 'static) -> Result<T, Error>
where
    T: Send + 'static,
    E: Into<Error> + Send + 'static,
{
    run(work).await?.map_err(Into::into)
}

/// [`attempt`] as a task whose answer becomes the message `done` makes of it.
pub fn perform<T, E, M>(
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
    done: impl FnOnce(Result<T, Error>) -> M + Send + 'static,
) -> Task<M>
where
    T: Send + 'static,
    E: Into<Error> + Send + 'static,
    M: Send + 'static,
{
    Task::perform(attempt(work), done)
}

/// What a job with progress sends the window: reports while it runs, then its answer.
#[derive(Debug, Clone)]
pub enum Update<P, T> {
    Progress(P),
    Done(Result<T, Error>),
}

/// How a job hands the window its progress.
pub struct Reporter<P> {
    sender: mpsc::Sender<P>,
}

impl<P> Reporter<P> {
    /// Waits while the window has not taken the previous report, so the job never runs more
    /// than a report ahead of the window (a Cancel pressed on the last report lands in time);
    /// returns at once if the window is gone.
    pub fn report(&mut self, progress: P) {
        let _ = iced::futures::executor::block_on(self.sender.send(progress));
    }
}

/// Runs `work` off the window's thread once the stream is first polled (a job set up but not
/// started yet can still be cancelled before it begins); the stream yields its reports, then
/// its answer.
pub fn with_progress<P, T>(
    work: impl FnOnce(&mut Reporter<P>) -> T + Send + 'static,
) -> impl Stream<Item = Update<P, T>>
where
    P: Send + 'static,
    T: Send + 'static,
{
    stream::once(async move {
        let (sender, progress) = mpsc::channel(0);
        let (answer, answered) = oneshot::channel();
        std::thread::spawn(move || {
            let _ = answer.send(work(&mut Reporter { sender }));
        });
        // The reports end when the job drops its reporter, that is when it is done.
        progress
            .map(Update::Progress)
            .chain(stream::once(async move {
                Update::Done(answered.await.map_err(|_| Error::WorkerStopped))
            }))
    })
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::futures::executor::block_on;

    #[test]
    fn a_job_that_panics_answers_worker_stopped() {
        let answer = block_on(run(|| -> u32 { panic!("a bug in the job") }));
        assert!(matches!(answer, Err(Error::WorkerStopped)));
        assert_eq!(block_on(run(|| 7)).unwrap(), 7);
    }

    #[test]
    fn a_job_with_progress_reports_in_order_then_answers() {
        let updates: Vec<Update<usize, &str>> = block_on(
            with_progress(|reporter| {
                for done in 1..=3 {
                    reporter.report(done);
                }
                "done"
            })
            .collect(),
        );
        let reports: Vec<usize> = updates
            .iter()
            .filter_map(|u| match u {
                Update::Progress(done) => Some(*done),
                Update::Done(_) => None,
            })
            .collect();
        assert_eq!(reports, [1, 2, 3]);
        assert!(matches!(updates.last(), Some(Update::Done(Ok("done")))));
    }
}
