//! R (analysis scripts): recognised in content only (`language-mismatch`: a
//! tidyverse script saved as `.yml`), not checked.

use super::ident;
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `library(tidyverse)`, `suppressPackageStartupMessages(library(x))`.
    for p in [
        "library(",
        "require(",
        "suppressPackageStartupMessages(library(",
    ] {
        if let Some(rest) = t.strip_prefix(p) {
            if let Some(name) = rest.strip_suffix(')') {
                if !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == ')')
                {
                    out.push(("an R `library()`", 4));
                }
            }
        }
    }
    // `sales <- read_csv("x.csv") |>`, `f <- function(x) {`.
    if let Some((name, _)) = t.split_once(" <- ") {
        if ident(&name.replace('.', "_")) {
            out.push(("an R `<-` assignment", 3));
        }
    }
    if t.ends_with("%>%") || t.contains(" %>% ") || t.contains(" %in% ") {
        out.push(("an R `%>%`/`%in%` operator", 3));
    }
    if t.starts_with("ggplot(") || t.starts_with("aes(") || t.starts_with("geom_") {
        out.push(("an R ggplot call", 2));
    }
}
