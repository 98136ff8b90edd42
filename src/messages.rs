//! The message catalogue: every sentence qostil says to a person about a
//! contract (findings, diff summaries) is built here, from a template with
//! named `{placeholders}`, so that the interface can speak Russian and Kazakh
//! as well as English. English is the reference text; a missing translation
//! falls back to it.

use std::sync::atomic::{AtomicU8, Ordering};

/// Language of the interface (not of the contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiLang {
    /// English (default).
    En,
    /// Russian.
    Ru,
    /// Kazakh.
    Kk,
}

static UI_LANG: AtomicU8 = AtomicU8::new(0);

/// Set the interface language for this process.
pub fn set_ui_lang(lang: UiLang) {
    UI_LANG.store(lang as u8, Ordering::Relaxed);
}

/// The interface language in force.
pub fn ui_lang() -> UiLang {
    match UI_LANG.load(Ordering::Relaxed) {
        1 => UiLang::Ru,
        2 => UiLang::Kk,
        _ => UiLang::En,
    }
}

/// One entry of the catalogue.
pub struct Entry {
    /// Stable id.
    pub id: &'static str,
    /// English text (reference).
    pub en: &'static str,
    /// Russian text, when translated.
    pub ru: Option<&'static str>,
    /// Kazakh text, when translated.
    pub kk: Option<&'static str>,
}

macro_rules! entries {
    ($( $id:literal => $en:literal $(, ru: $ru:literal)? $(, kk: $kk:literal)? ;)*) => {
        &[ $( Entry { id: $id, en: $en, ru: entries!(@opt $($ru)?), kk: entries!(@opt $($kk)?) }, )* ]
    };
    (@opt) => { None };
    (@opt $v:literal) => { Some($v) };
}

