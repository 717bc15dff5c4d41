fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lang = gencheck::language::Language::from_name("html").unwrap();
    let tree = gencheck::parse::parse(lang, &text, std::time::Duration::from_secs(2)).unwrap();
    let root = tree.root_node();
    println!("{} {:?}", root.kind(), root.byte_range());
    let mut c = root.walk();
    for ch in root.children(&mut c) {
        println!(
            "  {} {:?} err={}",
            ch.kind(),
            ch.byte_range(),
            ch.is_error()
        );
    }
}
