//! Comparing the `contract.toml` of two versions of a contract folder:
//! the contract's metadata (id, version, number, date, title, city, print
//! settings) and the parties with their requisites, matched by `key`.
//!
//! The bodies are compared clause by clause elsewhere ([`super::diff`]);
//! the requisites live only here, so a changed account would otherwise go
//! unseen. Each change records the field, the old and new values (per
//! language where the field has two) and the line of its key on each side.
//!
//! Findings:
//! - a per-language field changed in one language only is a
//!   `one-sided-edit` (an error for a party's name, address, bank or
//!   signatory, which then differ between the two texts; a warning for
//!   the title, the city, a role or the running header);
//! - any other change to a party's requisites (IBAN, BIK, bank, BIN, IIN,
//!   address, signatory, name), and a party added or removed, is a
//!   `requisites-changed` warning: the client must see it.
//!
//! Figure definitions (`[figures]`) are listed as changes but give no
//! finding: the clause diff reports each figure where the text prints it,
//! with its own one-sided check, so a figure is never reported twice.
//!
//! Invariant: comparing a `contract.toml` with itself gives no changes.

use super::ChangeKind;
use crate::check::rules::one_sided_edit::RULE as ONE_SIDED_EDIT;
use crate::check::rules::requisites_changed::RULE as REQUISITES_CHANGED;
use crate::check::{Finding, Location, Severity};
use crate::lang::Lang;
use crate::messages::{Arg, Message, Msg};
use crate::source::contract::{ContractMeta, DateLit, KeyLines, PartyDef, PerLang, Seg};

/// One version's `contract.toml`: its file as shown, its text and what it
/// says.
#[derive(Debug, Clone)]
pub struct MetaSource {
    /// The file as given (`old/contract.toml`, `HEAD~1:x/contract.toml`).
    pub file: String,
    /// The text, for the lines of its keys.
    pub text: String,
    /// The parsed metadata.
    pub meta: ContractMeta,
}

impl MetaSource {
    /// Parse the text of a `contract.toml`.
    pub fn parse(file: &str, text: String) -> crate::diag::Result<MetaSource> {
        let meta = ContractMeta::parse(&text, file)?;
        Ok(MetaSource {
            file: file.to_string(),
            text,
            meta,
        })
    }
}

/// A field of `contract.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// `id`.
    Id,
    /// `version`.
    Version,
    /// `number`.
    Number,
    /// `date`.
    Date,
    /// `title`.
    Title,
    /// `city`.
    City,
    /// `print.running_header`.
    RunningHeader,
    /// `print.initials`.
    Initials,
    /// `ru_yo`.
    RuYo,
    /// A whole party (added or removed).
    Party,
    /// `role` of a party.
    Role,
    /// `name` of a party.
    Name,
    /// `address` of a party.
    Address,
    /// `bin`.
    Bin,
    /// `iin`.
    Iin,
    /// `iban`.
    Iban,
    /// `bank`.
    Bank,
    /// `bik`.
    Bik,
    /// `email`.
    Email,
    /// `phone`.
    Phone,
    /// `site`.
    Site,
    /// `signatory`.
    Signatory,
    /// A figure's definition, by name.
    Figure(String),
}

impl Field {
    /// The key in `contract.toml` (`iban`, `running_header`).
    pub fn key(&self) -> &str {
        match self {
            Field::Party => "parties",
            Field::Figure(n) => n,
            f => f.key_static(),
        }
    }

