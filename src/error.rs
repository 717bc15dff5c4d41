//! Errors that make a run fail (exit status 2). Each names what and where.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: cannot walk directory: {message}")]
    Walk { path: PathBuf, message: String },
    #[error("standard input: cannot read: {0}")]
    Stdin(#[source] std::io::Error),
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Git(#[from] crate::git::GitError),
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: internal error while checking (please report it): {message}")]
    Internal { path: String, message: String },
}
