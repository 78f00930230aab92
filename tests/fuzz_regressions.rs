//! Inputs the fuzzers once failed on, replayed through the same checks the
//! fuzz targets make (`tests/fuzz_checks`). Each file under
//! `tests/fuzz_regressions/<target>/` is one raw fuzz input for that target.

mod fuzz_checks;

use std::fs;
use std::path::Path;

#[test]
fn every_kept_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut replayed = 0;
    for &(target, check) in fuzz_checks::TARGETS {
        let Ok(entries) = fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a readable directory").path();
            let data = fs::read(&path).expect("a readable input");
            check(&data);
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no kept inputs under {}", root.display());
}

/// Every target on inputs no fuzzer needs to find: nothing, one byte of
/// each value, and a few shapes that once were edge cases by design.
#[test]
fn every_target_on_edge_inputs() {
    let mut inputs: Vec<Vec<u8>> = vec![Vec::new()];
    inputs.extend((0..=255u8).map(|b| vec![b]));
    for text in [
        "\u{feff}\"",
        "l'11 settembre",
        "31 febbraio",
        "«»«»",
        "’98",
        "1.234,56 €",
    ] {
        for prefix in [&[0u8][..], &[0x38, 0x02, 0x43, 0x00, 0x01], &[0xff; 5]] {
            inputs.push([prefix, text.as_bytes()].concat());
        }
    }
    for &(_, check) in fuzz_checks::TARGETS {
        for input in &inputs {
            check(input);
        }
    }
}
