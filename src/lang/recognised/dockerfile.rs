//! Dockerfile: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `FROM node:20-alpine AS build`: an image reference, not a SQL table.
    if let Some(image) = t.strip_prefix("FROM ") {
        let image = image.split_whitespace().collect::<Vec<_>>();
        let reference = image.first().is_some_and(|i| {
            i.contains(':') || i.contains('/') || *i == "scratch" || i.starts_with("--platform")
        });
        if reference && (image.len() == 1 || image.get(1) == Some(&"AS") || image.len() == 3) {
            out.push(("a Dockerfile `FROM` image", 5));
        }
    }
    const INSTRUCTIONS: &[&str] = &[
        "RUN ",
        "WORKDIR ",
        "ENTRYPOINT [",
        "CMD [",
        "EXPOSE ",
        "HEALTHCHECK ",
        "COPY --from=",
        "COPY --chown=",
        "ENV ",
        "ARG ",
        "USER ",
        "VOLUME [",
    ];
    if INSTRUCTIONS.iter().any(|i| t.starts_with(i)) {
        out.push(("a Dockerfile instruction", 2));
    }
}
