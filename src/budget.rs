//! The time budget of the file being checked on this thread.
//!
//! `guarded_check` (lib.rs) runs each file on a worker thread and stops
//! waiting once `max-check-ms` has passed; the file is then reported with
//! `limit-exceeded`. The abandoned worker keeps running until it reaches a
//! point that asks [`expired`] (between SQL statements, inside tree-sitter
//! parses), where it gives up early instead of burning a core until the
//! process exits.

use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Give the current thread until `deadline` for the file it checks.
pub fn set_deadline(deadline: Option<Instant>) {
    DEADLINE.with(|d| d.set(deadline));
}

/// Whether this thread's file has run out of time (never, outside a check).
pub fn expired() -> bool {
    DEADLINE.with(|d| d.get().is_some_and(|at| Instant::now() > at))
}

/// `wanted`, cut to what is left of this thread's budget.
pub fn at_most(wanted: Duration) -> Duration {
    DEADLINE.with(|d| match d.get() {
        Some(at) => wanted.min(at.saturating_duration_since(Instant::now())),
        None => wanted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_in_the_past_has_expired_and_leaves_no_time() {
        set_deadline(Some(Instant::now() - Duration::from_millis(1)));
        assert!(expired());
        assert_eq!(at_most(Duration::from_secs(5)), Duration::ZERO);
        set_deadline(None);
        assert!(!expired());
        assert_eq!(at_most(Duration::from_secs(5)), Duration::from_secs(5));
    }
}
