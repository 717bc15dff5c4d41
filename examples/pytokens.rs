//! Print ruff's tokens and errors for a Python file: `cargo run --example pytokens -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: pytokens FILE");
    let text = std::fs::read_to_string(path).expect("UTF-8 file");
    let parsed =
        ruff_python_parser::parse_unchecked_source(&text, ruff_python_ast::PySourceType::Python);
    for t in parsed.tokens().iter() {
        use ruff_text_size::Ranged;
        let r = t.range();
        println!("{:?} {:?} {:?}", t.kind(), r, &text[r]);
    }
    for e in parsed.errors() {
        println!("ERROR {:?} {}", e.location, e.error);
    }
}
