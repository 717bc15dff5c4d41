//! Turning a file's bytes into text: UTF-8 (with or without a byte order
//! mark), UTF-16 with a byte order mark where the language allows it, and
//! Python's PEP 263 encoding declarations. Anything else is not text.

use std::borrow::Cow;

use crate::language::Language;

/// A file's bytes as text.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    /// The whole file as text, byte order mark included (as U+FEFF).
    pub text: Cow<'a, str>,
    /// Bytes at the start of `text` that parsers must not see (a BOM).
    pub skip: usize,
    /// The encoding the file was transcoded from, when it was not UTF-8.
    /// Byte offsets reported for such a file count UTF-8 bytes of the
    /// decoded text.
    pub transcoded_from: Option<&'static str>,
    /// A Python file declares an 8-bit encoding, but its bytes are UTF-8
    /// with non-ASCII characters: the declaration is wrong.
    pub mislabeled: Option<Mislabel>,
}

/// A PEP 263 declaration the content contradicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mislabel {
    /// The declared encoding, as written.
    pub declared: String,
    /// The first non-ASCII character, as the UTF-8 bytes mean it.
    pub meant: String,
    /// The same bytes, as the declared encoding reads them.
    pub read_as: String,
}

/// Why a file is not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText {
    pub message: String,
    /// Byte offset of the first offending byte, when there is one.
    pub offset: Option<usize>,
}

/// How many leading bytes are inspected for NUL bytes (git's heuristic).
const BINARY_SNIFF: usize = 8000;

/// How `lang`'s files are decoded (its backend's rules; UTF-8 and UTF-16
/// with a byte order mark for the others).
fn encoding_of(lang: Option<Language>) -> crate::lang::Encoding {
    lang.and_then(|l| l.backend())
        .map(|b| b.encoding())
        .unwrap_or(crate::lang::Encoding {
            utf16: true,
            ..Default::default()
        })
}

pub fn decode(bytes: &[u8], lang: Option<Language>) -> Result<Text<'_>, NotText> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return decode_utf16(bytes, lang);
    }
    if let Some(pos) = memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF)]) {
        return Err(NotText {
            message: format!("binary content: a NUL byte at byte {pos}"),
            offset: Some(pos),
        });
    }
    let encoding = encoding_of(lang);
    if encoding.declarations {
        if let Some(declared) = python_declared_encoding(bytes) {
            if !is_utf8_label(&declared) {
                let mut text = decode_declared(bytes, &declared)?;
                text.mislabeled = mislabel(bytes, &declared, &text.text);
                return Ok(text);
            }
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Text {
            skip: if text.starts_with('\u{feff}') { 3 } else { 0 },
            text: Cow::Borrowed(text),
            transcoded_from: None,
            mislabeled: None,
        }),
        Err(e) => {
            let at = e.valid_up_to();
            let hint = encoding.not_utf8_hint;
            Err(NotText {
                message: format!(
                    "not valid UTF-8: byte 0x{:02X} at byte {at} does not start a valid sequence{hint}",
                    bytes[at]
                ),
                offset: Some(at),
            })
        }
    }
}

fn decode_utf16(bytes: &[u8], lang: Option<Language>) -> Result<Text<'_>, NotText> {
    let (encoding, name) = if bytes[0] == 0xFF {
        (encoding_rs::UTF_16LE, "UTF-16LE")
    } else {
        (encoding_rs::UTF_16BE, "UTF-16BE")
    };
    if !encoding_of(lang).utf16 {
        let display = lang.map_or("this", |l| l.spec().display_name.as_str());
        return Err(NotText {
            message: format!(
                "{name} text (byte order mark {:02X} {:02X}): {display} source must be UTF-8{}",
                bytes[0],
                bytes[1],
                if encoding_of(lang).declarations {
                    " or declare an 8-bit encoding"
                } else {
                    ""
                }
            ),
            offset: Some(0),
        });
    }
    let (text, had_errors) = encoding.decode_with_bom_removal(bytes);
    if had_errors {
        return Err(NotText {
            message: format!("{name} byte order mark, but the content is not valid {name}"),
            offset: Some(0),
        });
    }
    if text.contains('\0') {
        return Err(NotText {
            message: format!("binary content: a NUL character in {name} text"),
            offset: None,
        });
    }
    Ok(Text {
        text: Cow::Owned(text.into_owned()),
        skip: 0,
        transcoded_from: Some(name),
        mislabeled: None,
    })
}