    /// The key of a field that is not a figure (`"figure"` for one).
    pub fn key_static(&self) -> &'static str {
        match self {
            Field::Figure(_) => "figure",
            Field::Id => "id",
            Field::Version => "version",
            Field::Number => "number",
            Field::Date => "date",
            Field::Title => "title",
            Field::City => "city",
            Field::RunningHeader => "running_header",
            Field::Initials => "initials",
            Field::RuYo => "ru_yo",
            Field::Party => "party",
            Field::Role => "role",
            Field::Name => "name",
            Field::Address => "address",
            Field::Bin => "bin",
            Field::Iin => "iin",
            Field::Iban => "iban",
            Field::Bank => "bank",
            Field::Bik => "bik",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Site => "site",
            Field::Signatory => "signatory",
        }
    }

    /// A party's requisite: a change the client must see.
    pub fn is_requisite(&self) -> bool {
        matches!(
            self,
            Field::Party
                | Field::Name
                | Field::Address
                | Field::Bin
                | Field::Iin
                | Field::Iban
                | Field::Bank
                | Field::Bik
                | Field::Signatory
        )
    }

    /// The field's name for a person, in the catalogue.
    pub fn label(&self) -> Message {
        let id = match self {
            Field::Id => Msg::MetaFieldId,
            Field::Version => Msg::MetaFieldVersion,
            Field::Number => Msg::MetaFieldNumber,
            Field::Date => Msg::MetaFieldDate,
            Field::Title => Msg::MetaFieldTitle,
            Field::City => Msg::MetaFieldCity,
            Field::RunningHeader => Msg::MetaFieldRunningHeader,
            Field::Initials => Msg::MetaFieldInitials,
            Field::RuYo => Msg::MetaFieldRuYo,
            Field::Party => Msg::MetaFieldParty,
            Field::Role => Msg::MetaFieldRole,
            Field::Name => Msg::MetaFieldName,
            Field::Address => Msg::MetaFieldAddress,
            Field::Bin => Msg::MetaFieldBin,
            Field::Iin => Msg::MetaFieldIin,
            Field::Iban => Msg::MetaFieldIban,
            Field::Bank => Msg::MetaFieldBank,
            Field::Bik => Msg::MetaFieldBik,
            Field::Email => Msg::MetaFieldEmail,
            Field::Phone => Msg::MetaFieldPhone,
            Field::Site => Msg::MetaFieldSite,
            Field::Signatory => Msg::MetaFieldSignatory,
            Field::Figure(n) => return Message::new(Msg::MetaFieldFigure).with("name", n.as_str()),
        };
        Message::new(id)
    }
}

/// A value of a field: one for both languages, or one per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaValue {
    /// The same in both languages (a BIN, an IBAN, a date).
    Neutral(String),
    /// Per language.
    PerLang {
        /// Kazakh.
        kk: String,
        /// Russian.
        ru: String,
    },
}

impl MetaValue {
    fn per_lang(p: &PerLang) -> MetaValue {
        MetaValue::PerLang {
            kk: p.kk.clone(),
            ru: p.ru.clone(),
        }
    }

    /// The value in one language (the same for a neutral value).
    pub fn get(&self, lang: Lang) -> &str {
        match (self, lang) {
            (MetaValue::Neutral(s), _) => s,
            (MetaValue::PerLang { kk, .. }, Lang::Kk) => kk,
            (MetaValue::PerLang { ru, .. }, Lang::Ru) => ru,
        }
    }

    /// One line: the value, or `kk / ru` when the languages differ.
    pub fn display(&self) -> String {
        match self {
            MetaValue::Neutral(s) => s.clone(),
            MetaValue::PerLang { kk, ru } if kk == ru => kk.clone(),
            MetaValue::PerLang { kk, ru } => format!("{kk} / {ru}"),
        }
    }
}

/// One change to `contract.toml`.
#[derive(Debug, Clone)]
pub struct MetaChange {
    /// Inserted, deleted or modified.
    pub kind: ChangeKind,
    /// The field.
    pub field: Field,
    /// The party's key, for a party's field.
    pub party: Option<String>,
    /// The party's role and name (`Орындаушы / Исполнитель`), for a
    /// party's field.
    pub party_label: Option<String>,
    /// The old value (`None` when inserted).
    pub old: Option<MetaValue>,
    /// The new value (`None` when deleted).
    pub new: Option<MetaValue>,
    /// The languages whose text changed (both for a neutral value).
    pub langs: Vec<Lang>,
    /// 1-based line of the key in the old file (of the nearest enclosing
    /// key when the field is absent there).
    pub old_line: u32,
    /// 1-based line of the key in the new file.
    pub new_line: u32,
}

impl MetaChange {
    /// The dotted path (`parties[provider].iban`, `title`,
    /// `figures.monthly_fee`).
    pub fn path(&self) -> String {
        match (&self.field, &self.party) {
            (Field::Party, Some(p)) => format!("parties[{p}]"),
            (Field::Figure(n), _) => format!("figures.{n}"),
            (Field::RunningHeader | Field::Initials, _) => format!("print.{}", self.field.key()),
            (f, Some(p)) => format!("parties[{p}].{}", f.key()),
            (f, None) => f.key().to_string(),
        }
    }

