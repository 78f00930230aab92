//! The example programs as a user runs them: help, usage errors, missing
//! files, invalid UTF-8, empty input, standard input. Each runs as a
//! process (cargo builds the examples before the tests).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// An example: its name, every option its help must mention, a bad value
/// for one of them, and whether it takes `--lossy`.
struct Example {
    name: &'static str,
    options: &'static [&'static str],
    bad_value: &'static [&'static str],
    lossy: bool,
    /// Arguments before the input (a query).
    leading: &'static [&'static str],
}

const EXAMPLES: &[Example] = &[
    Example {
        name: "analyze",
        options: &["--reference", "--lossy", "--help"],
        bad_value: &["--reference", "2023-02-29"],
        lossy: true,
        leading: &[],
    },
    Example {
        name: "normalize",
        options: &[
            "--style", "--repair", "--lines", "--edits", "--lossy", "--help",
        ],
        bad_value: &["--style=curly"],
        lossy: true,
        leading: &[],
    },
    Example {
        name: "tokenize",
        options: &[
            "--format",
            "--lines",
            "--ud",
            "--split-hyphens",
            "--lossy",
            "--help",
        ],
        bad_value: &["--format", "xml"],
        lossy: true,
        leading: &[],
    },
    Example {
        name: "extract",
        options: &["--reference", "--lines", "--lossy", "--help"],
        bad_value: &["--reference=2024-13-01"],
        lossy: true,
        leading: &[],
    },
    Example {
        name: "corpus",
        options: &[
            "--lines",
            "--reference",
            "--normalized",
            "--tokens",
            "--skip-invalid",
            "--lossy",
            "--help",
        ],
        bad_value: &["--reference", "ieri"],
        lossy: true,
        leading: &[],
    },
    #[cfg(feature = "tantivy")]
    Example {
        name: "search",
        options: &["--limit", "--keep-elisions", "--lossy", "--help"],
        bad_value: &["--limit", "molti"],
        lossy: true,
        leading: &["Italia"],
    },
];

fn binary(name: &str) -> PathBuf {
    let mut path = std::env::current_exe().expect("the test's path");
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.join("examples").join(name)
}

fn run(example: &Example, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary(example.name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", example.name));
    let mut input = child.stdin.take().expect("stdin");
    // An example given a file may end before it would read standard
    // input: a broken pipe here is no failure.
    if let Err(e) = input.write_all(stdin) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "{}: {e}",
            example.name
        );
    }
    drop(input);
    child.wait_with_output().expect("the example ran")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Exit code 0, or the example's standard error in the failure.
fn assert_success(example: &Example, out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}: {}",
        example.name,
        text(&out.stderr)
    );
}

