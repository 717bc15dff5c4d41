//! The checker pool: files are checked by threads with large stacks, each
//! taking the next input itself (a file is read by the thread that checks
//! it); each file within `max-check-ms`. A checker past its time is
//! abandoned and replaced, never waited for; a check cut short is reported
//! `limit-exceeded`, never taken for a whole one.
//!
//! Checkers put their reports where the collector finds them, and wake it
//! only when the run is over or has failed: a report per file through a
//! channel costs two thread switches per file, more than checking a small
//! file.

use std::collections::HashMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::budget;
use crate::check::{self, check_input, CheckOptions, FileReport, Input};
use crate::error::RunError;

/// The stack of a checker thread: deep nesting in hostile input recurses in
/// the parsers, and a stack overflow would abort the run. Only the pages
/// touched are ever committed.
const WORKER_STACK: usize = 256 << 20;

/// How often the progress line may change.
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

/// What a checker is busy with, where the collector sees it without being
/// woken. Abandoning a checker and its taking the next input are decided
/// under this lock, so that no input is ever lost between them.
type Slot = Arc<Mutex<SlotState>>;

#[derive(Default)]
struct SlotState {
    /// The input's path and first bytes (for a timed-out report) and when
    /// its check started.
    job: Option<(String, Vec<u8>, Instant)>,
    /// The collector gave up on this checker: it must stop.
    abandoned: bool,
}

/// What wakes the collector.
enum Event {
    /// Every input taken has its report, and there are no more.
    Done,
    /// An input could not be produced (a file that cannot be read), or a
    /// rule panicked: the run fails.
    Failed(RunError),
}

/// Where the inputs come from: the iterator, and how many were taken.
/// Taking an input and counting it happen under one lock, so that "no more
/// inputs" is never seen before the last one taken is counted.
struct Source<I> {
    items: I,
    taken: usize,
}

/// The reports so far, and how many there will be (once the inputs ran out).
#[derive(Default)]
struct Reports {
    done: Vec<FileReport>,
    total: Option<usize>,
}

impl Reports {
    fn complete(&self) -> bool {
        self.total == Some(self.done.len())
    }
}

/// What the checkers and the collector share.
struct Shared<I, F> {
    source: Mutex<Source<I>>,
    /// Turns what the iterator yields into an input (reads the file).
    prepare: F,
    reports: Mutex<Reports>,
    events: mpsc::Sender<Event>,
    /// The run failed: checkers take no more inputs.
    stopped: std::sync::atomic::AtomicBool,
    opts: CheckOptions,
}

impl<I, F> Shared<I, F> {
    fn send(&self, event: Event) {
        let _ = self.events.send(event);
    }

    /// Add a report; the last one wakes the collector.
    fn report(&self, report: FileReport) {
        let complete = match self.reports.lock() {
            Ok(mut r) => {
                r.done.push(report);
                r.complete()
            }
            Err(_) => return,
        };
        if complete {
            self.send(Event::Done);
        }
    }
}

fn internal(path: &str, message: String) -> RunError {
    RunError::Internal {
        path: path.to_string(),
        message,
    }
}

/// Start checker `worker` on the shared inputs; its slot is how the
/// collector sees it.
fn spawn_checker<I, T, F>(worker: usize, shared: &Arc<Shared<I, F>>) -> Result<Slot, RunError>
where
    I: Iterator<Item = T> + Send + 'static,
    F: Fn(T) -> Result<Input, RunError> + Send + Sync + 'static,
{
    let slot = Slot::default();
    start_checker(worker, slot.clone(), shared.clone())
        .map_err(|e| internal("-", format!("cannot start a checker thread: {e}")))?;
    Ok(slot)
}