    /// A per-language field changed in one language only: that language.
    pub fn one_sided(&self) -> Option<Lang> {
        match (&self.old, &self.new, self.langs.as_slice()) {
            (Some(MetaValue::PerLang { .. }), Some(MetaValue::PerLang { .. }), [lang]) => {
                Some(*lang)
            }
            _ => None,
        }
    }

    /// What the change is about, for a person: the field, after the
    /// party's name for a party's field.
    pub fn what(&self) -> Message {
        match &self.party_label {
            Some(p) => Message::new(Msg::MetaPartyField)
                .with("party", p.as_str())
                .with("field", self.field.label()),
            None => self.field.label(),
        }
    }

    /// One sentence: `ИИК (IBAN): «KZ…» → «KZ…»`, `… added: «…»`.
    pub fn sentence(&self) -> Message {
        let what = Arg::from(self.what());
        if let (Some(l), Some(o), Some(n)) = (self.one_sided(), &self.old, &self.new) {
            return Message::new(Msg::MetaChanged)
                .with("what", what)
                .with("old", o.get(l))
                .with("new", n.get(l));
        }
        match (&self.old, &self.new) {
            (Some(o), Some(n)) => Message::new(Msg::MetaChanged)
                .with("what", what)
                .with("old", o.display())
                .with("new", n.display()),
            (None, Some(n)) => Message::new(Msg::MetaAdded)
                .with("what", what)
                .with("new", n.display()),
            (Some(o), None) => Message::new(Msg::MetaRemoved)
                .with("what", what)
                .with("old", o.display()),
            // Never made: a field absent on both sides did not change.
            (None, None) => self.what(),
        }
    }
}

/// The comparison of two `contract.toml`.
#[derive(Debug, Clone)]
pub struct MetaDiff {
    /// The old file, as shown.
    pub old_file: String,
    /// The new file, as shown.
    pub new_file: String,
    /// Changes: the contract's fields, then the parties in the new
    /// order (removed ones last), then the figures by name.
    pub changes: Vec<MetaChange>,
}

impl MetaDiff {
    /// Changes other than figure definitions (those are counted where the
    /// text prints them).
    pub fn counted(&self) -> impl Iterator<Item = &MetaChange> {
        self.changes
            .iter()
            .filter(|c| !matches!(c.field, Field::Figure(_)))
    }
}

struct Cx<'a> {
    old: KeyLines<'a>,
    new: KeyLines<'a>,
    out: Vec<MetaChange>,
}

/// Where a field is on each side: the path of its key.
struct At<'a> {
    old: Vec<Seg<'a>>,
    new: Vec<Seg<'a>>,
}

impl<'a> At<'a> {
    fn same(path: Vec<Seg<'a>>) -> At<'a> {
        At {
            old: path.clone(),
            new: path,
        }
    }
}

impl Cx<'_> {
    fn push(
        &mut self,
        field: Field,
        party: Option<(&str, String)>,
        old: Option<MetaValue>,
        new: Option<MetaValue>,
        at: &At<'_>,
    ) {
        if old == new {
            return;
        }
        let kind = match (&old, &new) {
            (None, _) => ChangeKind::Inserted,
            (_, None) => ChangeKind::Deleted,
            _ => ChangeKind::Modified,
        };
        let langs: Vec<Lang> = match (&old, &new) {
            (Some(o @ MetaValue::PerLang { .. }), Some(n @ MetaValue::PerLang { .. })) => Lang::ALL
                .iter()
                .copied()
                .filter(|&l| o.get(l) != n.get(l))
                .collect(),
            _ => Lang::ALL.to_vec(),
        };
        // A one-sided edit points at the key of the language changed.
        let line = |k: &KeyLines<'_>, path: &[Seg<'_>]| {
            let mut p = path.to_vec();
            if let [lang] = langs.as_slice() {
                if matches!(old, Some(MetaValue::PerLang { .. })) {
                    p.push(Seg::Key(lang.code()));
                }
            }
            k.line(&p)
        };
        let (key, label) = party.unzip();
        let (old_line, new_line) = (line(&self.old, &at.old), line(&self.new, &at.new));
        self.out.push(MetaChange {
            kind,
            field,
            party: key.map(str::to_string),
            party_label: label,
            old,
            new,
            old_line,
            new_line,
            langs,
        });
    }
}

