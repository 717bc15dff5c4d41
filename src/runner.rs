//! The checker pool: files are checked by threads with large stacks, fed
//! by a reader thread; each file within `max-check-ms`. A checker past its
//! time is abandoned and replaced, never waited for; a check cut short is
//! reported `limit-exceeded`, never taken for a whole one.

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

/// What a checker tells the collector.
enum Event {
    /// A checker finished the input it started last.
    Finished {
        outcome: Result<FileReport, Stopped>,
    },
    /// The feeder could not produce an input: the run fails.
    Failed(RunError),
    /// The feeder is done: this many inputs in all.
    Fed(usize),
}

/// Why a checker sent no report.
enum Stopped {
    /// A rule panicked: the path, and the message.
    Panic(String, String),
    /// The file's time ran out; what was found so far is incomplete: the
    /// path and first bytes.
    TimedOut(String, Vec<u8>),
}

type Queue = Arc<Mutex<mpsc::Receiver<Input>>>;

fn internal(path: &str, message: String) -> RunError {
    RunError::Internal {
        path: path.to_string(),
        message,
    }
}

/// Start checker `worker` on `queue`; its slot is how the collector sees it.
fn spawn_checker(
    worker: usize,
    queue: &Queue,
    events: &mpsc::Sender<Event>,
    opts: &CheckOptions,
) -> Result<Slot, RunError> {
    let slot = Slot::default();
    start_checker(
        worker,
        slot.clone(),
        queue.clone(),
        events.clone(),
        opts.clone(),
    )
    .map_err(|e| internal("-", format!("cannot start a checker thread: {e}")))?;
    Ok(slot)
}

/// A checker thread: takes inputs from the queue until it is empty and
/// closed, checking each within its time budget.
fn start_checker(
    worker: usize,
    slot: Slot,
    queue: Queue,
    events: mpsc::Sender<Event>,
    opts: CheckOptions,
) -> std::io::Result<()> {
    let limit = Duration::from_millis(opts.limits.max_check_ms);
    std::thread::Builder::new()
        .name(format!("gencheck-check-{worker}"))
        .stack_size(WORKER_STACK)
        .spawn(move || loop {
            let next = match queue.lock() {
                Ok(q) => q.recv(),
                Err(_) => return,
            };
            let Ok(input) = next else {
                return;
            };
            let head: Vec<u8> = input
                .bytes
                .iter()
                .take(check::HEAD_BYTES)
                .copied()
                .collect();
            let start = Instant::now();
            match slot.lock() {
                Ok(mut s) => s.job = Some((input.path.clone(), head.clone(), start)),
                Err(_) => return,
            }
            budget::set_deadline(start.checked_add(limit));
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check_input(&input, &opts)
            }))
            .map_err(|p| Stopped::Panic(input.path.clone(), panic_message(p)))
            // Past the deadline, loops stop early and parses are cut short:
            // such a report must never be taken for a whole one, however
            // soon it arrives.
            .and_then(|report| {
                if budget::expired() {
                    Err(Stopped::TimedOut(input.path.clone(), head))
                } else {
                    Ok(report)
                }
            });
            budget::set_deadline(None);
            match slot.lock() {
                // Given up on: its input is reported already.
                Ok(s) if s.abandoned => return,
                Ok(mut s) => s.job = None,
                Err(_) => return,
            }
            if events.send(Event::Finished { outcome }).is_err() {
                return;
            }
        })
        .map(|_| ())
}

/// Check `inputs` on a pool of checker threads, each file within
/// `max-check-ms`. The inputs are produced (files read) on a feeder thread;
/// this thread only collects, and watches the clock:
///
/// - A file past its time is reported with `limit-exceeded`; its checker is
///   abandoned (it stops at its next budget check, [`budget::expired`], or
///   when the process exits) and replaced, and the run goes on.
/// - A panic in a rule fails the run, naming the file: never a silent pass.
/// - Reports come back in no particular order.
pub fn check_all<I>(inputs: I, opts: &CheckOptions) -> Result<Vec<FileReport>, RunError>
where
    I: Iterator<Item = Result<Input, RunError>> + Send,
{
    let limit = Duration::from_millis(opts.limits.max_check_ms);
    let workers = opts.threads();
    let (jobs, queue) = mpsc::sync_channel::<Input>(workers * 2);
    let queue: Queue = Arc::new(Mutex::new(queue));
    let (events, inbox) = mpsc::channel::<Event>();
    let slots = (0..workers)
        .map(|w| Ok((w, spawn_checker(w, &queue, &events, opts)?)))
        .collect::<Result<HashMap<usize, Slot>, RunError>>()?;
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let feeder_events = events.clone();
        let stop = &stop;
        scope.spawn(move || {
            let mut fed = 0;
            for input in inputs {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                match input {
                    Ok(input) => {
                        if jobs.send(input).is_err() {
                            return;
                        }
                        fed += 1;
                    }
                    Err(e) => {
                        let _ = feeder_events.send(Event::Failed(e));
                        return;
                    }
                }
            }
            let _ = feeder_events.send(Event::Fed(fed));
            // `jobs` drops here: checkers stop when the queue is empty.
        });

        let outcome = collect(&inbox, &queue, &events, slots, limit, opts);
        // The run failed early: the feeder must not wait on a full queue
        // that no checker drains any more.
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Ok(q) = queue.lock() {
            while q.try_recv().is_ok() {}
        }
        outcome
    })
}

/// The collecting side of [`check_all`]: reports as checkers finish, and
/// `limit-exceeded` for a checker past its time.
fn collect(
    inbox: &mpsc::Receiver<Event>,
    queue: &Queue,
    events: &mpsc::Sender<Event>,
    mut slots: HashMap<usize, Slot>,
    limit: Duration,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError> {
    let mut reports: Vec<FileReport> = Vec::new();
    let mut total: Option<usize> = None;
    let mut next_worker = slots.len();
    let mut progress = Progress::new(opts.progress);
    while total != Some(reports.len()) {
        progress.show(&reports, total);
        // Wake by the earliest deadline of a busy checker, and at least
        // every `limit`: a checker that started since is seen then.
        let now = Instant::now();
        let wait = slots
            .values()
            .filter_map(|s| s.lock().ok().and_then(|s| s.job.as_ref().map(|j| j.2)))
            .map(|at| (at + limit).saturating_duration_since(now))
            .min()
            .unwrap_or(limit)
            .min(limit);
        match inbox.recv_timeout(wait) {
            Ok(Event::Finished { outcome }) => match outcome {
                Ok(report) => reports.push(report),
                Err(Stopped::TimedOut(path, head)) => {
                    reports.push(check::timed_out(&path, &head, opts));
                }
                Err(Stopped::Panic(path, message)) => return Err(internal(&path, message)),
            },
            Ok(Event::Failed(e)) => return Err(e),
            Ok(Event::Fed(n)) => total = Some(n),
            Err(mpsc::RecvTimeoutError::Timeout) => {
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
                    reports.push(check::timed_out(&path, &head, opts));
                    slots.remove(&w);
                    slots.insert(
                        next_worker,
                        spawn_checker(next_worker, queue, events, opts)?,
                    );
                    next_worker += 1;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(internal("-", "the checker threads stopped".into()));
            }
        }
    }
    progress.clear();
    Ok(reports)
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
        if self
            .last
            .is_some_and(|t| t.elapsed() < Duration::from_millis(200))
        {
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