fn is_utf8_label(label: &str) -> bool {
    let l = label.to_ascii_lowercase().replace('_', "-");
    l == "utf-8" || l == "utf8" || l.starts_with("utf-8-") || l == "utf-8-sig"
}

/// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2 (line 2
/// only when line 1 is blank or a comment).
pub fn python_declared_encoding(bytes: &[u8]) -> Option<String> {
    declaration(bytes).map(|(_, name)| name)
}

/// The PEP 263 declaration: the byte offset of its `coding`, and the name.
fn declaration(bytes: &[u8]) -> Option<(usize, String)> {
    let mut lines = bytes.split_inclusive(|b| *b == b'\n');
    let first = lines.next()?;
    if let Some(found) = coding_at(first) {
        return Some(found);
    }
    let first_trim = trim_ascii(first);
    if !(first_trim.is_empty() || first_trim.starts_with(b"#")) {
        return None;
    }
    coding_at(lines.next()?).map(|(at, name)| (first.len() + at, name))
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace() && *c != 0x0C);
    match start {
        Some(s) => &b[s..],
        None => &[],
    }
}

/// PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line: the
/// offset of `coding` in `line`, and the name.
fn coding_at(line: &[u8]) -> Option<(usize, String)> {
    let trimmed = trim_ascii(line);
    if !trimmed.starts_with(b"#") {
        return None;
    }
    let lead = line.len() - trimmed.len();
    let mut from = 0;
    while let Some(p) = trimmed[from..].windows(6).position(|w| w == b"coding") {
        let pos = from + p;
        from = pos + 6;
        let rest = &trimmed[pos + 6..];
        let Some(rest) = rest.strip_prefix(b":").or_else(|| rest.strip_prefix(b"=")) else {
            continue;
        };
        let name: Vec<u8> = rest
            .iter()
            .skip_while(|c| **c == b' ' || **c == b'\t')
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
            .copied()
            .collect();
        if name.is_empty() {
            continue;
        }
        return String::from_utf8(name).ok().map(|n| (lead + pos, n));
    }
    None
}

/// Where the PEP 263 declaration's `coding` is in `text` (line 1, or line 2
/// when line 1 is blank or a comment): a byte offset.
pub fn declaration_offset(text: &str) -> Option<usize> {
    declaration(text.as_bytes()).map(|(at, _)| at)
}

/// A declared 8-bit encoding that the bytes contradict: they are valid
/// UTF-8 with non-ASCII characters, which in an 8-bit encoding is all but
/// impossible by chance (`é` is `Ã©` in Latin-1). Python reads such a file
/// without error, and every non-ASCII string wrong.
fn mislabel(bytes: &[u8], declared: &str, decoded: &str) -> Option<Mislabel> {
    let utf8 = std::str::from_utf8(bytes).ok()?;
    let (at, meant) = utf8.char_indices().find(|(_, c)| !c.is_ascii())?;
    // Single-byte encodings only: byte i is character i of `decoded`.
    if decoded.chars().count() != bytes.len() {
        return None;
    }
    Some(Mislabel {
        declared: declared.to_string(),
        meant: meant.to_string(),
        read_as: decoded.chars().skip(at).take(meant.len_utf8()).collect(),
    })
}