fn date(d: &DateLit) -> MetaValue {
    MetaValue::Neutral(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
}

fn neutral(s: &Option<String>) -> Option<MetaValue> {
    s.as_ref().map(|s| MetaValue::Neutral(s.clone()))
}

fn per_lang(p: &Option<PerLang>) -> Option<MetaValue> {
    p.as_ref().map(MetaValue::per_lang)
}

/// `Орындаушы «…» / Исполнитель «…»`: the role and name of a party.
fn party_label(p: &PartyDef) -> String {
    let one = |l: Lang| format!("{} {}", p.role.get(l), p.name.get(l));
    let (kk, ru) = (one(Lang::Kk), one(Lang::Ru));
    if kk == ru {
        kk
    } else {
        format!("{kk} / {ru}")
    }
}

/// The fields of a party, in the order `contract.toml` documents them.
fn party_fields(p: &PartyDef) -> Vec<(Field, Option<MetaValue>)> {
    vec![
        (Field::Role, Some(MetaValue::per_lang(&p.role))),
        (Field::Name, Some(MetaValue::per_lang(&p.name))),
        (Field::Address, per_lang(&p.address)),
        (Field::Bin, neutral(&p.bin)),
        (Field::Iin, neutral(&p.iin)),
        (Field::Iban, neutral(&p.iban)),
        (Field::Bank, per_lang(&p.bank)),
        (Field::Bik, neutral(&p.bik)),
        (Field::Email, neutral(&p.email)),
        (Field::Phone, neutral(&p.phone)),
        (Field::Site, neutral(&p.site)),
        (Field::Signatory, per_lang(&p.signatory)),
    ]
}

/// Compare two `contract.toml`.
pub fn diff(old: &MetaSource, new: &MetaSource) -> MetaDiff {
    let (o, n) = (&old.meta, &new.meta);
    let mut cx = Cx {
        old: KeyLines::new(&old.text),
        new: KeyLines::new(&new.text),
        out: Vec::new(),
    };
    let top = |k: &'static str| At::same(vec![Seg::Key(k)]);
    let print = |k: &'static str| At::same(vec![Seg::Key("print"), Seg::Key(k)]);
    let nv = |s: &str| Some(MetaValue::Neutral(s.to_string()));
    cx.push(Field::Id, None, nv(&o.id), nv(&n.id), &top("id"));
    cx.push(
        Field::Version,
        None,
        Some(date(&o.version)),
        Some(date(&n.version)),
        &top("version"),
    );
    cx.push(
        Field::Number,
        None,
        neutral(&o.number),
        neutral(&n.number),
        &top("number"),
    );
    cx.push(
        Field::Date,
        None,
        o.date.as_ref().map(date),
        n.date.as_ref().map(date),
        &top("date"),
    );
    cx.push(
        Field::Title,
        None,
        Some(MetaValue::per_lang(&o.title)),
        Some(MetaValue::per_lang(&n.title)),
        &top("title"),
    );
    cx.push(
        Field::City,
        None,
        per_lang(&o.city),
        per_lang(&n.city),
        &top("city"),
    );
    cx.push(
        Field::RunningHeader,
        None,
        per_lang(&o.print.running_header),
        per_lang(&n.print.running_header),
        &print("running_header"),
    );
    let flag = |b: bool| MetaValue::Neutral(b.to_string());
    cx.push(
        Field::Initials,
        None,
        Some(flag(o.print.initials)),
        Some(flag(n.print.initials)),
        &print("initials"),
    );
    cx.push(
        Field::RuYo,
        None,
        Some(flag(o.ru_yo)),
        Some(flag(n.ru_yo)),
        &top("ru_yo"),
    );

    // Parties, matched by key, in the new order; removed ones after.
    let index = |parties: &[PartyDef], key: &str| parties.iter().position(|p| p.key == key);
    for (j, np) in n.parties.iter().enumerate() {
        let party = |p: &PartyDef| Some((np.key.as_str(), party_label(p)));
        match index(&o.parties, &np.key) {
            Some(i) => {
                let op = &o.parties[i];
                for ((field, ov), (_, nv)) in party_fields(op).into_iter().zip(party_fields(np)) {
                    let key = field.key().to_string();
                    let at = At {
                        old: vec![Seg::Key("parties"), Seg::Idx(i), Seg::Key(&key)],
                        new: vec![Seg::Key("parties"), Seg::Idx(j), Seg::Key(&key)],
                    };
                    cx.push(field, party(np), ov, nv, &at);
                }
            }
            None => {
                let at = At {
                    old: vec![Seg::Key("parties")],
                    new: vec![Seg::Key("parties"), Seg::Idx(j), Seg::Key("key")],
                };
                let value = MetaValue::Neutral(requisites_line(np));
                cx.push(Field::Party, party(np), None, Some(value), &at);
            }
        }
    }
    for (i, op) in o.parties.iter().enumerate() {
        if index(&n.parties, &op.key).is_none() {
            let at = At {
                old: vec![Seg::Key("parties"), Seg::Idx(i), Seg::Key("key")],
                new: vec![Seg::Key("parties")],
            };
            let value = MetaValue::Neutral(requisites_line(op));
            let label = Some((op.key.as_str(), party_label(op)));
            cx.push(Field::Party, label, Some(value), None, &at);
        }
    }

    // Figures, by name: the definition as written.
    let names: std::collections::BTreeSet<&String> =
        o.figures.keys().chain(n.figures.keys()).collect();
    for name in names {
        let (of, nf) = (o.figures.get(name), n.figures.get(name));
        if of == nf {
            continue;
        }
        let at = At::same(vec![Seg::Key("figures"), Seg::Key(name)]);
        let written = |k: &KeyLines<'_>, present: bool| {
            present.then(|| {
                MetaValue::Neutral(k.value_text(&at.old).unwrap_or_else(|| name.to_string()))
            })
        };
        let ov = written(&cx.old, of.is_some());
        let nv = written(&cx.new, nf.is_some());
        // Written alike but parsed differently cannot happen; keep the
        // change visible even so.
        let (ov, nv) = if ov == nv && ov.is_some() {
            (ov, Some(MetaValue::Neutral(format!("{nf:?}"))))
        } else {
            (ov, nv)
        };
        cx.push(Field::Figure(name.clone()), None, ov, nv, &at);
    }

    MetaDiff {
        old_file: old.file.clone(),
        new_file: new.file.clone(),
        changes: cx.out,
    }
}

