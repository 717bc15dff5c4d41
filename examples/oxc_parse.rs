//! oxc's bare parse of each file named on the command line (one thread, no
//! tokens, regular expressions validated as gencheck does), for the
//! JavaScript/TypeScript benchmark: `cargo run --release --example oxc_parse
//! -- [--semantic] FILE...` (or `@LIST` for a file of paths). Prints files,
//! bytes and files with errors. `--semantic` adds oxc's semantic pass with
//! its syntax checks (the early errors gencheck's verdict includes) after
//! each parse without errors: the engine's whole verdict.
use oxc_allocator::Allocator;
use oxc_parser::{ParseOptions, Parser};
use oxc_span::SourceType;

fn main() {
    let mut paths: Vec<String> = Vec::new();
    let mut semantic = false;
    for a in std::env::args().skip(1) {
        if a == "--semantic" {
            semantic = true;
            continue;
        }
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
        let mut errors = ret.diagnostics.errors().next().is_some();
        if semantic && !errors && !ret.panicked {
            let built = oxc_semantic::SemanticBuilder::new()
                .with_check_syntax_error(true)
                .build(&ret.program);
            errors = built.diagnostics.errors().next().is_some();
        }
        failed += usize::from(errors);
        drop(ret);
        alloc.reset();
    }
    println!("{} files, {bytes} bytes, {failed} with errors", paths.len());
}
