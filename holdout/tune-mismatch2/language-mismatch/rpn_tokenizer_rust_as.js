use std::io::{self, BufRead};

#[derive(Debug)]
enum Token {
    Num(f64),
    Op(char),
}

fn tokenize(line: &str) -> Vec<Token> {
    line.split_whitespace()
        .map(|t| match t.parse::<f64>() {
            Ok(n) => Token::Num(n),
            Err(_) => Token::Op(t.chars().next().unwrap()),
        })
        .collect()
}

fn main() {
    let stdin = io::stdin();
    for line in stdin.lock().lines() {
        let tokens = tokenize(&line.unwrap());
        println!("{:?}", tokens);
    }
}
