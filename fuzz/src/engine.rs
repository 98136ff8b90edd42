//! A small mutation fuzzer on stable Rust: seeds from the project's
//! fixtures, the shared corpus and earlier crash inputs, mutated by a
//! seeded random generator (byte and token edits, splices, repeated runs)
//! and fed to a target under `catch_unwind`. A panic, or an input that
//! takes longer than the slow limit, is kept as an artifact; the
//! regression test replays every kept input.
//!
//! Standard library only, so the same file serves the `fuzz/` package and
//! the short run in the test suite.

use std::collections::BTreeSet;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::{Duration, Instant};

/// Tokens the mutator inserts: the shapes qostil's readers care about.
const TOKENS: &[&str] = &[
    "1.",
    "1.1.",
    "2.3 ",
    "4.1.6.",
    "12)",
    "а)",
    "» 2.3",
    "«",
    "»",
    "\n",
    "\n\n",
    "\t",
    " ",
    "№",
    "п.",
    "ст.",
    "-тармақ",
    "-бабы",
    "тармағында",
    "%",
    "0,5%",
    "10 (десяти)",
    "10 (он)",
    "рабочих дней",
    "календарных дней",
    "жұмыс күні",
    "теңге",
    "тенге",
    "000",
    " 000 ",
    "2026 жылғы",
    "«1» декабря 2026 года",
    "БИН",
    "БСН",
    "ИИК",
    "ЖСК",
    "KZ",
    "___",
    "+7",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "{#id}",
    "{{ ref(id=\"x\") }}",
    "{% raw %}",
    "{% endraw %}",
    "# ",
    "## ",
    "- ",
    "* ",
    "|",
    "<p>",
    "</p>",
    "<br>",
    "**",
    "ә",
    "і",
    "ə",
    "i",
    "ԥ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\r\n",
    "\u{1b}[",
    "ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ",
    "{% include \"kk.md\" %}",
    "{% set x = 1 %}",
    "{{ x }}",
    "{% if x %}",
    "{% endif %}",
    "{% for i in [1, 2] %}",
    "{% endfor %}",
    "1.1.1.1.1.1.1.1.1.1.1.1.1.",
    "десять",
    "двадцати",
    "он",
    "жиырма",
    "миллион",
    "целых",
    "сотых",
    "[",
    "]",
    "(",
    ")",
];

/// A seeded xorshift generator: the same seed gives the same run.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (zero is moved off zero).
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15 | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// One mutation of `data`, with `other` as material for splices.
pub fn mutate(data: &mut Vec<u8>, other: &[u8], rng: &mut Rng, max_len: usize) {
    let len = data.len();
    match rng.below(11) {
        0 if len > 0 => {
            let i = rng.below(len);
            data[i] ^= 1 << rng.below(8);
        }
        1 => {
            let i = rng.below(len + 1);
            data.insert(i, rng.below(256) as u8);
        }
        2 | 3 => {
            let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
            let i = rng.below(len + 1);
            data.splice(i..i, t.iter().copied());
        }
        4 if len > 0 => {
            let a = rng.below(len);
            let b = (a + 1 + rng.below(64)).min(len);
            data.drain(a..b);
        }
        5 if len > 0 => {
            // Repeat a run many times: finds work that grows faster than
            // the input.
            let a = rng.below(len);
            let b = (a + 1 + rng.below(32)).min(len);
            let run = data[a..b].to_vec();
            let most = if rng.below(8) == 0 { 2_000 } else { 16 };
            let times = 1 + rng.below(most);
            let at = b;
            let rep: Vec<u8> = run
                .iter()
                .copied()
                .cycle()
                .take(run.len() * times)
                .collect();
            data.splice(at..at, rep);
        }
        6 if !other.is_empty() => {
            // Splice a piece of another input.
            let a = rng.below(other.len());
            let b = (a + 1 + rng.below(512)).min(other.len());
            let i = rng.below(len + 1);
            data.splice(i..i, other[a..b].iter().copied());
        }
        7 if len > 0 => {
            data.truncate(rng.below(len));
        }
        8 if len > 1 => {
            // Swap two lines' worth of bytes.
            let a = rng.below(len);
            let b = rng.below(len);
            data.swap(a, b);
        }
        9 if len > 0 => {
            // A digit changed, or a letter made a look-alike.
            let i = rng.below(len);
            data[i] = b"0123456789.)-"[rng.below(13)];
        }
        _ => {
            let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
            data.extend_from_slice(t);
        }
    }
    if data.len() > max_len {
        data.truncate(max_len);
    }
}