/// Bytes that Python's codec for each Windows code page cannot decode
/// (`bytes([b]).decode("cp1252")` fails), by encoding_rs's name for it.
const PYTHON_UNDEFINED: &[(&str, &[u8])] = &[
    ("windows-1250", &[0x81, 0x83, 0x88, 0x90, 0x98]),
    ("windows-1251", &[0x98]),
    ("windows-1252", &[0x81, 0x8D, 0x8F, 0x90, 0x9D]),
    (
        "windows-1253",
        &[
            0x81, 0x88, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x98, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F,
            0xAA, 0xD2, 0xFF,
        ],
    ),
    ("windows-1254", &[0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E]),
    (
        "windows-1255",
        &[
            0x81, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xCA, 0xD9,
            0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFB, 0xFC, 0xFF,
        ],
    ),
    (
        "windows-1257",
        &[
            0x81, 0x83, 0x88, 0x8A, 0x8C, 0x90, 0x98, 0x9A, 0x9C, 0x9F, 0xA1, 0xA5,
        ],
    ),
    (
        "windows-1258",
        &[0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E],
    ),
    (
        "windows-874",
        &[
            0x81, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
            0x90, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xDB, 0xDC, 0xDD, 0xDE, 0xFC,
            0xFD, 0xFE, 0xFF,
        ],
    ),
];

