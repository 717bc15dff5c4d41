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
    /// A symbolic link whose target does not exist, named on the command
    /// line or found in a directory under a name of a checked language.
    #[error("{path}: broken symbolic link: its target {target} does not exist")]
    BrokenLink { path: String, target: String },
    /// A directory (or a file in it) the walk could not read.
    #[error("{path}: cannot read directory: {message}")]
    Walk { path: String, message: String },
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