/// Seed inputs: files under the given folders (recursively), each cut to
/// at most `max_len` bytes, in a stable order.
pub fn seeds(dirs: &[PathBuf], exts: &[&str], max_len: usize) -> Vec<Vec<u8>> {
    let mut files = BTreeSet::new();
    for d in dirs {
        walk(d, exts, &mut files, 0);
    }
    files
        .into_iter()
        .filter_map(|f| fs::read(&f).ok())
        .map(|mut b| {
            b.truncate(max_len);
            b
        })
        .collect()
}

fn walk(dir: &Path, exts: &[&str], out: &mut BTreeSet<PathBuf>, depth: usize) {
    if depth > 8 {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        if dir.is_file() {
            out.insert(dir.to_path_buf());
        }
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() {
            walk(&p, exts, out, depth + 1);
        } else if kind.is_file() {
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
            if exts.is_empty() || exts.contains(&ext) {
                out.insert(p);
            }
        }
    }
}

/// What went wrong with one input.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The panic message and place, or the time taken.
    pub what: String,
    /// The input.
    pub input: Vec<u8>,
}

thread_local! {
    /// Whether this thread is running a target (its panics are findings).
    static FUZZING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The message of the last panic of a target on this thread.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Keep the message of a target's panic instead of printing it; other
/// panics (a failing test) print as before.
pub fn quiet_panics() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !FUZZING.with(|f| f.get()) {
                previous(info);
                return;
            }
            let place = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            LAST_PANIC.with(|l| *l.borrow_mut() = Some(format!("panic at {place}: {msg}")));
        }));
    });
}

/// Run the target on one input; `Err` on a panic (or a slow run).
pub fn run_one(target: fn(&[u8]), input: &[u8], slow: Duration) -> Result<Duration, String> {
    let t = Instant::now();
    FUZZING.with(|f| f.set(true));
    let r = panic::catch_unwind(AssertUnwindSafe(|| target(input)));
    FUZZING.with(|f| f.set(false));
    let took = t.elapsed();
    match r {
        Ok(()) if took > slow => Err(format!("slow: {:.1} s", took.as_secs_f64())),
        Ok(()) => Ok(took),
        Err(_) => Err(LAST_PANIC
            .with(|l| l.borrow_mut().take())
            .unwrap_or_else(|| "panic".to_string())),
    }
}

/// Settings of a campaign.
#[derive(Debug, Clone)]
pub struct Campaign {
    /// Stop after this long.
    pub duration: Duration,
    /// Random seed.
    pub seed: u64,
    /// Longest input tried.
    pub max_len: usize,
    /// A run longer than this is a failure.
    pub slow: Duration,
}

/// Totals of a campaign.
#[derive(Debug, Default)]
pub struct Totals {
    /// Inputs run.
    pub execs: u64,
    /// Failures, one per distinct message.
    pub failures: Vec<Failure>,
}

/// Run seeds first, then mutations of them, until the time is up.
pub fn campaign(target: fn(&[u8]), seeds: &[Vec<u8>], c: &Campaign) -> Totals {
    let mut totals = Totals::default();
    let mut seen = BTreeSet::new();
    let mut pool: Vec<Vec<u8>> = if seeds.is_empty() {
        vec![Vec::new()]
    } else {
        seeds.to_vec()
    };
    let mut record = |totals: &mut Totals, what: String, input: &[u8]| {
        // One failure per message without its numbers (slow runs differ
        // only by time).
        let key: String = what.chars().filter(|c| !c.is_ascii_digit()).collect();
        if seen.insert(key) {
            totals.failures.push(Failure {
                what,
                input: input.to_vec(),
            });
        }
    };
    for s in seeds {
        totals.execs += 1;
        if let Err(what) = run_one(target, s, c.slow) {
            record(&mut totals, what, s);
        }
    }
    let start = Instant::now();
    let mut rng = Rng::new(c.seed);
    while start.elapsed() < c.duration {
        let base = rng.below(pool.len());
        let other = rng.below(pool.len());
        let mut input = pool[base].clone();
        let other_input = pool[other].clone();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut input, &other_input, &mut rng, c.max_len);
        }
        totals.execs += 1;
        match run_one(target, &input, c.slow) {
            Ok(_) => {
                // Keep some survivors as new material, the pool bounded.
                if rng.below(16) == 0 {
                    if pool.len() < 4_096 {
                        pool.push(input);
                    } else {
                        let i = rng.below(pool.len());
                        pool[i] = input;
                    }
                }
            }
            Err(what) => record(&mut totals, what, &input),
        }
    }
    totals
}

/// A short stable name for an input: FNV-1a of its bytes.
pub fn name_of(input: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in input {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
