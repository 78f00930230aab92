//! Work on many texts at once, on every core, with the GIL released.
//!
//! Python threads cannot run Rust in parallel while they hold the GIL, and
//! a process pool pays to pickle every text. The batch functions read the
//! texts' UTF-8 (GIL held, no copy), release the GIL, and share the texts
//! among scoped threads that take the next unclaimed text in small chunks
//! (texts differ in length, so a fixed split would leave threads idle);
//! the GIL is taken again only to build the Python results.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::text::utf8;

/// The batch functions' frame: `work` on the UTF-8 of every text, without
/// the GIL, on `threads` threads; then `make` turns each text and its
/// result into the Python object listed for it, in order.
pub(crate) fn over_texts<'a, 'py, R, O>(
    py: Python<'py>,
    texts: &'a [Bound<'py, PyString>],
    threads: Option<usize>,
    work: impl Fn(&'a str) -> R + Sync,
    mut make: impl FnMut(&Bound<'py, PyString>, &'a str, R) -> PyResult<O>,
) -> PyResult<Bound<'py, PyList>>
where
    R: Send,
    O: IntoPyObject<'py>,
{
    let sources = texts.iter().map(utf8).collect::<PyResult<Vec<&'a str>>>()?;
    let results = py.detach(|| map(&sources, threads, |s| work(s)));
    let list = PyList::empty(py);
    for ((text, &source), result) in texts.iter().zip(&sources).zip(results) {
        list.append(make(text, source, result)?)?;
    }
    Ok(list)
}

/// How many threads: `threads` when given (at least 1), else every core,
/// never more than there are texts.
fn thread_count(threads: Option<usize>, texts: usize) -> usize {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    threads.unwrap_or(cores).max(1).min(texts.max(1))
}

/// `f` applied to every text, in order, on `threads` threads.
pub(crate) fn map<T, R, F>(items: &[T], threads: Option<usize>, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let n = thread_count(threads, items.len());
    if n <= 1 {
        return items.iter().map(&f).collect();
    }
    // Chunks small enough to balance, large enough that claiming one costs
    // nothing next to the work.
    let chunk = (items.len() / (n * 8)).clamp(1, 64);
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Vec<R>)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..n {
            scope.spawn(|| loop {
                let from = next.fetch_add(chunk, Ordering::Relaxed);
                if from >= items.len() {
                    break;
                }
                let to = (from + chunk).min(items.len());
                let results: Vec<R> = items[from..to].iter().map(&f).collect();
                // A poisoned lock means another thread panicked; its panic
                // is resumed when the scope ends.
                if let Ok(mut done) = done.lock() {
                    done.push((from, results));
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(from, _)| *from);
    done.into_iter().flat_map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_inputs() {
        let items: Vec<usize> = (0..1000).collect();
        for threads in [None, Some(1), Some(3), Some(64)] {
            let out = map(&items, threads, |&i| i * 2);
            assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        }
        assert!(map(&[] as &[usize], None, |&i| i).is_empty());
    }
}