/// A party's requisites in one line, for a party added or removed.
fn requisites_line(p: &PartyDef) -> String {
    let mut parts = vec![p.name.get(Lang::Ru).to_string()];
    for (label, v) in [
        ("БИН", &p.bin),
        ("ИИН", &p.iin),
        ("ИИК", &p.iban),
        ("БИК", &p.bik),
    ] {
        if let Some(v) = v {
            parts.push(format!("{label} {v}"));
        }
    }
    parts.join(", ")
}

fn location(file: &str, line: u32, lang: Option<Lang>, excerpt: &str) -> Location {
    Location {
        lang,
        file: file.to_string(),
        line,
        column: None,
        clause: None,
        excerpt: excerpt.to_string(),
    }
}

/// The findings of a metadata diff: one-sided edits of per-language
/// fields, and changed requisites.
pub fn findings(d: &MetaDiff) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in &d.changes {
        if matches!(c.field, Field::Figure(_)) {
            continue;
        }
        if let (Some(lang), Some(o), Some(n)) = (c.one_sided(), &c.old, &c.new) {
            let other = lang.other();
            let message = Message::new(Msg::MetaOneSided)
                .with("what", c.what())
                .with("lang", lang)
                .with("other", other)
                .with("old", o.get(lang))
                .with("new", n.get(lang))
                .with("same", n.get(other));
            let severity = if c.field.is_requisite() {
                Severity::Error
            } else {
                Severity::Warning
            };
            let locations = vec![location(&d.new_file, c.new_line, Some(lang), n.get(lang))];
            out.push(Finding {
                severity,
                ..ONE_SIDED_EDIT.finding(message, locations)
            });
            continue;
        }
        if !c.field.is_requisite() {
            continue;
        }
        let message = Message::new(Msg::MetaRequisiteChanged).with("change", c.sentence());
        let mut locations = Vec::new();
        match (&c.old, &c.new) {
            (_, Some(n)) => {
                locations.push(location(&d.new_file, c.new_line, None, &n.display()));
                if let Some(o) = &c.old {
                    locations.push(location(&d.old_file, c.old_line, None, &o.display()));
                }
            }
            (Some(o), None) => {
                locations.push(location(&d.old_file, c.old_line, None, &o.display()))
            }
            (None, None) => continue,
        }
        out.push(REQUISITES_CHANGED.finding(message, locations));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = r#"id = "demo"
version = 2026-11-01

[title]
kk = "Қызмет көрсету шарты"
ru = "Договор оказания услуг"

[[parties]]
key = "provider"
role = { kk = "Орындаушы", ru = "Исполнитель" }
name = { kk = "«Алпha» ЖШС", ru = "ТОО «Альфа»" }
bin = "150840019287"
iban = "KZ73998S001234567890"
signatory = { kk = "Директор А. Б. Сериков", ru = "Директор Сериков А. Б." }

[figures]
fee = { type = "money", amount = 1000, currency = "KZT" }
"#;

    fn src(file: &str, text: &str) -> MetaSource {
        MetaSource::parse(file, text.to_string()).expect("valid contract.toml")
    }

    fn run(new: &str) -> (MetaDiff, Vec<Finding>) {
        let d = diff(
            &src("old/contract.toml", OLD),
            &src("new/contract.toml", new),
        );
        let f = findings(&d);
        (d, f)
    }

    #[test]
    fn same_file_has_no_changes() {
        let (d, f) = run(OLD);
        assert!(d.changes.is_empty(), "{:?}", d.changes);
        assert!(f.is_empty());
    }

    #[test]
    fn iban_change_is_a_requisites_warning_at_its_key() {
        let new = OLD.replace("KZ73998S001234567890", "KZ27601A861000283915");
        let (d, f) = run(&new);
        assert_eq!(d.changes.len(), 1);
        let c = &d.changes[0];
        assert_eq!(c.path(), "parties[provider].iban");
        assert_eq!((c.old_line, c.new_line), (13, 13));
        assert_eq!(c.kind, ChangeKind::Modified);
        assert_eq!(c.one_sided(), None);
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].code, f[0].severity),
            ("requisites-changed", Severity::Warning)
        );
        assert_eq!(f[0].locations[0].file, "new/contract.toml");
        assert_eq!(f[0].locations[0].line, 13);
    }

    #[test]
    fn title_changed_in_russian_only_is_one_sided() {
        let new = OLD.replace(
            "Договор оказания услуг",
            "Договор возмездного оказания услуг",
        );
        let (d, f) = run(&new);
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].one_sided(), Some(Lang::Ru));
        assert_eq!(d.changes[0].new_line, 6, "the line of `ru =`");
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].code, f[0].severity),
            ("one-sided-edit", Severity::Warning)
        );
    }

    #[test]
    fn signatory_changed_in_one_language_is_an_error() {
        let new = OLD.replace("Директор Сериков А. Б.", "Директор Омаров Е. К.");
        let (_, f) = run(&new);
        assert_eq!(
            (f[0].code, f[0].severity),
            ("one-sided-edit", Severity::Error)
        );
    }

    #[test]
    fn party_added_and_version_changed() {
        let new = OLD.replace("2026-11-01", "2026-12-15").replace(
            "[figures]",
            "[[parties]]\nkey = \"customer\"\nrole = { kk = \"Тапсырыс беруші\", ru = \"Заказчик\" }\nname = { kk = \"«Бета» АҚ\", ru = \"АО «Бета»\" }\n\n[figures]",
        );
        let (d, f) = run(&new);
        let paths: Vec<String> = d.changes.iter().map(|c| c.path()).collect();
        assert_eq!(paths, ["version", "parties[customer]"]);
        assert_eq!(d.changes[1].kind, ChangeKind::Inserted);
        assert_eq!(d.changes[1].new_line, 17);
        assert_eq!(f.len(), 1, "the version date is no requisite");
        assert_eq!(f[0].code, "requisites-changed");
    }

    #[test]
    fn figure_definition_is_listed_without_finding() {
        let new = OLD.replace("amount = 1000", "amount = 1200");
        let (d, f) = run(&new);
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].path(), "figures.fee");
        assert_eq!(d.counted().count(), 0);
        assert!(f.is_empty());
        let old = d.changes[0].old.as_ref().map(MetaValue::display);
        assert_eq!(
            old.as_deref(),
            Some("{ type = \"money\", amount = 1000, currency = \"KZT\" }")
        );
    }
}