/// The catalogue. Ids are stable; grouped by the part of qostil that speaks.
pub static CATALOGUE: &[Entry] = entries! {
    // -- language names, used inside other messages
    "lang.kk" => "Kazakh", ru: "казахский", kk: "қазақша";
    "lang.ru" => "Russian", ru: "русский", kk: "орысша";
    // -- diff: changes between versions, one-sided edits (src/diff/)
    "diff.paragraph-at-line" => "the paragraph at line {line}", ru: "абзац в строке {line}", kk: "{line}-жолдағы абзац";
    "diff.figure.changed" => "{old} → {new}";
    "diff.figure.removed" => "{old} (removed)", ru: "{old} (исключено)", kk: "{old} (алынып тасталды)";
    "diff.figure.added" => "{new} (added)", ru: "{new} (добавлено)", kk: "{new} (қосылды)";
    "diff.figure.none" => "no figure changed", ru: "цифры не изменены", kk: "сандар өзгермеген";
    "diff.one-sided.figures" => "Clause {clause}: figures changed in the {lang} text ({figures}), but the {other} text of the clause did not change.", ru: "Пункт {clause}: в тексте на языке «{lang}» изменены цифры ({figures}), а текст на языке «{other}» не изменён.", kk: "Тармақ {clause}: мәтінде ({lang}) сандар өзгертілген ({figures}), ал тармақтың екінші мәтіні ({other}) өзгермеген.";
    "diff.one-sided.wording" => "Clause {clause}: the wording changed in the {lang} text, but the {other} text of the clause did not change.", ru: "Пункт {clause}: редакция изменена в тексте на языке «{lang}», а текст на языке «{other}» не изменён.", kk: "Тармақ {clause}: мәтіннің ({lang}) редакциясы өзгертілген, ал тармақтың екінші мәтіні ({other}) өзгермеген.";
    "diff.one-sided.inserted" => "Clause {clause} was added to the {lang} text, but not to the {other} text.", ru: "Пункт {clause} добавлен в текст на языке «{lang}», но не в текст на языке «{other}».", kk: "Тармақ {clause} мәтінге ({lang}) қосылған, бірақ екінші мәтінге ({other}) қосылмаған.";
    "diff.one-sided.deleted" => "Clause {clause} was removed from the {lang} text, but not from the {other} text.", ru: "Пункт {clause} исключён из текста на языке «{lang}», но не из текста на языке «{other}».", kk: "Тармақ {clause} мәтіннен ({lang}) алынып тасталған, бірақ екінші мәтіннен ({other}) алынбаған.";
    "diff.one-sided.moved" => "Clause {clause} was moved in the {lang} text, but not in the {other} text.", ru: "Пункт {clause} перемещён в тексте на языке «{lang}», но не в тексте на языке «{other}».", kk: "Тармақ {clause} мәтінде ({lang}) басқа орынға ауыстырылған, бірақ екінші мәтінде ({other}) ауыстырылмаған.";
    "diff.one-sided.differently" => "Clause {clause}: the figures changed differently in the two languages ({lang}: {figures}; {other}: {other_figures}).", ru: "Пункт {clause}: цифры изменены в двух языках по-разному ({lang}: {figures}; {other}: {other_figures}).", kk: "Тармақ {clause}: екі тілде сандар әртүрлі өзгертілген ({lang}: {figures}; {other}: {other_figures}).";
    "diff.kind.inserted" => "added", ru: "добавлен", kk: "қосылды";
    "diff.kind.deleted" => "removed", ru: "исключён", kk: "алынып тасталды";
    "diff.kind.modified" => "changed", ru: "изменён", kk: "өзгертілді";
    "diff.kind.moved" => "moved", ru: "перемещён", kk: "орны ауыстырылды";
    "diff.kind.renumbered" => "renumbered", ru: "перенумерован", kk: "нөмірі өзгертілді";
    "diff.change.inserted" => "Clause {clause} was added.", ru: "Добавлен пункт {clause}.", kk: "{clause} тармағы қосылды.";
    "diff.change.deleted" => "Clause {clause} was removed.", ru: "Исключён пункт {clause}.", kk: "{clause} тармағы алынып тасталды.";
    "diff.change.modified" => "Clause {clause} was changed.", ru: "Изменён пункт {clause}.", kk: "{clause} тармағы өзгертілді.";
    "diff.change.modified-renumbered" => "Clause {old} was changed and is now clause {new}.", ru: "Пункт {old} изменён и стал пунктом {new}.", kk: "{old} тармағы өзгертіліп, енді {new} тармағы болды.";
    "diff.change.moved" => "Clause {old} was moved; it is now clause {new}.", ru: "Пункт {old} перемещён; теперь это пункт {new}.", kk: "{old} тармағы басқа орынға ауыстырылды; енді ол {new} тармағы.";
    "diff.change.moved-edited" => "Clause {old} was moved and changed; it is now clause {new}.", ru: "Пункт {old} перемещён и изменён; теперь это пункт {new}.", kk: "{old} тармағы басқа орынға ауыстырылып, өзгертілді; енді ол {new} тармағы.";
    "diff.change.renumbered" => "Clause {old} is now clause {new}; its text did not change.", ru: "Пункт {old} теперь пункт {new}; текст не изменён.", kk: "{old} тармағы енді {new} тармағы; мәтіні өзгермеген.";
    "diff.change.renumbered-run" => "Clauses {old_first}–{old_last} are now clauses {new_first}–{new_last} ({count} clauses); their text did not change.", ru: "Пункты {old_first}–{old_last} стали пунктами {new_first}–{new_last} ({count}); текст не изменён.", kk: "{old_first}–{old_last} тармақтары енді {new_first}–{new_last} тармақтары ({count} тармақ); мәтіні өзгермеген.";
    "diff.change.figure" => "{clause}: {context} {change}";
    "diff.moved-to" => "Clause {old} was moved: see clause {new}.", ru: "Пункт {old} перемещён: см. пункт {new}.", kk: "{old} тармағы басқа орынға ауыстырылды: {new} тармағын қараңыз.";
    "diff.unchanged-run" => "{count} unchanged, not shown", ru: "Без изменений: {count} (не показаны)", kk: "Өзгеріссіз: {count} (көрсетілмеген)";
    "diff.title" => "Changes between two versions", ru: "Изменения между редакциями", kk: "Редакциялар арасындағы өзгерістер";
    "diff.old-version" => "Old version", ru: "Прежняя редакция", kk: "Бұрынғы редакция";
    "diff.new-version" => "New version", ru: "Новая редакция", kk: "Жаңа редакция";
    "diff.compared" => "Compared: {old} (old) with {new} (new).", ru: "Сравнены: {old} (прежняя) и {new} (новая).", kk: "Салыстырылды: {old} (бұрынғы) және {new} (жаңа).";
    "diff.summary" => "Changes: {changes} ({modified} changed, {inserted} added, {deleted} removed, {moved} moved, {renumbered} renumbered).", ru: "Изменений: {changes} (изменено {modified}, добавлено {inserted}, исключено {deleted}, перемещено {moved}, перенумеровано {renumbered}).", kk: "Өзгерістер: {changes} (өзгертілгені {modified}, қосылғаны {inserted}, алынғаны {deleted}, орны ауыстырылғаны {moved}, қайта нөмірленгені {renumbered}).";
    "diff.no-changes" => "The two versions are the same.", ru: "Редакции совпадают.", kk: "Редакциялар бірдей.";
    "diff.figures-heading" => "Figures changed", ru: "Изменённые цифры", kk: "Өзгерген сандар";
    "diff.no-figures" => "No figure changed.", ru: "Цифры не изменены.", kk: "Сандар өзгермеген.";
    "diff.findings-heading" => "Edits made in one language only", ru: "Правки только в одном языке", kk: "Тек бір тілде жасалған түзетулер";
    "diff.no-findings" => "Both languages changed the same way.", ru: "Оба языка изменены одинаково.", kk: "Екі тіл де бірдей өзгертілген.";
    "diff.lang-heading" => "{lang} text", ru: "Текст: {lang}", kk: "Мәтін: {lang}";
    "diff.lang-unchanged" => "No changes in this language.", ru: "В этом языке изменений нет.", kk: "Бұл тілде өзгерістер жоқ.";
    "diff.totals" => "Changes: {changes}. Errors: {errors}. Warnings: {warnings}.", ru: "Изменений: {changes}; ошибок: {errors}, предупреждений: {warnings}.", kk: "Өзгерістер: {changes}; қателер: {errors}, ескертулер: {warnings}.";
    "diff.severity.error" => "error", ru: "ошибка", kk: "қате";
    "diff.severity.warning" => "warning", ru: "предупреждение", kk: "ескерту";

    // -- checker findings (src/check/rules/)
    "check.unnumbered" => "(unnumbered)", ru: "(без номера)", kk: "(нөмірсіз)";
    "check.both-languages" => "Kazakh and Russian", ru: "казахский и русский", kk: "қазақша және орысша";
    "check.figure-mismatch" => "Clause {clause}: the figures differ between the languages: {figures} (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "Пункт {clause}: значения в двух языках расходятся: {figures} (казахский: «{kk_quote}»; русский: «{ru_quote}»).", kk: "Тармақ {clause}: екі тілдегі мәндер сәйкес келмейді: {figures} (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).";
    "check.figure-missing" => "Clause {clause}: {figures} appears in the {lang} text only ({lang}: «{quote}»; {other}: «{other_quote}»).",
        ru: "Пункт {clause}: {figures} есть только в тексте на языке: {lang} ({lang}: «{quote}»; {other}: «{other_quote}»).", kk: "Тармақ {clause}: {figures} тек мына мәтінде бар: {lang} ({lang}: «{quote}»; {other}: «{other_quote}»).";
    "check.clause-missing" => "Clause {clause} of the {lang} text has no counterpart in the {other} text ({where}): «{quote}».",
        ru: "Пункт {clause} текста на языке «{lang}» не имеет соответствия в тексте на языке «{other}» ({where}): «{quote}».", kk: "Мәтіннің ({lang}) {clause} тармағының екінші мәтінде ({other}) сәйкесі жоқ ({where}): «{quote}».";
    "check.clause-missing.after" => "expected after clause {clause}", ru: "ожидается после пункта {clause}", kk: "{clause} тармағынан кейін болуы керек";
    "check.clause-missing.start" => "expected at the start", ru: "ожидается в начале", kk: "басында болуы керек";
    "check.numbering-gap" => "Numbering ({lang}): clause {number} follows {prev}; {expected} is skipped: «{quote}».",
        ru: "Нумерация ({lang}): пункт {number} идёт после {prev}; пропущен {expected}: «{quote}».", kk: "Нөмірлеу ({lang}): {number} тармағы {prev} тармағынан кейін келеді; {expected} өткізіліп кеткен: «{quote}».";
    "check.numbering-duplicate" => "Numbering ({lang}): clause number {number} is used again (first at line {first}); {expected} was expected after {prev}: «{quote}».",
        ru: "Нумерация ({lang}): номер {number} использован повторно (впервые в строке {first}); после {prev} ожидался {expected}: «{quote}».", kk: "Нөмірлеу ({lang}): {number} нөмірі қайталанған (алғаш {first}-жолда); {prev} кейін {expected} күтілген: «{quote}».";
    "check.numbering-order" => "Numbering ({lang}): clause {number} is out of order after {prev}; {expected} was expected: «{quote}».",
        ru: "Нумерация ({lang}): пункт {number} нарушает порядок после {prev}; ожидался {expected}: «{quote}».", kk: "Нөмірлеу ({lang}): {number} тармағы {prev} кейін ретсіз тұр; {expected} күтілген: «{quote}».";
    "check.numbering-mismatch" => "The same clause is numbered {kk_number} in the Kazakh text and {ru_number} in the Russian text{more} (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "Один и тот же пункт имеет номер {kk_number} в казахском тексте и {ru_number} в русском{more} (казахский: «{kk_quote}»; русский: «{ru_quote}»).", kk: "Бір тармақ қазақша мәтінде {kk_number}, орысша мәтінде {ru_number} болып нөмірленген{more} (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).";
    "check.numbering-mismatch.more" => ", and so do the {count} clauses after it", ru: ", как и {count} следующих пунктов", kk: ", одан кейінгі {count} тармақ та солай";
    "check.words-digits" => "Clause {clause} ({lang}): the digits {digits} disagree with the words «{words}» ({words_value}): «{quote}».",
        ru: "Пункт {clause} ({lang}): цифры {digits} не совпадают со словами «{words}» ({words_value}): «{quote}».", kk: "Тармақ {clause} ({lang}): {digits} сандары «{words}» сөздерімен ({words_value}) сәйкес келмейді: «{quote}».";
    "check.dangling-reference" => "Clause {clause} ({lang}) refers to clause {target}, which does not exist: «{quote}».",
        ru: "Пункт {clause} ({lang}) ссылается на пункт {target}, которого нет: «{quote}».", kk: "Тармақ {clause} ({lang}) жоқ {target} тармағына сілтеме жасайды: «{quote}».";
    "check.requisites-mismatch" => "Requisites: {what} differs between the languages: «{kk}» in the Kazakh text, «{ru}» in the Russian text.", ru: "Реквизиты: {what} в казахском тексте не совпадает с русским: «{kk}» в казахском тексте, «{ru}» в русском.", kk: "Деректемелер: қазақ тіліндегі мәтіндегі {what} орыс тіліндегі мәтінмен сәйкес келмейді: қазақ тіліндегі мәтінде «{kk}», орыс тіліндегі мәтінде «{ru}».";
    "check.requisites.iban" => "the account (IBAN)", ru: "счёт (ИИК)", kk: "шот (ЖСК)";
    "check.requisites.bin" => "the BIN/IIN", ru: "БИН/ИИН", kk: "БСН/ЖСН";
    "check.requisites.bic" => "the bank code (BIC)", ru: "БИК банка", kk: "банктің БСК-сы";
    "check.requisites.email" => "the e-mail address", ru: "адрес электронной почты", kk: "электрондық пошта мекенжайы";
    "check.requisites.phone" => "the phone number", ru: "номер телефона", kk: "телефон нөмірі";
    "check.requisites.site" => "the web address", ru: "адрес сайта", kk: "сайт мекенжайы";
    "check.wrong-language.ru" => "Clause {clause} of the Russian text is written in Kazakh: «{quote}».",
        ru: "Пункт {clause} русского текста изложен на казахском языке: «{quote}».", kk: "Орысша мәтіннің {clause} тармағы қазақ тілінде жазылған: «{quote}».";
    "check.wrong-language.kk" => "Clause {clause} of the Kazakh text is written in Russian: «{quote}».",
        ru: "Пункт {clause} казахского текста изложен на русском языке: «{quote}».", kk: "Қазақша мәтіннің {clause} тармағы орыс тілінде жазылған: «{quote}».";
    "check.wrong-language.untranslated.ru" => "Clause {clause} of the Russian text was left untranslated: it repeats the Kazakh text word for word: «{quote}».",
        ru: "Пункт {clause} русского текста не переведён: он дословно повторяет казахский текст: «{quote}».", kk: "Орысша мәтіннің {clause} тармағы аударылмаған: қазақша мәтінді сөзбе-сөз қайталайды: «{quote}».";
    "check.wrong-language.untranslated.kk" => "Clause {clause} of the Kazakh text was left untranslated: it repeats the Russian text word for word: «{quote}».",
        ru: "Пункт {clause} казахского текста не переведён: он дословно повторяет русский текст: «{quote}».", kk: "Қазақша мәтіннің {clause} тармағы аударылмаған: орысша мәтінді сөзбе-сөз қайталайды: «{quote}».";
    "check.wrong-language.whole.ru" => "The Russian text ({file}) is written in Kazakh almost throughout ({wrong} of {count} clauses), starting with «{quote}».",
        ru: "Русский текст ({file}) почти целиком изложен на казахском языке (пунктов на казахском языке: {wrong} из {count}), начиная с «{quote}».", kk: "Орысша мәтін ({file}) түгелге жуық қазақ тілінде жазылған (қазақ тіліндегі тармақтар саны: {wrong}, барлығы {count}), басы: «{quote}».";
    "check.wrong-language.whole.kk" => "The Kazakh text ({file}) is written in Russian almost throughout ({wrong} of {count} clauses), starting with «{quote}».",
        ru: "Казахский текст ({file}) почти целиком изложен на русском языке (пунктов на русском языке: {wrong} из {count}), начиная с «{quote}».", kk: "Қазақша мәтін ({file}) түгелге жуық орыс тілінде жазылған (орыс тіліндегі тармақтар саны: {wrong}, барлығы {count}), басы: «{quote}».";
};

/// Look up an entry's template in the interface language.
pub fn template(id: &str) -> Option<&'static str> {
    let e = CATALOGUE.iter().find(|e| e.id == id)?;
    Some(match ui_lang() {
        UiLang::En => e.en,
        UiLang::Ru => e.ru.unwrap_or(e.en),
        UiLang::Kk => e.kk.unwrap_or(e.en),
    })
}

/// Build a message: the template of `id` with `{name}` placeholders replaced
/// by the given arguments. An unknown id yields the id itself, so a missing
/// entry shows up in tests rather than as an empty message.
pub fn msg(id: &str, args: &[(&str, &str)]) -> String {
    let Some(t) = template(id) else {
        return id.to_string();
    };
    let mut out = String::with_capacity(t.len() + 64);
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = CATALOGUE.iter().map(|e| e.id).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len(), "duplicate message id");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(msg("lang.kk", &[]), "Kazakh");
        assert_eq!(msg("no.such.id", &[]), "no.such.id");
    }
}
