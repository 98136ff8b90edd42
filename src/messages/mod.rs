//! Messages: what qostil says to a person, as data until it is shown.
//!
//! A finding, a diff sentence or a diagnostic carries a [`Message`]: a
//! typed id ([`Msg`]) and named arguments ([`Arg`]). Its text is made only
//! when a report is written, by a [`Catalogue`] of the reader's language
//! passed to the emitter: one process can answer a Russian and a Kazakh
//! user, and nothing but the catalogue decides the words.
//!
//! Templates (in [`catalogue`]) name their arguments `{name}`, with an
//! optional form `{name:form}` that the argument's kind interprets in the
//! language of the catalogue:
//! - a clause ([`Arg::Clause`]) takes a case: `{clause:gen}` is `пункта 4.2`
//!   in Russian, `{clause:dat}` is `4.2-тармаққа` in Kazakh, `{clause:poss}`
//!   the possessed Kazakh form `4.2-тармағы`;
//! - a number ([`Arg::Num`]) takes a Kazakh case ending by vowel harmony:
//!   `{prev:abl}` is `4.6-дан`;
//! - a language ([`Arg::Lang`], [`Arg::BothLangs`]) takes a phrase:
//!   `text`, `text-of`, `text-in`, `text-to`, `text-from`, `label`, `name`;
//! - a count ([`Arg::Count`]) takes plural words: `{n:pl=ошибка|ошибки|ошибок}`
//!   (two words in English, three in Russian) gives `5 ошибок`.
//!
//! A form beginning with a capital letter capitalises the text
//! (`{clause:Nom}` is `Пункт 4.2` at the start of a sentence).

pub mod catalogue;
mod forms;

pub use catalogue::Msg;

use crate::lang::Lang;

/// Language of the interface (not of the contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum UiLang {
    /// English (default).
    #[default]
    En,
    /// Russian.
    Ru,
    /// Kazakh.
    Kk,
}

impl UiLang {
    /// All interface languages.
    pub const ALL: [UiLang; 3] = [UiLang::En, UiLang::Ru, UiLang::Kk];

    /// The language code (`en`, `ru`, `kk`).
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Ru => "ru",
            UiLang::Kk => "kk",
        }
    }

    /// Parse a language code.
    pub fn parse(s: &str) -> Option<UiLang> {
        match s.trim() {
            "en" => Some(UiLang::En),
            "ru" => Some(UiLang::Ru),
            "kk" => Some(UiLang::Kk),
            _ => None,
        }
    }
}

/// How a clause is named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClauseRef {
    /// A numbered clause (`4.2`).
    Number(String),
    /// A clause without a number.
    Unnumbered,
    /// An unnumbered paragraph, named by its line.
    Line(u32),
}

impl ClauseRef {
    /// A clause by its number, when it has one.
    pub fn of(number: Option<String>) -> ClauseRef {
        match number {
            Some(n) => ClauseRef::Number(n),
            None => ClauseRef::Unnumbered,
        }
    }

    /// A clause by its number, else the paragraph at `line`.
    pub fn or_line(number: Option<&str>, line: u32) -> ClauseRef {
        match number {
            Some(n) => ClauseRef::Number(n.to_string()),
            None => ClauseRef::Line(line),
        }
    }
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Arg {
    /// Text shown as it is: quotes from the contract, figures, file names.
    Text(String),
    /// A number as written (`4.6`); Kazakh case endings attach to it.
    Num(String),
    /// A count; plural words agree with it.
    Count(u64),
    /// One language of the contract.
    Lang(Lang),
    /// Both languages of the contract.
    BothLangs,
    /// A clause.
    Clause(ClauseRef),
    /// Another message, made in the same language.
    Msg(Box<Message>),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Lang> for Arg {
    fn from(l: Lang) -> Arg {
        Arg::Lang(l)
    }
}

impl From<ClauseRef> for Arg {
    fn from(c: ClauseRef) -> Arg {
        Arg::Clause(c)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(Message::new(m)))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as u64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Count(u64::from(n))
    }
}

/// A message: an id and its arguments; text only through a [`Catalogue`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Message {
    /// What is said.
    pub id: Msg,
    /// The named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments (yet).
    pub fn new(id: Msg) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Add an argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The value of an argument.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
}

impl From<Msg> for Message {
    fn from(m: Msg) -> Message {
        Message::new(m)
    }
}

/// The messages in one interface language: the value emitters are given to
/// make text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Catalogue {
    lang: UiLang,
}

impl Catalogue {
    /// The catalogue of a language.
    pub fn new(lang: UiLang) -> Catalogue {
        Catalogue { lang }
    }

    /// Its language.
    pub fn lang(&self) -> UiLang {
        self.lang
    }

    /// The text of a message.
    pub fn text(&self, m: &Message) -> String {
        let template = m.id.template(self.lang);
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let spec = &after[..close];
            let (name, form) = spec.split_once(':').unwrap_or((spec, ""));
            match m.arg(name) {
                Some(v) => out.push_str(&self.arg(v, form)),
                None => {
                    out.push('{');
                    out.push_str(spec);
                    out.push('}');
                }
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// The text of a message without arguments.
    pub fn get(&self, id: Msg) -> String {
        self.text(&Message::new(id))
    }

    /// One argument in a form.
    fn arg(&self, v: &Arg, form: &str) -> String {
        let cap = form.chars().next().is_some_and(char::is_uppercase);
        let lower = if cap {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let s = match v {
            Arg::Text(s) => return s.clone(),
            Arg::Msg(m) => self.text(m),
            Arg::Num(n) => forms::number(self.lang, n, &lower),
            Arg::Count(n) => forms::count(self.lang, *n, form),
            Arg::Lang(l) => forms::lang(self.lang, Some(*l), &lower),
            Arg::BothLangs => forms::lang(self.lang, None, &lower),
            Arg::Clause(c) => forms::clause(self.lang, c, &lower),
        };
        if cap {
            capitalise(&s)
        } else {
            s
        }
    }
}

/// An error told as a message of the catalogue: the command line shows it
/// in the reader's language; plain `Display` is English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said(pub Message);

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Catalogue::default().text(&self.0))
    }
}

impl std::error::Error for Said {}

impl Message {
    /// This message as an error.
    pub fn error(self) -> Said {
        Said(self)
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
