//! A small pool of threads: apply a function to every item of a slice on
//! up to N threads and get the results back in the order of the items, so
//! that what is printed does not depend on the number of threads.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The number of threads to use when none is asked for: the cores
/// available (1 when that cannot be told).
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The number of threads asked for (0: [`default_threads`]).
pub fn threads(asked: usize) -> usize {
    if asked == 0 {
        default_threads()
    } else {
        asked
    }
}

/// `f` applied to every item, on up to `threads` threads (at least one,
/// never more than there are items); the results in the order of the
/// items. Items are handed out one at a time, so a slow item does not hold
/// up the others.
pub fn map<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(item)));
                    }
                    out
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| match w.join() {
                Ok(out) => out,
                // A worker that panicked passes its panic on.
                Err(p) => std::panic::resume_unwind(p),
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        let square = |x: &u64| x * x;
        let one = map(&items, 1, square);
        for n in [2, 3, 8, 2000] {
            assert_eq!(map(&items, n, square), one);
        }
        assert!(map(&[] as &[u64], 4, square).is_empty());
    }
}
