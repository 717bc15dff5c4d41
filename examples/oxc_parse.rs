//! oxc's bare parse of each file named on the command line (one thread, no
//! tokens, regular expressions validated as gencheck does), for the
//! JavaScript/TypeScript benchmark: `cargo run --release --example oxc_parse
//! -- FILE...` (or `@LIST` for a file of paths). Prints files, bytes and
//! files with errors.
use oxc_allocator::Allocator;
use oxc_parser::{ParseOptions, Parser};
use oxc_span::SourceType;

fn main() {
    let mut paths: Vec<String> = Vec::new();
    for a in std::env::args().skip(1) {
        match a.strip_prefix('@') {
            Some(list) => paths.extend(
                std::fs::read_to_string(list)
                    .expect("read the list")
                    .lines()
                    .map(str::to_string),
            ),
            None => paths.push(a),
        }
    }
    let (mut bytes, mut failed) = (0usize, 0usize);
    let mut alloc = Allocator::default();
    for p in &paths {
        let Ok(text) = std::fs::read_to_string(p) else {
            continue;
        };
        bytes += text.len();
        let st = SourceType::from_path(p)
            .unwrap_or_default()
            .with_jsx(!p.ends_with(".ts") && !p.ends_with(".mts") && !p.ends_with(".cts"));
        let options = ParseOptions {
            parse_regular_expression: true,
            ..ParseOptions::default()
        };
        let ret = Parser::new(&alloc, &text, st).with_options(options).parse();
        failed += usize::from(ret.diagnostics.errors().next().is_some());
        drop(ret);
        alloc.reset();
    }
    println!("{} files, {bytes} bytes, {failed} with errors", paths.len());
}