/// A checker thread: takes inputs until there are no more, checking each
/// within its time budget.
fn start_checker<I, T, F>(
    worker: usize,
    slot: Slot,
    shared: Arc<Shared<I, F>>,
) -> std::io::Result<()>
where
    I: Iterator<Item = T> + Send + 'static,
    F: Fn(T) -> Result<Input, RunError> + Send + Sync + 'static,
{
    let limit = Duration::from_millis(shared.opts.limits.max_check_ms);
    std::thread::Builder::new()
        .name(format!("gencheck-check-{worker}"))
        .stack_size(WORKER_STACK)
        .spawn(move || loop {
            if shared.stopped.load(std::sync::atomic::Ordering::SeqCst) {
                return;
            }
            let next = {
                let Ok(mut source) = shared.source.lock() else {
                    return;
                };
                let item =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| source.items.next()));
                let item = match item {
                    Ok(item) => item,
                    Err(p) => {
                        drop(source);
                        shared.send(Event::Failed(internal("-", panic_message(p))));
                        return;
                    }
                };
                match item {
                    Some(item) => {
                        source.taken += 1;
                        Some(item)
                    }
                    None => {
                        let taken = source.taken;
                        let complete = match shared.reports.lock() {
                            Ok(mut r) => {
                                r.total = Some(taken);
                                r.complete()
                            }
                            Err(_) => return,
                        };
                        drop(source);
                        if complete {
                            shared.send(Event::Done);
                        }
                        None
                    }
                }
            };
            let Some(item) = next else {
                return;
            };
            let prepared =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (shared.prepare)(item)));
            let input = match prepared {
                Ok(Ok(input)) => input,
                Ok(Err(e)) => {
                    shared.send(Event::Failed(e));
                    return;
                }
                Err(p) => {
                    shared.send(Event::Failed(internal("-", panic_message(p))));
                    return;
                }
            };
            let head: Vec<u8> = input
                .bytes
                .iter()
                .take(check::HEAD_BYTES)
                .copied()
                .collect();
            let start = Instant::now();
            match slot.lock() {
                Ok(mut s) => s.job = Some((input.path.clone(), head, start)),
                Err(_) => return,
            }
            budget::set_deadline(start.checked_add(limit));
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check_input(&input, &shared.opts)
            }));
            // Past the deadline, loops stop early and parses are cut short:
            // such a report must never be taken for a whole one, however
            // soon it arrives.
            let expired = budget::expired();
            budget::set_deadline(None);
            let job = match slot.lock() {
                // Given up on: its input is reported already.
                Ok(s) if s.abandoned => return,
                Ok(mut s) => s.job.take(),
                Err(_) => return,
            };
            match outcome {
                Err(p) => {
                    shared.send(Event::Failed(internal(&input.path, panic_message(p))));
                    return;
                }
                Ok(_) if expired => {
                    let head = job.map(|(_, head, _)| head).unwrap_or_default();
                    shared.report(check::timed_out(&input.path, &head, &shared.opts));
                }
                Ok(report) => shared.report(report),
            }
        })
        .map(|_| ())
}