fn with_leading<'a>(example: &'a Example, rest: &[&'a str]) -> Vec<&'a str> {
    example
        .leading
        .iter()
        .copied()
        .chain(rest.iter().copied())
        .collect()
}

#[test]
fn help_is_complete_on_standard_output() {
    for example in EXAMPLES {
        for flag in ["--help", "-h"] {
            let out = run(example, &[flag], b"");
            let stdout = text(&out.stdout);
            assert_eq!(out.status.code(), Some(0), "{} {flag}", example.name);
            assert!(
                out.stderr.is_empty(),
                "{} {flag}: {}",
                example.name,
                text(&out.stderr)
            );
            assert!(stdout.starts_with("usage: "), "{}", example.name);
            for option in example.options {
                assert!(
                    stdout.contains(option),
                    "{} --help lacks {option}",
                    example.name
                );
            }
            assert!(
                stdout.contains("Exit codes"),
                "{} --help lacks the exit codes",
                example.name
            );
        }
    }
}

#[test]
fn usage_errors_are_one_line_and_exit_2() {
    for example in EXAMPLES {
        for args in [&["--no-such-option"][..], example.bad_value] {
            let out = run(example, &with_leading(example, args), b"");
            let stderr = text(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{} {args:?}: {stderr}",
                example.name
            );
            assert_eq!(
                stderr.lines().count(),
                1,
                "{} {args:?}: {stderr}",
                example.name
            );
            assert!(
                stderr.starts_with(&format!("{}: ", example.name)),
                "{stderr}"
            );
            assert!(out.stdout.is_empty(), "{} {args:?}", example.name);
        }
    }
}

#[test]
fn a_missing_file_is_named_and_exits_1() {
    let missing = "/nonexistent/notizie-2024.txt";
    for example in EXAMPLES {
        let out = run(example, &with_leading(example, &[missing]), b"");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", example.name);
        assert!(stderr.contains(missing), "{}: {stderr}", example.name);
    }
}

#[test]
fn invalid_utf8_is_reported_or_replaced() {
    let input = b"Il 3 maggio.\n\nPerch\xe9 no?\n";
    for example in EXAMPLES {
        let out = run(example, &with_leading(example, &["-"]), input);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", example.name);
        assert!(
            stderr.contains("invalid UTF-8 at line 3 (byte 19)"),
            "{}: {stderr}",
            example.name
        );
        if example.lossy {
            let out = run(example, &with_leading(example, &["--lossy", "-"]), input);
            assert_eq!(out.status.code(), Some(0), "{} --lossy", example.name);
            assert!(
                text(&out.stderr).contains("U+FFFD"),
                "{} --lossy",
                example.name
            );
            // What prints the text shows the replacement character.
            let shows_text = matches!(example.name, "analyze" | "normalize" | "tokenize");
            assert!(
                !shows_text || text(&out.stdout).contains('\u{FFFD}'),
                "{}",
                example.name
            );
        }
    }
}

#[test]
fn empty_input_is_fine() {
    for example in EXAMPLES {
        let out = run(example, &with_leading(example, &["-"]), b"");
        assert_success(example, &out);
    }
}

#[test]
fn standard_input_dash_and_a_file_agree() {
    let input = "«Dal 3 al 5 marzo» costa 12 euro; l'ha detto ieri.\n\nPoi e' partito.\n";
    let path = std::env::temp_dir().join(format!("italiano-cli-{}.txt", std::process::id()));
    std::fs::write(&path, input).expect("a temporary file");
    let file = path.to_str().expect("a UTF-8 path");
    for example in EXAMPLES {
        // Relative dates against a fixed day, so that the runs agree.
        let fixed: &[&str] = match example.name {
            "analyze" | "extract" | "corpus" => &["--reference", "2024-06-18"],
            _ => &[],
        };
        let outputs: Vec<Vec<u8>> = [None, Some("-"), Some(file)]
            .into_iter()
            .map(|source| {
                let mut args = with_leading(example, fixed);
                args.extend(source);
                let out = run(example, &args, input.as_bytes());
                assert_success(example, &out);
                out.stdout
            })
            .collect();
        // `analyze` and `search` without a file read their embedded sample.
        let from = if matches!(example.name, "analyze" | "search") {
            1
        } else {
            0
        };
        for output in &outputs[from + 1..] {
            if example.name == "analyze" || example.name == "search" {
                // The report names its input.
                let strip = |o: &[u8]| text(o).lines().skip(1).collect::<Vec<_>>().join("\n");
                assert_eq!(strip(output), strip(&outputs[from]), "{}", example.name);
            } else {
                assert_eq!(text(output), text(&outputs[from]), "{}", example.name);
            }
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn tokenize_ud_follows_the_treebanks() {
    let tokenize = EXAMPLES
        .iter()
        .find(|e| e.name == "tokenize")
        .expect("tokenize is listed");
    let input = b"Esito: respinto; la legge 241/1990 sul centro-destra.\n";
    let out = run(tokenize, &[], input);
    assert_success(tokenize, &out);
    assert_eq!(
        text(&out.stdout),
        "Esito : respinto ; la legge 241/1990 sul centro-destra .\n"
    );
    let out = run(tokenize, &["--ud"], input);
    assert_success(tokenize, &out);
    assert_eq!(
        text(&out.stdout),
        "Esito :\nrespinto ;\nla legge 241 / 1990 sul centro - destra .\n"
    );
}