fn decode_declared<'a>(bytes: &'a [u8], declared: &str) -> Result<Text<'a>, NotText> {
    let norm = declared.to_ascii_lowercase().replace('_', "-");
    // Latin-1 maps each byte to the code point of the same value: decode it
    // exactly (WHATWG's `latin1` label means windows-1252, which differs).
    if matches!(
        norm.as_str(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819"
    ) {
        let text: String = bytes.iter().map(|b| *b as char).collect();
        return Ok(Text {
            text: Cow::Owned(text),
            skip: 0,
            transcoded_from: Some("ISO-8859-1"),
            mislabeled: None,
        });
    }
    if norm == "ascii" || norm == "us-ascii" {
        return match bytes.iter().position(|b| !b.is_ascii()) {
            None => Ok(Text {
                text: Cow::Borrowed(std::str::from_utf8(bytes).expect("ASCII is UTF-8")),
                skip: 0,
                transcoded_from: None,
                mislabeled: None,
            }),
            Some(at) => Err(NotText {
                message: format!(
                    "declares `coding: {declared}` but byte 0x{:02X} at byte {at} is not ASCII",
                    bytes[at]
                ),
                offset: Some(at),
            }),
        };
    }
    let label = norm
        .strip_prefix("cp")
        .filter(|n| n.chars().all(|c| c.is_ascii_digit()))
        .map(|n| format!("windows-{n}"))
        .unwrap_or_else(|| norm.clone());
    let Some(encoding) = encoding_rs::Encoding::for_label(label.as_bytes())
        .or_else(|| encoding_rs::Encoding::for_label(norm.as_bytes()))
    else {
        return Err(NotText {
            message: format!("declares an encoding gencheck does not know: `coding: {declared}`"),
            offset: None,
        });
    };
    // WHATWG's windows-125x (encoding_rs) give the bytes Python's codecs
    // leave undefined a meaning; Python refuses the file.
    if let Some((_, undefined)) = PYTHON_UNDEFINED
        .iter()
        .find(|(name, _)| *name == encoding.name())
    {
        if let Some(at) = bytes.iter().position(|b| undefined.contains(b)) {
            return Err(NotText {
                message: format!(
                    "declares `coding: {declared}` but byte 0x{:02X} at byte {at} is undefined in it (Python cannot decode the file)",
                    bytes[at]
                ),
                offset: Some(at),
            });
        }
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(NotText {
            message: format!(
                "declares `coding: {declared}` but is not valid {}",
                encoding.name()
            ),
            offset: None,
        });
    }
    Ok(Text {
        text: Cow::Owned(text.into_owned()),
        skip: 0,
        transcoded_from: Some(encoding.name()),
        mislabeled: None,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn bytes_pythons_windows_codecs_leave_undefined_are_not_text() {
        // 0x81 is undefined in Python's cp1252 (WHATWG maps it to U+0081).
        let src = b"# -*- coding: cp1252 -*-\nmsg = 'done \xf0\x9f\x98\x81'\n";
        let err = decode(src, Some(Language::Python)).unwrap_err();
        assert!(err.message.contains("0x81"), "{}", err.message);
        assert!(decode(b"# coding: cp1252\nx = '\x80'\n", Some(Language::Python)).is_ok());
    }

    #[test]
    fn the_declaration_is_the_coding_that_pep263_matches() {
        let src = "#!/usr/bin/env python3  # for decoding\n# -*- coding: latin-1 -*-\n";
        assert_eq!(
            python_declared_encoding(src.as_bytes()).as_deref(),
            Some("latin-1")
        );
        assert_eq!(declaration_offset(src), Some(src.find("coding:").unwrap()));
        let second = "# decoding, then coding=cp1252\n";
        assert_eq!(
            python_declared_encoding(second.as_bytes()).as_deref(),
            Some("cp1252")
        );
        assert_eq!(
            declaration_offset(second),
            Some(second.find("coding=").unwrap())
        );
        assert_eq!(declaration_offset("x = 1\n# coding: latin-1\n"), None);
    }

    #[test]
    fn utf8_content_under_a_latin1_declaration_is_mislabeled() {
        let src = "# -*- coding: latin-1 -*-\ns = 'caf\u{e9}'\n".as_bytes();
        let t = decode(src, Some(Language::Python)).unwrap();
        assert_eq!(
            t.mislabeled,
            Some(Mislabel {
                declared: "latin-1".into(),
                meant: "\u{e9}".into(),
                read_as: "\u{c3}\u{a9}".into(),
            })
        );
        let cp1252 = "# coding: cp1252\nx = '\u{2603}'\n".as_bytes();
        assert!(decode(cp1252, Some(Language::Python))
            .unwrap()
            .mislabeled
            .is_some());
        // Real Latin-1 bytes, and pure ASCII, are what they declare.
        let real = b"# coding: latin-1\ns = 'caf\xe9'\n";
        assert_eq!(
            decode(real, Some(Language::Python)).unwrap().mislabeled,
            None
        );
        let ascii = b"# coding: latin-1\ns = 'cafe'\n";
        assert_eq!(
            decode(ascii, Some(Language::Python)).unwrap().mislabeled,
            None
        );
    }
    use super::*;

    #[test]
    fn pep263_latin1_decodes() {
        let src = b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n";
        let t = decode(src, Some(Language::Python)).unwrap();
        assert!(t.text.contains("été"));
        assert_eq!(t.transcoded_from, Some("ISO-8859-1"));
    }

    #[test]
    fn declaration_on_line_two_after_shebang() {
        let src = b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n";
        let t = decode(src, Some(Language::Python)).unwrap();
        assert!(t.text.contains('€'));
    }

    #[test]
    fn declaration_after_code_is_ignored() {
        let src = b"x = 1\n# coding: latin-1\ny = '\xe9'\n";
        assert!(decode(src, Some(Language::Python)).is_err());
    }

    #[test]
    fn invalid_utf8_and_nul_are_not_text() {
        let e = decode(b"select 1;\xff\n", Some(Language::Sql)).unwrap_err();
        assert_eq!(e.offset, Some(9));
        let e = decode(b"ab\0cd", None).unwrap_err();
        assert_eq!(e.offset, Some(2));
    }

    #[test]
    fn utf16_sql_decodes_but_python_does_not() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "SELECT 1;".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes, Some(Language::Sql)).unwrap().text,
            "SELECT 1;"
        );
        assert!(decode(&bytes, Some(Language::Python)).is_err());
    }

    #[test]
    fn bom_is_skipped() {
        let t = decode("\u{feff}x = 1\n".as_bytes(), Some(Language::Python)).unwrap();
        assert_eq!(t.skip, 3);
    }
}
