//! The benchmark corpus, shared by the benchmarks.

const FALLBACK: &str = include_str!("../../examples/sample.txt");

/// The file named by `ITALIANO_BENCH_CORPUS` (its name and text), or the
/// embedded sample of the `analyze` example when the variable is unset.
pub fn corpus() -> (String, String) {
    match std::env::var("ITALIANO_BENCH_CORPUS") {
        Ok(path) => {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
            let name = std::path::Path::new(&path)
                .file_name()
                .map_or(path.clone(), |n| n.to_string_lossy().into_owned());
            (name, text)
        }
        Err(_) => ("sample".to_owned(), FALLBACK.to_owned()),
    }
}