/// Check what `items` yields, made into inputs by `prepare` (on the checker
/// threads: a file is read where it is checked), each file within
/// `max-check-ms`. This thread only watches the clock:
///
/// - A file past its time is reported with `limit-exceeded`; its checker is
///   abandoned (it stops at its next budget check, [`budget::expired`], or
///   when the process exits) and replaced, and the run goes on.
/// - A panic in a rule, or an input that cannot be read, fails the run,
///   naming the file: never a silent pass.
/// - Reports come back in no particular order.
pub fn check_all<I, T, F>(
    items: I,
    prepare: F,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError>
where
    I: Iterator<Item = T> + Send + 'static,
    F: Fn(T) -> Result<Input, RunError> + Send + Sync + 'static,
{
    let limit = Duration::from_millis(opts.limits.max_check_ms);
    let workers = opts.threads_for(items.size_hint().1);
    let (events, inbox) = mpsc::channel::<Event>();
    let shared = Arc::new(Shared {
        source: Mutex::new(Source { items, taken: 0 }),
        prepare,
        reports: Mutex::new(Reports::default()),
        events,
        stopped: std::sync::atomic::AtomicBool::new(false),
        opts: opts.clone(),
    });
    let slots = (0..workers)
        .map(|w| Ok((w, spawn_checker(w, &shared)?)))
        .collect::<Result<HashMap<usize, Slot>, RunError>>()?;
    let outcome = collect(&inbox, &shared, slots, limit);
    // A failed run: the checkers still busy stop before their next input.
    if outcome.is_err() {
        shared
            .stopped
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }
    outcome
}

/// The collecting side of [`check_all`]: wakes when the run is over or has
/// failed, when a busy checker's time is up (`limit-exceeded`), and for the
/// progress line.
fn collect<I, T, F>(
    inbox: &mpsc::Receiver<Event>,
    shared: &Arc<Shared<I, F>>,
    mut slots: HashMap<usize, Slot>,
    limit: Duration,
) -> Result<Vec<FileReport>, RunError>
where
    I: Iterator<Item = T> + Send + 'static,
    F: Fn(T) -> Result<Input, RunError> + Send + Sync + 'static,
{
    let mut next_worker = slots.len();
    let mut progress = Progress::new(shared.opts.progress);
    loop {
        if let Ok(r) = shared.reports.lock() {
            if r.complete() {
                break;
            }
            progress.show(&r.done, r.total);
        }
        // Wake by the earliest deadline of a busy checker, and at least
        // every `limit`: a checker that started since is seen then.
        let now = Instant::now();
        let mut wait = slots
            .values()
            .filter_map(|s| s.lock().ok().and_then(|s| s.job.as_ref().map(|j| j.2)))
            .map(|at| (at + limit).saturating_duration_since(now))
            .min()
            .unwrap_or(limit)
            .min(limit);
        if progress.on {
            wait = wait.min(PROGRESS_EVERY);
        }
        match inbox.recv_timeout(wait) {
            Ok(Event::Done) => {}
            Ok(Event::Failed(e)) => return Err(e),
            // A timeout: the channel never disconnects (`shared` holds a sender).
            Err(_) => {
                let now = Instant::now();
                let late: Vec<(usize, String, Vec<u8>)> = slots
                    .iter()
                    .filter_map(|(w, s)| {
                        let mut s = s.lock().ok()?;
                        let (_, _, at) = s.job.as_ref()?;
                        if now < *at + limit {
                            return None;
                        }
                        s.abandoned = true;
                        let (path, head, _) = s.job.take()?;
                        Some((*w, path, head))
                    })
                    .collect();
                for (w, path, head) in late {
                    slots.remove(&w);
                    slots.insert(next_worker, spawn_checker(next_worker, shared)?);
                    next_worker += 1;
                    shared.report(check::timed_out(&path, &head, &shared.opts));
                }
            }
        }
    }
    progress.clear();
    let mut reports = shared
        .reports
        .lock()
        .map_err(|_| internal("-", "a checker thread panicked while reporting".into()))?;
    Ok(std::mem::take(&mut reports.done))
}

/// The progress line of a long run: after a second, at most five times a
/// second, "N of M files checked, R rejected" on standard error, erased at
/// the end. Only when [`CheckOptions::progress`] says standard error is a
/// terminal (never in a hook's captured output or a machine format).
struct Progress {
    on: bool,
    start: Instant,
    after: Duration,
    last: Option<Instant>,
}

impl Progress {
    fn new(on: bool) -> Self {
        // `GENCHECK_PROGRESS_AFTER_MS`: how long a run goes before the line
        // shows (default a second).
        let after = std::env::var("GENCHECK_PROGRESS_AFTER_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1000);
        Progress {
            on,
            start: Instant::now(),
            after: Duration::from_millis(after),
            last: None,
        }
    }

    fn show(&mut self, reports: &[FileReport], total: Option<usize>) {
        if !self.on || self.start.elapsed() < self.after {
            return;
        }
        if self.last.is_some_and(|t| t.elapsed() < PROGRESS_EVERY) {
            return;
        }
        self.last = Some(Instant::now());
        let rejected = reports.iter().filter(|r| !r.accepted).count();
        let of = total.map_or(String::new(), |t| format!(" of {t}"));
        eprint!(
            "\rgencheck: {}{of} files checked, {rejected} rejected\x1b[K",
            reports.len()
        );
    }

    fn clear(&self) {
        if self.last.is_some() {
            eprint!("\r\x1b[K");
        }
    }
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".to_string())
}
