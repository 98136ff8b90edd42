//! The catalogue: every sentence qostil says to a person, in English,
//! Russian and Kazakh. Each entry is a [`Msg`] variant with a stable id and
//! a template per language; the macro refuses an entry without all three,
//! so the catalogue is complete by construction. Placeholders and their
//! forms are described in [`super`]; `tests.rs` checks that the three
//! templates of an entry name the same arguments.
//!
//! Russian and Kazakh are written as a lawyer writes them: «» quotes,
//! `в русском тексте` rather than a language name in quotes, Kazakh clause
//! numbers joined to their noun and case ending (`4.2-тармаққа`).

use super::UiLang;

macro_rules! catalogue {
    ($( $(#[$doc:meta])* $var:ident = $id:literal { en: $en:literal, ru: $ru:literal, kk: $kk:literal $(,)? } )*) => {
        /// A message of the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Msg {
            $( $(#[$doc])* #[allow(missing_docs)] $var, )*
        }

        impl Msg {
            /// Every message.
            pub const ALL: &'static [Msg] = &[ $( Msg::$var, )* ];

            /// The stable id (`check.figure-mismatch`).
            pub fn id(self) -> &'static str {
                match self { $( Msg::$var => $id, )* }
            }

            /// The template in a language.
            pub fn template(self, lang: UiLang) -> &'static str {
                match self {
                    $( Msg::$var => match lang {
                        UiLang::En => $en,
                        UiLang::Ru => $ru,
                        UiLang::Kk => $kk,
                    }, )*
                }
            }
        }
    };
}

catalogue! {
    // ---- report frame: severities, summaries, advice
    SeverityError = "severity.error" { en: "error", ru: "ошибка", kk: "қате" }
    SeverityWarning = "severity.warning" { en: "warning", ru: "предупреждение", kk: "ескерту" }
    Help = "report.help" { en: "help", ru: "подсказка", kk: "кеңес" }
    NoFindings = "report.no-findings" { en: "no findings", ru: "замечаний нет", kk: "ескертпелер жоқ" }
    Summary = "report.summary" {
        en: "{errors:pl=error|errors}, {warnings:pl=warning|warnings}",
        ru: "{errors:pl=ошибка|ошибки|ошибок}, {warnings:pl=предупреждение|предупреждения|предупреждений}",
        kk: "{errors:pl=қате}, {warnings:pl=ескерту}",
    }
    WatchWaiting = "watch.waiting" {
        en: "[{time}] watching {paths} for changes (Ctrl-C stops)",
        ru: "[{time}] ожидаю изменений в {paths} (остановить: Ctrl-C)",
        kk: "[{time}] {paths} ішіндегі өзгерістер күтілуде (тоқтату: Ctrl-C)",
    }
    SummaryMany = "report.summary-many" {
        en: "checked {contracts:pl=contract|contracts}: {errors:pl=error|errors}, {warnings:pl=warning|warnings}",
        ru: "проверено: {contracts:pl=договор|договора|договоров}; {errors:pl=ошибка|ошибки|ошибок}, {warnings:pl=предупреждение|предупреждения|предупреждений}",
        kk: "{contracts:pl=шарт} тексерілді: {errors:pl=қате}, {warnings:pl=ескерту}",
    }
    Wrote = "report.wrote" { en: "wrote {path}", ru: "записан файл {path}", kk: "{path} файлы жазылды" }
    SourceError = "source.error" { en: "{text}", ru: "{text}", kk: "{text}" }
    SourceErrorHelp = "source.error-help" {
        en: "{text} (help: {help})",
        ru: "{text} (подсказка: {help})",
        kk: "{text} (кеңес: {help})",
    }
    RenderRefused = "render.refused" {
        en: "error: the Kazakh and Russian texts disagree (see above); nothing was written.\n  help: fix the sources, or pass --no-check to write the editions anyway",
        ru: "ошибка: казахский и русский тексты расходятся (см. выше); файлы не записаны.\n  подсказка: исправьте исходные тексты или запустите с --no-check, чтобы записать редакции всё равно",
        kk: "қате: қазақ және орыс тілдеріндегі мәтіндер сәйкес келмейді (жоғарыны қараңыз); ештеңе жазылмады.\n  кеңес: бастапқы мәтіндерді түзетіңіз немесе редакцияларды бәрібір жазу үшін --no-check қосыңыз",
    }
    RuleHeading = "rules.heading" { en: "Rules", ru: "Правила", kk: "Ережелер" }
    RuleUnknown = "rules.unknown" {
        en: "no rule has the code `{code}`; `qostil rules` lists them",
        ru: "правила с кодом `{code}` нет; список правил выводит `qostil rules`",
        kk: "`{code}` коды бар ереже жоқ; ережелер тізімін `qostil rules` шығарады",
    }

    // ---- command line: usage and files (src/cli/, src/render/edition.rs, src/source/revision.rs)
    ErrorLine = "cli.error" { en: "error: {text}", ru: "ошибка: {text}", kk: "қате: {text}" }
    NewKindOnlineOffer = "cli.new.kind.online-offer" {
        en: "public offer for paid online courses (a provider and any person who accepts it)",
        ru: "публичная оферта на оказание услуг платных онлайн-курсов (исполнитель и любое лицо, принявшее оферту)",
        kk: "ақылы онлайн-курстар қызметтерін көрсетудің жария офертасы (орындаушы және офертаны қабылдаған кез келген тұлға)",
    }
    NewKindLease = "cli.new.kind.lease" {
        en: "lease of an apartment between two individuals (rent by the day of the month, deposit, term)",
        ru: "договор найма квартиры между двумя физическими лицами (плата до определённого числа месяца, гарантийный взнос, срок)",
        kk: "екі жеке тұлға арасындағы пәтерді жалдау шарты (айдың белгілі бір күніне дейінгі ақы, кепілдік жарна, мерзім)",
    }
    NewKindServices = "cli.new.kind.services" {
        en: "services contract between two companies (acts of acceptance, VAT, penalty per day of delay)",
        ru: "договор оказания услуг между двумя юридическими лицами (акты оказанных услуг, НДС, пеня за каждый день просрочки)",
        kk: "екі заңды тұлға арасындағы қызметтер көрсету шарты (көрсетілген қызметтер актілері, ҚҚС, мерзімі өткен әрбір күн үшін өсімпұл)",
    }
    NewUnknownKind = "cli.new.unknown-kind" {
        en: "there is no contract template `{kind}`; the kinds are: {kinds}",
        ru: "шаблона договора «{kind}» нет; есть шаблоны: {kinds}",
        kk: "«{kind}» шарт үлгісі жоқ; бар үлгілер: {kinds}",
    }
    NewUsage = "cli.new.usage" {
        en: "give the kind of contract and the folder to create: qostil new KIND DIR (kinds: {kinds}; qostil new --list says what each is)",
        ru: "укажите вид договора и создаваемую папку: qostil new KIND DIR (виды: {kinds}; qostil new --list описывает каждый)",
        kk: "шарттың түрін және құрылатын қалтаны көрсетіңіз: qostil new KIND DIR (түрлері: {kinds}; әрқайсысының сипаттамасын qostil new --list шығарады)",
    }
    NewDirNotEmpty = "cli.new.dir-not-empty" {
        en: "{path} already exists and is not an empty folder; nothing was written\n  help: give a new folder, or empty this one first",
        ru: "{path} уже существует и не является пустой папкой; ничего не записано\n  подсказка: укажите новую папку или сначала очистите эту",
        kk: "{path} бұрыннан бар және бос қалта емес; ештеңе жазылмады\n  кеңес: жаңа қалтаны көрсетіңіз немесе алдымен осы қалтаны босатыңыз",
    }
    NewCannotWrite = "cli.new.cannot-write" {
        en: "{path}: cannot write the contract ({cause})",
        ru: "{path}: не удалось записать договор ({cause})",
        kk: "{path}: шартты жазу мүмкін болмады ({cause})",
    }
    NewCreated = "cli.new.created" {
        en: "created {path} from the template `{kind}` (contract.toml, kk.md, ru.md); edit it, then: qostil render {path}",
        ru: "папка {path} создана по шаблону «{kind}» (contract.toml, kk.md, ru.md); отредактируйте её и выполните: qostil render {path}",
        kk: "{path} қалтасы «{kind}» үлгісі бойынша жасалды (contract.toml, kk.md, ru.md); оны өңдеп, мынаны орындаңыз: qostil render {path}",
    }
    CausedBy = "cli.caused-by" { en: "caused by: {text}", ru: "причина: {text}", kk: "себебі: {text}" }
    DiffRevAlone = "cli.diff.rev-alone" {
        en: "with --rev, give the contract folder alone: qostil diff --rev REV CONTRACT_DIR",
        ru: "с --rev укажите только папку договора: qostil diff --rev REV CONTRACT_DIR",
        kk: "--rev берілгенде тек шарт қалтасын көрсетіңіз: qostil diff --rev REV CONTRACT_DIR",
    }
    DiffTwoVersions = "cli.diff.two-versions" {
        en: "give two versions to compare: qostil diff OLD NEW (or qostil diff --rev REV CONTRACT_DIR)",
        ru: "укажите две редакции для сравнения: qostil diff OLD NEW (или qostil diff --rev REV CONTRACT_DIR)",
        kk: "салыстыру үшін екі редакцияны көрсетіңіз: qostil diff OLD NEW (немесе qostil diff --rev REV CONTRACT_DIR)",
    }
    CannotWriteStdout = "cli.stdout" {
        en: "cannot write the report to standard output: {cause}",
        ru: "не удаётся вывести отчёт в стандартный вывод: {cause}",
        kk: "есепті стандартты шығысқа жазу мүмкін емес: {cause}",
    }
    BinaryToTerminal = "cli.binary-to-terminal" {
        en: "the {format} report is a binary file and is not written to a terminal: give -o and a file name, or redirect standard output to a file",
        ru: "отчёт в формате {format} — двоичный файл, он не выводится в терминал: укажите -o и имя файла или перенаправьте стандартный вывод в файл",
        kk: "{format} форматындағы есеп — екілік файл, ол терминалға шығарылмайды: -o параметрі мен файл атауын көрсетіңіз немесе стандартты шығысты файлға бағыттаңыз",
    }
    CannotReadFolder = "cli.read-folder" {
        en: "cannot read folder {path}: {cause}",
        ru: "не удаётся прочитать папку {path}: {cause}",
        kk: "{path} қалтасын оқу мүмкін емес: {cause}",
    }
    CannotCreateOutFolder = "cli.out-folder" {
        en: "cannot create the output folder {path}: {cause}",
        ru: "не удаётся создать папку для результатов {path}: {cause}",
        kk: "нәтижелер қалтасын ({path}) құру мүмкін емес: {cause}",
    }
    RenderGivenFile = "cli.render.file" {
        en: "{path}: this is a file, and `qostil render` takes a contract folder (contract.toml, kk.md and ru.md)\n  help: give the folder that holds contract.toml; to check a document, use `qostil check {path}`",
        ru: "{path}: это файл, а `qostil render` принимает папку договора (contract.toml, kk.md и ru.md)\n  подсказка: укажите папку, в которой лежит contract.toml; чтобы проверить документ, используйте `qostil check {path}`",
        kk: "{path}: бұл файл, ал `qostil render` шарт қалтасын қабылдайды (contract.toml, kk.md және ru.md)\n  кеңес: contract.toml жатқан қалтаны көрсетіңіз; құжатты тексеру үшін `qostil check {path}` пайдаланыңыз",
    }
    RenderNoFolder = "cli.render.no-folder" {
        en: "{path}: no such folder\n  help: `qostil render` takes a contract folder (contract.toml, kk.md and ru.md)",
        ru: "{path}: такой папки нет\n  подсказка: `qostil render` принимает папку договора (contract.toml, kk.md и ru.md)",
        kk: "{path}: мұндай қалта жоқ\n  кеңес: `qostil render` шарт қалтасын қабылдайды (contract.toml, kk.md және ru.md)",
    }
    CannotReadPath = "cli.read-path" {
        en: "{path}: cannot read it: {cause}",
        ru: "{path}: не удаётся прочитать: {cause}",
        kk: "{path}: оқу мүмкін емес: {cause}",
    }
    TemplatesFolder = "render.templates-folder" {
        en: "cannot read the templates folder {path}: {cause}",
        ru: "не удаётся прочитать папку шаблонов {path}: {cause}",
        kk: "{path} үлгілер қалтасын оқу мүмкін емес: {cause}",
    }
    TemplateRead = "render.template-read" {
        en: "cannot read template {path}: {cause}",
        ru: "не удаётся прочитать шаблон {path}: {cause}",
        kk: "{path} үлгісін оқу мүмкін емес: {cause}",
    }
    TemplateOutside = "render.template-outside" {
        en: "{path}: the template links to {target}, outside the templates folder; copy the file into {folder} instead",
        ru: "{path}: шаблон ссылается на {target} вне папки шаблонов; скопируйте файл в {folder}",
        kk: "{path}: үлгі үлгілер қалтасынан тыс {target} файлына сілтейді; оның орнына файлды {folder} қалтасына көшіріңіз",
    }
    EpochNotUnicode = "render.epoch-not-digits" {
        en: "SOURCE_DATE_EPOCH is not a number of seconds: give digits only",
        ru: "SOURCE_DATE_EPOCH — не число секунд: укажите только цифры",
        kk: "SOURCE_DATE_EPOCH секунд саны емес: тек цифрлар жазыңыз",
    }
    GitMissing = "source.git-missing" {
        en: "cannot run git; is it installed? ({cause})",
        ru: "не удаётся запустить git; он установлен? ({cause})",
        kk: "git іске қосылмады; ол орнатылған ба? ({cause})",
    }
    RevNoFolder = "source.rev.no-folder" {
        en: "{path}: no such contract folder",
        ru: "{path}: такой папки договора нет",
        kk: "{path}: мұндай шарт қалтасы жоқ",
    }
    RevNotRepo = "source.rev.not-repo" {
        en: "{path}: not a git repository, so --rev {rev} cannot be read",
        ru: "{path}: это не git-репозиторий, поэтому --rev {rev} прочитать нельзя",
        kk: "{path}: бұл git репозиторийі емес, сондықтан --rev {rev} оқылмайды",
    }
    RevUnknown = "source.rev.unknown" {
        en: "unknown revision `{rev}` in the git repository {path}",
        ru: "в git-репозитории {path} нет ревизии `{rev}`",
        kk: "{path} git репозиторийінде `{rev}` ревизиясы жоқ",
    }
    RevTempFolder = "source.rev.temp" {
        en: "cannot create a temporary folder: {cause}",
        ru: "не удаётся создать временную папку: {cause}",
        kk: "уақытша қалта құру мүмкін емес: {cause}",
    }
    RevMissingFile = "source.rev.missing-file" {
        en: "{name} of {path} does not exist at revision `{rev}`",
        ru: "файла {name} папки {path} нет в ревизии `{rev}`",
        kk: "`{rev}` ревизиясында {path} қалтасының {name} файлы жоқ",
    }
    RevTempCopy = "source.rev.temp-copy" {
        en: "cannot write a temporary copy of {name}: {cause}",
        ru: "не удаётся записать временную копию {name}: {cause}",
        kk: "{name} файлының уақытша көшірмесін жазу мүмкін емес: {cause}",
    }
    RevUnreadable = "source.rev.unreadable" {
        en: "the contract at revision `{rev}` cannot be read: {cause}",
        ru: "договор в ревизии `{rev}` не удаётся прочитать: {cause}",
        kk: "`{rev}` ревизиясындағы шартты оқу мүмкін емес: {cause}",
    }

    // ---- rules: one line each (`qostil rules`, SARIF descriptors)
    RuleClauseMissing = "rule.clause-missing" {
        en: "a clause in one language only",
        ru: "пункт есть только в одном из текстов",
        kk: "тармақ мәтіндердің біреуінде ғана бар",
    }
    RuleDanglingReference = "rule.dangling-reference" {
        en: "a reference to a clause that does not exist",
        ru: "ссылка на несуществующий пункт",
        kk: "жоқ тармаққа сілтеме",
    }
    RuleFigureMismatch = "rule.figure-mismatch" {
        en: "paired clauses disagree on a figure",
        ru: "в соответствующих пунктах расходятся значения",
        kk: "сәйкес тармақтардағы мәндер әртүрлі",
    }
    RuleIdentifierMismatch = "rule.identifier-mismatch" {
        en: "paired clauses give different addresses, phone numbers or accounts, or a number fails its check",
        ru: "в соответствующих пунктах указаны разные адреса, телефоны или счета либо номер не проходит проверку контрольных цифр",
        kk: "сәйкес тармақтарда әртүрлі мекенжайлар, телефондар немесе шоттар көрсетілген не нөмір бақылау цифрларының тексерісінен өтпейді",
    }
    RuleNegationMismatch = "rule.negation-mismatch" {
        en: "a negation in one language only",
        ru: "отрицание есть только в одном из текстов",
        kk: "болымсыздық мәтіндердің біреуінде ғана бар",
    }
    RulePartyMismatch = "rule.party-mismatch" {
        en: "paired sentences name different parties",
        ru: "в соответствующих предложениях названы разные стороны",
        kk: "сәйкес сөйлемдерде әртүрлі тараптар аталған",
    }
    RuleTermInconsistency = "rule.term-inconsistency" {
        en: "one term rendered by two different names in the other language",
        ru: "один термин передан в другом тексте двумя разными наименованиями",
        kk: "бір термин екінші мәтінде екі түрлі атаумен берілген",
    }
    RuleSentenceMissing = "rule.sentence-missing" {
        en: "a sentence or paragraph in one language only",
        ru: "предложение или абзац есть только в одном из текстов",
        kk: "сөйлем немесе абзац мәтіндердің біреуінде ғана бар",
    }
    RuleOffByDefault = "rule.off-by-default" {
        en: "off by default; `extend-select` in qostil.toml turns it on",
        ru: "по умолчанию выключено; включается через `extend-select` в qostil.toml",
        kk: "әдепкі бойынша өшірулі; qostil.toml ішіндегі `extend-select` арқылы қосылады",
    }
    RuleFigureMissing = "rule.figure-missing" {
        en: "a figure in one language only",
        ru: "значение указано только в одном из текстов",
        kk: "мән мәтіндердің біреуінде ғана көрсетілген",
    }
    RuleNumberingDuplicate = "rule.numbering-duplicate" {
        en: "a clause number used twice",
        ru: "номер пункта повторяется",
        kk: "тармақ нөмірі қайталанады",
    }
    RuleNumberingGap = "rule.numbering-gap" {
        en: "clause numbers skipped",
        ru: "пропуск в нумерации пунктов",
        kk: "тармақтарды нөмірлеуде өткізіп алу бар",
    }
    RuleNumberingMismatch = "rule.numbering-mismatch" {
        en: "paired clauses carry different numbers",
        ru: "соответствующие пункты пронумерованы по-разному",
        kk: "сәйкес тармақтар әртүрлі нөмірленген",
    }
    RuleNumberingOrder = "rule.numbering-order" {
        en: "a clause number out of order",
        ru: "нарушен порядок нумерации пунктов",
        kk: "тармақтарды нөмірлеу реті бұзылған",
    }
    RuleRequisitesMismatch = "rule.requisites-mismatch" {
        en: "the requisites of the two languages name different accounts, codes or addresses",
        ru: "реквизиты в двух текстах указывают разные счета, коды или адреса",
        kk: "екі мәтіндегі деректемелерде әртүрлі шоттар, кодтар немесе мекенжайлар көрсетілген",
    }
    RuleWordsDigits = "rule.words-digits" {
        en: "digits disagree with the words beside them",
        ru: "цифры не совпадают с прописью",
        kk: "цифрлар жазбаша көрсетілген мәнге сәйкес келмейді",
    }
    RuleWrongLanguage = "rule.wrong-language" {
        en: "a clause written in the other language, or left untranslated",
        ru: "пункт изложен на другом языке или не переведён",
        kk: "тармақ басқа тілде жазылған немесе аударылмаған",
    }
    RuleUnacceptedRevision = "rule.unaccepted-revision" {
        en: "the document still holds unaccepted tracked changes",
        ru: "в документе остались непринятые исправления",
        kk: "құжатта қабылданбаған түзетулер қалған",
    }
    RuleSharedNumbering = "rule.shared-numbering" {
        en: "the language columns of a Word table are numbered by one shared list",
        ru: "колонки языков таблицы Word пронумерованы одним общим списком",
        kk: "Word кестесінің тіл бағандары бір ортақ тізіммен нөмірленген",
    }
    RuleOneSidedEdit = "rule.one-sided-edit" {
        en: "a change between versions made in one language only",
        ru: "изменение между редакциями внесено только в один из текстов",
        kk: "редакциялар арасындағы өзгеріс мәтіндердің біреуіне ғана енгізілген",
    }
    RuleRequisitesChanged = "rule.requisites-changed" {
        en: "a party's requisites changed between versions",
        ru: "реквизиты стороны изменены в новой редакции",
        kk: "тараптың деректемелері жаңа редакцияда өзгертілген",
    }
    RuleSourceError = "rule.source-error" {
        en: "the contract source cannot be read",
        ru: "исходный текст договора не удаётся прочитать",
        kk: "шарттың бастапқы мәтінін оқу мүмкін емес",
    }
    RuleUnusedSuppression = "rule.unused-suppression" {
        en: "a suppression that hides no finding",
        ru: "указание не проверять правило, которое не скрывает ни одного замечания",
        kk: "ешбір ескертпені жасырмайтын тексермеу туралы нұсқау",
    }
    // ---- suppressions and qostil.toml
    UnusedSuppression = "suppress.unused" {
        en: "the suppression of `{code}` hides no finding here: remove it",
        ru: "указание не проверять правило `{code}` здесь не скрывает ни одного замечания: удалите его",
        kk: "`{code}` ережесін тексермеу туралы нұсқау мұнда ешбір ескертпені жасырмайды: оны алып тастаңыз",
    }
    UnusedSuppressionAll = "suppress.unused-all" {
        en: "the suppression of every rule hides no finding here: remove it",
        ru: "указание не проверять этот фрагмент текста не скрывает ни одного замечания: удалите его",
        kk: "мәтіннің осы бөлігін тексермеу туралы нұсқау ешбір ескертпені жасырмайды: оны алып тастаңыз",
    }
    UnusedSuppressionUnknown = "suppress.unknown-rule" {
        en: "`{code}` is no rule of qostil, so this suppression hides nothing; the rules are: {codes}",
        ru: "правила `{code}` в qostil нет, поэтому это указание ничего не скрывает; имеются правила: {codes}",
        kk: "qostil-де `{code}` ережесі жоқ, сондықтан бұл нұсқау ештеңені жасырмайды; бар ережелер: {codes}",
    }
    ConfigInvalid = "config.invalid" {
        en: "invalid configuration: {error}",
        ru: "ошибка в файле настроек: {error}",
        kk: "баптаулар файлында қате бар: {error}",
    }
    ConfigInvalidAt = "config.invalid-at" {
        en: "invalid configuration at `{key}`: {error}",
        ru: "ошибка в файле настроек в ключе `{key}`: {error}",
        kk: "баптаулар файлында `{key}` кілтінде қате бар: {error}",
    }
    ConfigHelp = "config.help" {
        en: "see Configuration in README.md",
        ru: "формат файла настроек описан в README.md (раздел Configuration)",
        kk: "баптаулар файлының пішімі README.md файлында сипатталған (Configuration бөлімі)",
    }
    ConfigUnknownRule = "config.unknown-rule" {
        en: "`{key}` names `{code}`, which is no rule of qostil",
        ru: "в ключе `{key}` указано правило `{code}`, которого в qostil нет",
        kk: "`{key}` кілтінде qostil-де жоқ `{code}` ережесі көрсетілген",
    }
    ConfigKnownRules = "config.known-rules" {
        en: "the rules are: {codes}",
        ru: "имеются правила: {codes}",
        kk: "бар ережелер: {codes}",
    }
    ConfigBadGlob = "config.bad-glob" {
        en: "`{key}`: `{glob}` is not a valid glob: {error}",
        ru: "`{key}`: `{glob}` не является допустимым шаблоном пути: {error}",
        kk: "`{key}`: `{glob}` жарамды жол үлгісі емес: {error}",
    }
    ConfigBadLang = "config.bad-lang" {
        en: "`{key}`: `{lang}` is not a language of the contract; write kk or ru",
        ru: "`{key}`: `{lang}` не является языком договора; укажите kk или ru",
        kk: "`{key}`: `{lang}` шарттың тілі емес; kk немесе ru деп көрсетіңіз",
    }

    // ---- figures (qostil figures, text format)
    FigureWords = "figures.words" { en: "words", ru: "прописью", kk: "жазбаша" }
    KindMoney = "figures.kind.money" { en: "money", ru: "сумма", kk: "сома" }
    KindPercent = "figures.kind.percent" { en: "percent", ru: "процент", kk: "пайыз" }
    KindDuration = "figures.kind.duration" { en: "duration", ru: "срок", kk: "мерзім" }
    KindDate = "figures.kind.date" { en: "date", ru: "дата", kk: "күн-айы" }
    KindTime = "figures.kind.time" { en: "time", ru: "время", kk: "уақыт" }
    KindCount = "figures.kind.count" { en: "count", ru: "количество", kk: "саны" }
    KindNumber = "figures.kind.number" { en: "number", ru: "число", kk: "сан" }
    KindClauseRef = "figures.kind.clause-ref" { en: "clause-ref", ru: "ссылка-на-пункт", kk: "тармаққа-сілтеме" }
    KindItemRef = "figures.kind.item-ref" { en: "item-ref", ru: "ссылка-на-подпункт", kk: "тармақшаға-сілтеме" }
    KindLawRef = "figures.kind.law-ref" { en: "law-ref", ru: "ссылка-на-закон", kk: "заңға-сілтеме" }
    KindIdentifier = "figures.kind.identifier" { en: "identifier", ru: "идентификатор", kk: "сәйкестендіргіш" }
    UnitMoney = "figures.unit.money" { en: "money", ru: "деньги", kk: "ақша" }
    UnitPercent = "figures.unit.percent" { en: "percent", ru: "процент", kk: "пайыз" }
    UnitDay = "figures.unit.day" { en: "day", ru: "день", kk: "күн" }
    UnitWeek = "figures.unit.week" { en: "week", ru: "неделя", kk: "апта" }
    UnitMonth = "figures.unit.month" { en: "month", ru: "месяц", kk: "ай" }
    UnitYear = "figures.unit.year" { en: "year", ru: "год", kk: "жыл" }
    UnitHour = "figures.unit.hour" { en: "hour", ru: "час", kk: "сағат" }
    UnitMinute = "figures.unit.minute" { en: "minute", ru: "минута", kk: "минут" }
    UnitTimes = "figures.unit.times" { en: "times", ru: "раз", kk: "рет" }
    UnitCount = "figures.unit.count" { en: "count", ru: "штука", kk: "дана" }
    DayPlain = "figures.day.plain" { en: "plain", ru: "без-уточнения", kk: "нақтыланбаған" }
    DayWorking = "figures.day.working" { en: "working", ru: "рабочий", kk: "жұмыс" }
    DayCalendar = "figures.day.calendar" { en: "calendar", ru: "календарный", kk: "күнтізбелік" }
    DayBanking = "figures.day.banking" { en: "banking", ru: "банковский", kk: "банктік" }

    // ---- checker findings (src/check/rules/)
    FigureMismatch = "check.figure-mismatch" {
        en: "{clause:Nom}: the figures differ between the languages: {figures} (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: значения в казахском и русском текстах не совпадают: {figures} (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: қазақ және орыс тілдеріндегі мәтіндерде мәндер сәйкес келмейді: {figures} (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    NegationMissing = "check.negation-mismatch.missing" {
        en: "{clause:Nom}: the sentence {lang:text-of} has no negation where {other:text} has {words} (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: в предложении {lang:text-of} нет отрицания, которое есть {other:text-in}: {words} (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: {lang:text-of} сөйлемінде {other:text-in} бар болымсыздық жоқ: {words} (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    NegationFewer = "check.negation-mismatch.fewer" {
        en: "{clause:Nom}: the sentence {lang:text-of} has fewer negations ({fewer_words}) than {other:text} ({words}) (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: в предложении {lang:text-of} меньше отрицаний ({fewer_words}), чем {other:text-in} ({words}) (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: {lang:text-of} сөйлеміндегі болымсыздықтар ({fewer_words}) {other:text-in} берілгендерден ({words}) аз (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    PartyMismatch = "check.party-mismatch" {
        en: "{clause:Nom}: the sentences name different parties: the Kazakh text names «{kk_party}» where the Russian names «{ru_party}» (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: в предложениях названы разные стороны: в казахском тексте «{kk_party}», в русском — «{ru_party}» (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: сөйлемдерде әртүрлі тараптар аталған: қазақ тіліндегі мәтінде «{kk_party}», ал орыс тіліндегі мәтінде «{ru_party}» (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    TermInconsistency = "check.term-inconsistency" {
        en: "{clause:Nom}: the term «{term}» {other:text-of} is rendered {lang:text-in} as «{variant}», while {count:pl=another clause renders|other clauses render} it as «{usual}» (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: термин «{term}» {other:text-from} передан {lang:text-in} как «{variant}», тогда как в других пунктах ({count}) — как «{usual}» (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: {other:text-of} «{term}» термині {lang:text-in} «{variant}» деп берілген, ал басқа тармақтарда ({count}) «{usual}» деп берілген (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    TermInconsistencyDefined = "check.term-inconsistency.defined" {
        en: "{clause:Nom}: the term «{term}» {other:text-of} is rendered {lang:text-in} as «{variant}», while the contract defines it as «{usual}», used in {count:pl=another clause|other clauses} (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: термин «{term}» {other:text-from} передан {lang:text-in} как «{variant}», тогда как договор определяет его как «{usual}» (так он назван в других пунктах: {count}) (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: {other:text-of} «{term}» термині {lang:text-in} «{variant}» деп берілген, ал шартта ол «{usual}» деп анықталған (басқа тармақтарда осылай аталған: {count}) (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    SentenceMissing = "check.sentence-missing" {
        en: "{clause:Nom}: a sentence {lang:text-of} has no counterpart {other:text-in}: «{quote}».",
        ru: "{clause:Nom}: предложение {lang:text-of} отсутствует {other:text-in}: «{quote}».",
        kk: "{clause:Nom}: {lang:text-of} сөйлемі {other:text-in} жоқ: «{quote}».",
    }
    ParagraphMissing = "check.sentence-missing.paragraph" {
        en: "{clause:Nom} {lang:text-of} has no counterpart {other:text-in}: «{quote}».",
        ru: "{clause:Nom} {lang:text-of} отсутствует {other:text-in}: «{quote}».",
        kk: "{lang:Text-of} {clause:poss} {other:text-in} жоқ: «{quote}».",
    }
    FigureMissing = "check.figure-missing" {
        en: "{clause:Nom}: {figures} appears {lang:text-in} only ({lang:label}: «{quote}»; {other:label}: «{other_quote}»).",
        ru: "{clause:Nom}: только {lang:text-in} указано {figures} ({lang:label}: «{quote}»; {other:label}: «{other_quote}»).",
        kk: "{clause:Nom}: {figures} тек {lang:text-in} көрсетілген ({lang:label}: «{quote}»; {other:label}: «{other_quote}»).",
    }
    ClauseMissing = "check.clause-missing" {
        en: "{clause:Nom} {lang:text-of} has no counterpart {other:text-in} ({where}): «{quote}».",
        ru: "{clause:Nom} {lang:text-of} отсутствует {other:text-in} ({where}): «{quote}».",
        kk: "{lang:Text-of} {clause:poss} {other:text-in} жоқ ({where}): «{quote}».",
    }
    ClauseMissingRange = "check.clause-missing.range" {
        en: "Clauses {first}–{last} {lang:text-of} have no counterpart {other:text-in} ({where}): «{quote}».",
        ru: "Пункты {first}–{last} {lang:text-of} отсутствуют {other:text-in} ({where}): «{quote}».",
        kk: "{lang:Text-of} {first}–{last}-тармақтары {other:text-in} жоқ ({where}): «{quote}».",
    }
    ClauseMissingAfter = "check.clause-missing.after" {
        en: "expected after {clause}",
        ru: "ожидается после {clause:gen}",
        kk: "{clause:abl} кейін болуы тиіс",
    }
    ClauseMissingStart = "check.clause-missing.start" {
        en: "expected at the start",
        ru: "ожидается в начале текста",
        kk: "мәтіннің басында болуы тиіс",
    }
    NumberingGap = "check.numbering-gap" {
        en: "Numbering {lang:text-in}: {number} follows {prev}; {expected} is skipped: «{quote}».",
        ru: "Нумерация {lang:text-of}: {number:nom} следует за {prev:ins}, {expected:nom} пропущен: «{quote}».",
        kk: "{lang:Text-of} нөмірленуі: {number:nom} {prev:abl} кейін тұр, {expected:nom} өткізіп алынған: «{quote}».",
    }
    NumberingDuplicate = "check.numbering-duplicate" {
        en: "Numbering {lang:text-in}: {number} repeats a number used before (first at line {first}); {expected} was expected after {prev}: «{quote}».",
        ru: "Нумерация {lang:text-of}: номер {number:gen} повторяется (впервые — в строке {first}); после {prev:gen} ожидался {expected:nom}: «{quote}».",
        kk: "{lang:Text-of} нөмірленуі: {number:nom} нөмірі қайталанады (алғаш рет {first}-жолда); {prev:abl} кейін {expected:nom} болуы тиіс: «{quote}».",
    }
    NumberingOrder = "check.numbering-order" {
        en: "Numbering {lang:text-in}: {number} is out of order after {prev}; {expected} was expected: «{quote}».",
        ru: "Нумерация {lang:text-of}: {number:nom} после {prev:gen} нарушает порядок; ожидался {expected:nom}: «{quote}».",
        kk: "{lang:Text-of} нөмірленуі: {number:nom} {prev:abl} кейін ретсіз тұр; {expected:nom} болуы тиіс: «{quote}».",
    }
    NumberingMismatch = "check.numbering-mismatch" {
        en: "The same clause is numbered {kk_number} in the Kazakh text and {ru_number} in the Russian text{more} (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "Один и тот же пункт имеет номер {kk_number} в казахском тексте и {ru_number} в русском{more} (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "Бір тармақ қазақ тіліндегі мәтінде {kk_number} деп, орыс тіліндегі мәтінде {ru_number} деп нөмірленген{more} (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    NumberingMismatchMore = "check.numbering-mismatch.more" {
        en: ", and so {count:pl=is the clause|are the clauses} after it",
        ru: ", как и {count:pl=следующий пункт|следующих пункта|следующих пунктов}",
        kk: ", одан кейінгі {count:pl=тармақ} та солай",
    }
    SharedNumbering = "check.shared-numbering" {
        en: "The Kazakh and the Russian columns of the table are numbered by one shared Word list, so Word numbers them in turn across the columns: in the same row the Kazakh text shows «{kk}» («{kk_text}») and the Russian text «{ru}» («{ru_text}»). Every clause number of both texts as printed is wrong; give each column a list of its own. The clauses were compared with each column numbered on its own.",
        ru: "Колонки казахского и русского текстов таблицы пронумерованы одним общим списком Word, поэтому Word нумерует их поочерёдно через обе колонки: в одной строке казахский текст имеет номер «{kk}» («{kk_text}»), а русский — «{ru}» («{ru_text}»). В напечатанном документе номера всех пунктов обоих текстов неверны; каждой колонке следует задать собственный список. Пункты сопоставлены так, как если бы каждая колонка имела собственную нумерацию.",
        kk: "Кестенің қазақ және орыс тіліндегі мәтіндерінің бағандары Word-тың бір ортақ тізімімен нөмірленген, сондықтан Word оларды екі баған бойынша кезекпен нөмірлейді: бір жолда қазақ тіліндегі мәтіннің нөмірі «{kk}» («{kk_text}»), ал орыс тіліндегі мәтіннің нөмірі «{ru}» («{ru_text}»). Басылған құжатта екі мәтіннің барлық тармақтарының нөмірлері қате; әр бағанға жеке тізім берілуі тиіс. Тармақтар әр баған өз нөмірленуімен салыстырылды.",
    }
    RevisionDeleted = "check.unaccepted-revision.deleted" {
        en: "{clause:Nom} {lang:text-of}: the document still holds an unaccepted deletion: «{text}»{by}.",
        ru: "{clause:Nom} {lang:text-of}: в документе осталось непринятое исправление — удалён фрагмент «{text}»{by}.",
        kk: "{lang:Text-of} {clause:poss}: құжатта қабылданбаған түзету қалды — «{text}» үзіндісі жойылған{by}.",
    }
    RevisionInserted = "check.unaccepted-revision.inserted" {
        en: "{clause:Nom} {lang:text-of}: the document still holds an unaccepted insertion: «{text}»{by}.",
        ru: "{clause:Nom} {lang:text-of}: в документе осталось непринятое исправление — вставлен фрагмент «{text}»{by}.",
        kk: "{lang:Text-of} {clause:poss}: құжатта қабылданбаған түзету қалды — «{text}» үзіндісі енгізілген{by}.",
    }
    RevisionMoved = "check.unaccepted-revision.moved" {
        en: "{clause:Nom} {lang:text-of}: the document still holds an unaccepted move of text to this place: «{text}»{by}.",
        ru: "{clause:Nom} {lang:text-of}: в документе осталось непринятое исправление — сюда перемещён фрагмент «{text}»{by}.",
        kk: "{lang:Text-of} {clause:poss}: құжатта қабылданбаған түзету қалды — «{text}» үзіндісі осы жерге басқа жерден ауыстырылған{by}.",
    }
    RevisionBy = "check.unaccepted-revision.by" {
        en: " (by {author})",
        ru: " (автор исправления: {author})",
        kk: " (түзетудің авторы: {author})",
    }
    WordsDigits = "check.words-digits" {
        en: "{clause:Nom} {lang:text-of}: the number {digits} in digits disagrees with the words «{words}» ({words_value}): «{quote}».",
        ru: "{clause:Nom} {lang:text-of}: число {digits}, указанное цифрами, не совпадает с прописью «{words}» ({words_value}): «{quote}».",
        kk: "{lang:Text-of} {clause:poss}: цифрмен жазылған {digits} саны «{words}» деген жазбаша мәнге ({words_value}) сәйкес келмейді: «{quote}».",
    }
    DanglingReference = "check.dangling-reference" {
        en: "{clause:Nom} {lang:text-of} refers to {target}, which does not exist: «{quote}».",
        ru: "{clause:Nom} {lang:text-of} ссылается на несуществующий {target:acc}: «{quote}».",
        kk: "{lang:Text-of} {clause:poss} жоқ {target:dat} сілтеме жасайды: «{quote}».",
    }
    RequisitesMismatch = "check.requisites-mismatch" {
        en: "Requisites: {what} differs between the languages: «{kk}» in the Kazakh text, «{ru}» in the Russian text.",
        ru: "Реквизиты: {what} в казахском и русском текстах не совпадает: «{kk}» в казахском тексте, «{ru}» в русском.",
        kk: "Деректемелер: қазақ және орыс тілдеріндегі мәтіндерде {what} әртүрлі: қазақ тіліндегі мәтінде «{kk}», орыс тіліндегі мәтінде «{ru}».",
    }
    IdentifierMismatch = "check.identifier-mismatch" {
        en: "{clause:Nom}: {what} differs between the languages: «{kk}» in the Kazakh text, «{ru}» in the Russian text (Kazakh: «{kk_quote}»; Russian: «{ru_quote}»).",
        ru: "{clause:Nom}: {what} в казахском и русском текстах не совпадает: «{kk}» в казахском тексте, «{ru}» в русском (казахский текст: «{kk_quote}»; русский текст: «{ru_quote}»).",
        kk: "{clause:Nom}: қазақ және орыс тілдеріндегі мәтіндерде {what} әртүрлі: қазақ тіліндегі мәтінде «{kk}», орыс тіліндегі мәтінде «{ru}» (қазақша: «{kk_quote}»; орысша: «{ru_quote}»).",
    }
    IdentifierInvalid = "check.identifier-mismatch.invalid" {
        en: "{clause:Nom} {lang:text-of}: {what} {number} fails its check digits, so it is written with an error: «{quote}».",
        ru: "{clause:Nom} {lang:text-of}: {what} {number} указан с ошибкой — не сходятся контрольные цифры: «{quote}».",
        kk: "{lang:Text-of} {clause:poss}: {what} {number} қате көрсетілген — бақылау цифрлары сәйкес келмейді: «{quote}».",
    }
    IdentifierAccount = "check.identifier-mismatch.account" { en: "the account number", ru: "номер счёта (ИИК)", kk: "шот нөмірі (ЖСК)" }
    RequisitesIban = "check.requisites.iban" { en: "the account (IBAN)", ru: "счёт (ИИК)", kk: "шот (ЖСК)" }
    RequisitesBin = "check.requisites.bin" { en: "the BIN/IIN", ru: "БИН/ИИН", kk: "БСН/ЖСН" }
    RequisitesBic = "check.requisites.bic" { en: "the bank code (BIC)", ru: "БИК банка", kk: "банктің БСК-сы" }
    RequisitesEmail = "check.requisites.email" { en: "the e-mail address", ru: "адрес электронной почты", kk: "электрондық пошта мекенжайы" }
    RequisitesPhone = "check.requisites.phone" { en: "the phone number", ru: "номер телефона", kk: "телефон нөмірі" }
    RequisitesSite = "check.requisites.site" { en: "the web address", ru: "адрес сайта", kk: "сайт мекенжайы" }
    WrongLanguageRu = "check.wrong-language.ru" {
        en: "{clause:Nom} of the Russian text is written in Kazakh: «{quote}».",
        ru: "{clause:Nom} русского текста изложен на казахском языке: «{quote}».",
        kk: "Орыс тіліндегі мәтіннің {clause:poss} қазақ тілінде жазылған: «{quote}».",
    }
    WrongLanguageKk = "check.wrong-language.kk" {
        en: "{clause:Nom} of the Kazakh text is written in Russian: «{quote}».",
        ru: "{clause:Nom} казахского текста изложен на русском языке: «{quote}».",
        kk: "Қазақ тіліндегі мәтіннің {clause:poss} орыс тілінде жазылған: «{quote}».",
    }
    UntranslatedRu = "check.wrong-language.untranslated.ru" {
        en: "{clause:Nom} of the Russian text was left untranslated: it repeats the Kazakh text word for word: «{quote}».",
        ru: "{clause:Nom} русского текста не переведён: он дословно повторяет казахский текст: «{quote}».",
        kk: "Орыс тіліндегі мәтіннің {clause:poss} аударылмаған: қазақ тіліндегі мәтінді сөзбе-сөз қайталайды: «{quote}».",
    }
    UntranslatedKk = "check.wrong-language.untranslated.kk" {
        en: "{clause:Nom} of the Kazakh text was left untranslated: it repeats the Russian text word for word: «{quote}».",
        ru: "{clause:Nom} казахского текста не переведён: он дословно повторяет русский текст: «{quote}».",
        kk: "Қазақ тіліндегі мәтіннің {clause:poss} аударылмаған: орыс тіліндегі мәтінді сөзбе-сөз қайталайды: «{quote}».",
    }
    WholeWrongRu = "check.wrong-language.whole.ru" {
        en: "The Russian text ({file}) is written in Kazakh almost throughout ({wrong} of {count:pl=clause|clauses}), starting with «{quote}».",
        ru: "Русский текст ({file}) почти целиком изложен на казахском языке ({wrong} из {count:pl=пункта|пунктов|пунктов}), начиная с «{quote}».",
        kk: "Орыс тіліндегі мәтін ({file}) түгелге жуық қазақ тілінде жазылған (қазақ тілінде жазылған тармақтар: {wrong}, барлығы: {count}), басы: «{quote}».",
    }
    WholeWrongKk = "check.wrong-language.whole.kk" {
        en: "The Kazakh text ({file}) is written in Russian almost throughout ({wrong} of {count:pl=clause|clauses}), starting with «{quote}».",
        ru: "Казахский текст ({file}) почти целиком изложен на русском языке ({wrong} из {count:pl=пункта|пунктов|пунктов}), начиная с «{quote}».",
        kk: "Қазақ тіліндегі мәтін ({file}) түгелге жуық орыс тілінде жазылған (орыс тілінде жазылған тармақтар: {wrong}, барлығы: {count}), басы: «{quote}».",
    }

    // ---- diff: changes between versions, one-sided edits (src/diff/)
    FigureChanged = "diff.figure.changed" { en: "{old} → {new}", ru: "{old} → {new}", kk: "{old} → {new}" }
    FigureRemoved = "diff.figure.removed" { en: "{old} (deleted)", ru: "{old} (исключено)", kk: "{old} (алынып тасталды)" }
    FigureAdded = "diff.figure.added" { en: "{new} (inserted)", ru: "{new} (добавлено)", kk: "{new} (қосылды)" }
    FigureNone = "diff.figure.none" { en: "no figure changed", ru: "цифры не изменены", kk: "сандар өзгермеген" }
    FigureList = "diff.figure.list" { en: "{first}; {rest}", ru: "{first}; {rest}", kk: "{first}; {rest}" }
    OneSidedFigures = "diff.one-sided.figures" {
        en: "{clause:Nom}: figures changed {lang:text-in} ({figures}), but the clause did not change {other:text-in}.",
        ru: "{clause:Nom}: {lang:text-in} изменены цифры ({figures}), а {other:text-in} пункт не изменён.",
        kk: "{clause:Nom}: {lang:text-in} сандар өзгертілген ({figures}), ал {other:text-in} тармақ өзгермеген.",
    }
    OneSidedWording = "diff.one-sided.wording" {
        en: "{clause:Nom}: the wording changed {lang:text-in}, but not {other:text-in}.",
        ru: "{clause:Nom}: редакция изменена {lang:text-in}, но не {other:text-in}.",
        kk: "{clause:Nom}: {lang:text-in} редакциясы өзгертілген, ал {other:text-in} өзгермеген.",
    }
    OneSidedInserted = "diff.one-sided.inserted" {
        en: "{clause:Nom} was inserted {lang:text-to}, but not {other:text-to}.",
        ru: "{clause:Nom} добавлен {lang:text-to}, но не {other:text-to}.",
        kk: "{clause:Nom} {lang:text-to} қосылған, бірақ {other:text-to} қосылмаған.",
    }
    OneSidedDeleted = "diff.one-sided.deleted" {
        en: "{clause:Nom} was deleted {lang:text-from}, but not {other:text-from}.",
        ru: "{clause:Nom} исключён {lang:text-from}, но не {other:text-from}.",
        kk: "{clause:Nom} {lang:text-from} алынып тасталған, бірақ {other:text-from} алынбаған.",
    }
    OneSidedMoved = "diff.one-sided.moved" {
        en: "{clause:Nom} was moved {lang:text-in}, but not {other:text-in}.",
        ru: "{clause:Nom} перемещён {lang:text-in}, но не {other:text-in}.",
        kk: "{clause:Nom} {lang:text-in} басқа орынға ауыстырылған, бірақ {other:text-in} ауыстырылмаған.",
    }
    OneSidedDifferently = "diff.one-sided.differently" {
        en: "{clause:Nom}: the figures changed differently in the two languages ({lang:label}: {figures}; {other:label}: {other_figures}).",
        ru: "{clause:Nom}: цифры в казахском и русском текстах изменены по-разному ({lang:label}: {figures}; {other:label}: {other_figures}).",
        kk: "{clause:Nom}: қазақ және орыс тілдеріндегі мәтіндерде сандар әртүрлі өзгертілген ({lang:label}: {figures}; {other:label}: {other_figures}).",
    }
    KindInserted = "diff.kind.inserted" { en: "inserted", ru: "добавлен", kk: "қосылды" }
    KindDeleted = "diff.kind.deleted" { en: "deleted", ru: "исключён", kk: "алынып тасталды" }
    KindModified = "diff.kind.modified" { en: "modified", ru: "изменён", kk: "өзгертілді" }
    KindMoved = "diff.kind.moved" { en: "moved", ru: "перемещён", kk: "орны ауыстырылды" }
    KindRenumbered = "diff.kind.renumbered" { en: "renumbered", ru: "перенумерован", kk: "нөмірі өзгертілді" }
    ChangeInserted = "diff.change.inserted" { en: "{clause:Nom} was inserted.", ru: "Добавлен {clause:nom}.", kk: "{clause:Nom} қосылды." }
    ChangeDeleted = "diff.change.deleted" { en: "{clause:Nom} was deleted.", ru: "Исключён {clause:nom}.", kk: "{clause:Nom} алынып тасталды." }
    ChangeModified = "diff.change.modified" { en: "{clause:Nom} was modified.", ru: "Изменён {clause:nom}.", kk: "{clause:Nom} өзгертілді." }
    ChangeModifiedRenumbered = "diff.change.modified-renumbered" {
        en: "{old:Nom} was modified and is now {new}.",
        ru: "{old:Nom} изменён и стал {new:ins}.",
        kk: "{old:Nom} өзгертіліп, енді {new:nom} болды.",
    }
    ChangeMoved = "diff.change.moved" {
        en: "{old:Nom} was moved; it is now {new}.",
        ru: "{old:Nom} перемещён; теперь это {new:nom}.",
        kk: "{old:Nom} басқа орынға ауыстырылды; енді ол — {new:nom}.",
    }
    ChangeMovedEdited = "diff.change.moved-edited" {
        en: "{old:Nom} was moved and modified; it is now {new}.",
        ru: "{old:Nom} перемещён и изменён; теперь это {new:nom}.",
        kk: "{old:Nom} басқа орынға ауыстырылып, өзгертілді; енді ол — {new:nom}.",
    }
    ChangeRenumbered = "diff.change.renumbered" {
        en: "{old:Nom} is now {new}; its text did not change.",
        ru: "{old:Nom} стал {new:ins}; текст не изменён.",
        kk: "{old:Nom} енді — {new:nom}; мәтіні өзгермеген.",
    }
    ChangeRenumberedRun = "diff.change.renumbered-run" {
        en: "Clauses {old_first}–{old_last} are now clauses {new_first}–{new_last} ({count:pl=clause|clauses}); their text did not change.",
        ru: "Пункты {old_first}–{old_last} стали пунктами {new_first}–{new_last} ({count:pl=пункт|пункта|пунктов}); текст не изменён.",
        kk: "{old_first}–{old_last}-тармақтар енді {new_first}–{new_last}-тармақтар ({count:pl=тармақ}); мәтіні өзгермеген.",
    }
    ChangeFigure = "diff.change.figure" {
        en: "{clause:Nom}: {context} {change}",
        ru: "{clause:Nom}: {context} {change}",
        kk: "{clause:Nom}: {context} {change}",
    }
    MovedTo = "diff.moved-to" {
        en: "{old:Nom} was moved: see {new}.",
        ru: "{old:Nom} перемещён: см. {new:acc}.",
        kk: "{old:Nom} басқа орынға ауыстырылды: {new:acc} қараңыз.",
    }
    UnchangedRun = "diff.unchanged-run" {
        en: "{count:pl=clause|clauses} unchanged, not shown",
        ru: "Без изменений: {count} (не показаны)",
        kk: "Өзгеріссіз: {count} (көрсетілмеген)",
    }
    DiffTitle = "diff.title" { en: "Changes between two versions", ru: "Изменения между редакциями", kk: "Редакциялар арасындағы өзгерістер" }
    OldVersion = "diff.old-version" { en: "Old version", ru: "Прежняя редакция", kk: "Бұрынғы редакция" }
    NewVersion = "diff.new-version" { en: "New version", ru: "Новая редакция", kk: "Жаңа редакция" }
    Compared = "diff.compared" {
        en: "Compared: {old} (old) with {new} (new).",
        ru: "Сравнены: {old} (прежняя редакция) и {new} (новая редакция).",
        kk: "Салыстырылды: {old} (бұрынғы редакция) және {new} (жаңа редакция).",
    }
    DiffSummary = "diff.summary" {
        en: "Changes: {changes} ({modified} modified, {inserted} inserted, {deleted} deleted, {moved} moved, {renumbered} renumbered).",
        ru: "Изменений: {changes} (изменено: {modified}, добавлено: {inserted}, исключено: {deleted}, перемещено: {moved}, перенумеровано: {renumbered}).",
        kk: "Өзгерістер: {changes} (өзгертілгені: {modified}, қосылғаны: {inserted}, алынғаны: {deleted}, орны ауыстырылғаны: {moved}, қайта нөмірленгені: {renumbered}).",
    }
    NoChanges = "diff.no-changes" { en: "The two versions are the same.", ru: "Редакции совпадают.", kk: "Редакциялар бірдей." }
    FiguresHeading = "diff.figures-heading" { en: "Figures changed", ru: "Изменённые цифры", kk: "Өзгерген сандар" }
    NoFigures = "diff.no-figures" { en: "No figure changed.", ru: "Цифры не изменены.", kk: "Сандар өзгермеген." }
    FindingsHeading = "diff.findings-heading" { en: "Edits made in one language only", ru: "Правки только в одном из текстов", kk: "Мәтіндердің біреуінде ғана жасалған түзетулер" }
    NoOneSided = "diff.no-findings" {
        en: "Both languages changed the same way.",
        ru: "Казахский и русский тексты изменены одинаково.",
        kk: "Қазақ және орыс тілдеріндегі мәтіндер бірдей өзгертілген.",
    }
    LangHeading = "diff.lang-heading" { en: "{lang:label} text", ru: "{lang:Text}", kk: "{lang:Text}" }
    LangUnchanged = "diff.lang-unchanged" { en: "No changes in this language.", ru: "В этом тексте изменений нет.", kk: "Бұл мәтінде өзгерістер жоқ." }
    DiffTotals = "diff.totals" {
        en: "Changes: {changes}. Errors: {errors}. Warnings: {warnings}.",
        ru: "Изменений: {changes}; ошибок: {errors}, предупреждений: {warnings}.",
        kk: "Өзгерістер: {changes}; қателер: {errors}, ескертулер: {warnings}.",
    }
    // ---- diff of contract.toml (src/diff/meta.rs)
    MetaHeading = "diff.meta.heading" { en: "Requisites and metadata", ru: "Реквизиты и сведения о договоре", kk: "Деректемелер және шарт туралы мәліметтер" }
    MetaUnchanged = "diff.meta.unchanged" {
        en: "The requisites and the metadata did not change.",
        ru: "Реквизиты и сведения о договоре не изменены.",
        kk: "Деректемелер мен шарт туралы мәліметтер өзгермеген.",
    }
    MetaPartyField = "diff.meta.party-field" { en: "{party}: {field}", ru: "{party}: {field}", kk: "{party}: {field}" }
    MetaChanged = "diff.meta.changed" { en: "{what}: «{old}» → «{new}»", ru: "{what}: «{old}» → «{new}»", kk: "{what}: «{old}» → «{new}»" }
    MetaAdded = "diff.meta.added" { en: "{what}: added «{new}»", ru: "{what}: добавлено «{new}»", kk: "{what}: «{new}» қосылды" }
    MetaRemoved = "diff.meta.removed" {
        en: "{what}: removed (was «{old}»)",
        ru: "{what}: исключено (прежнее значение — «{old}»)",
        kk: "{what}: алынып тасталды (бұрынғы мәні — «{old}»)",
    }
    MetaOneSided = "diff.meta.one-sided" {
        en: "{what}: changed {lang:text-in} («{old}» → «{new}»), but not {other:text-in} («{same}»).",
        ru: "{what}: {lang:text-in} изменено («{old}» → «{new}»), а {other:text-in} осталось прежним («{same}»).",
        kk: "{what}: {lang:text-in} өзгертілген («{old}» → «{new}»), ал {other:text-in} бұрынғы күйінде қалған («{same}»).",
    }
    MetaOneSidedMark = "diff.meta.one-sided-mark" {
        en: "changed in one language only",
        ru: "изменено только в одном из текстов",
        kk: "мәтіндердің біреуінде ғана өзгертілген",
    }
    MetaRequisiteChanged = "diff.meta.requisite-changed" {
        en: "Requisites changed: {change}.",
        ru: "Изменены реквизиты: {change}.",
        kk: "Деректемелер өзгертілді: {change}.",
    }
    MetaFigureNote = "diff.meta.figure-note" {
        en: "changed figures are shown in the clauses that state them",
        ru: "изменённые величины показаны в пунктах, где они указаны",
        kk: "өзгерген шамалар олар көрсетілген тармақтарда берілген",
    }
    MetaFieldId = "diff.meta.field.id" { en: "contract id", ru: "идентификатор договора", kk: "шарттың сәйкестендіргіші" }
    MetaFieldVersion = "diff.meta.field.version" { en: "version date", ru: "дата редакции", kk: "редакция күні" }
    MetaFieldNumber = "diff.meta.field.number" { en: "contract number", ru: "номер договора", kk: "шарттың нөмірі" }
    MetaFieldDate = "diff.meta.field.date" { en: "date of signing", ru: "дата заключения договора", kk: "шарттың жасалған күні" }
    MetaFieldTitle = "diff.meta.field.title" { en: "title", ru: "наименование договора", kk: "шарттың атауы" }
    MetaFieldCity = "diff.meta.field.city" { en: "place of signing", ru: "место заключения договора", kk: "шарттың жасалған жері" }
    MetaFieldRunningHeader = "diff.meta.field.running-header" { en: "running header", ru: "колонтитул", kk: "колонтитул" }
    MetaFieldInitials = "diff.meta.field.initials" { en: "initials line on every page", ru: "строка для парафирования страниц", kk: "беттерді парафтауға арналған жол" }
    MetaFieldRuYo = "diff.meta.field.ru-yo" { en: "«ё» in Russian number words", ru: "буква «ё» в числительных", kk: "орыс тіліндегі сан есімдердегі «ё» әрпі" }
    MetaFieldParty = "diff.meta.field.party" { en: "party", ru: "сторона", kk: "тарап" }
    MetaFieldRole = "diff.meta.field.role" { en: "role", ru: "наименование стороны в договоре", kk: "тараптың шарттағы атауы" }
    MetaFieldName = "diff.meta.field.name" { en: "name", ru: "наименование", kk: "атауы" }
    MetaFieldAddress = "diff.meta.field.address" { en: "address", ru: "адрес", kk: "мекенжайы" }
    MetaFieldBin = "diff.meta.field.bin" { en: "BIN", ru: "БИН", kk: "БСН" }
    MetaFieldIin = "diff.meta.field.iin" { en: "IIN", ru: "ИИН", kk: "ЖСН" }
    MetaFieldIban = "diff.meta.field.iban" { en: "account (IBAN)", ru: "ИИК (IBAN)", kk: "ЖСК (IBAN)" }
    MetaFieldBank = "diff.meta.field.bank" { en: "bank", ru: "банк", kk: "банк" }
    MetaFieldBik = "diff.meta.field.bik" { en: "bank code (BIC)", ru: "БИК", kk: "БСК" }
    MetaFieldEmail = "diff.meta.field.email" { en: "e-mail", ru: "электронная почта", kk: "электрондық пошта" }
    MetaFieldPhone = "diff.meta.field.phone" { en: "phone", ru: "телефон", kk: "телефон" }
    MetaFieldSite = "diff.meta.field.site" { en: "web site", ru: "сайт", kk: "сайт" }
    MetaFieldSignatory = "diff.meta.field.signatory" { en: "signatory", ru: "лицо, подписывающее договор", kk: "шартқа қол қоятын тұлға" }
    MetaFieldFigure = "diff.meta.field.figure" { en: "figure «{name}»", ru: "величина «{name}»", kk: "«{name}» шамасы" }
    CreatedBy = "diff.created-by" { en: "Made by qostil {version}.", ru: "Подготовлено qostil {version}.", kk: "qostil {version} арқылы дайындалды." }

    // ---- source diagnostics (src/source/, src/render/html.rs)
    // Names, ids, file names and code examples come as text arguments (code
    // holds quotes and braces a template cannot); numbers as numbers; the
    // words of another library (a TOML or tera error) as text, verbatim.
    SrcTooLarge = "source.too-large" {
        en: "the file is larger than {mb} MB, the most qostil reads",
        ru: "файл больше {mb} МБ — это наибольший размер, который читает qostil",
        kk: "файлдың көлемі {mb} МБ-тан асады, ал qostil бұдан үлкен файлды оқымайды",
    }
    SrcTooLargeHelp = "source.too-large.help" {
        en: "split the document, or raise the limit with QOSTIL_MAX_INPUT_MB",
        ru: "разделите документ на части или увеличьте предел переменной окружения QOSTIL_MAX_INPUT_MB",
        kk: "құжатты бөліктерге бөліңіз немесе QOSTIL_MAX_INPUT_MB орта айнымалысы арқылы шекті үлкейтіңіз",
    }
    SrcFormatUnsupported = "source.format-unsupported" {
        en: "{format} files cannot be read yet; save the document as text",
        ru: "файлы {format} пока не читаются; сохраните документ как текст",
        kk: "{format} файлдары әзірге оқылмайды; құжатты мәтін ретінде сақтаңыз",
    }
    SrcDocxZip = "source.docx-zip" {
        en: "the file looks like a Word document (a ZIP archive) but cannot be opened as one",
        ru: "файл похож на документ Word (ZIP-архив), но открыть его не удаётся",
        kk: "файл Word құжатына (ZIP мұрағатына) ұқсайды, бірақ оны ашу мүмкін емес",
    }
    SrcDocxNoDocument = "source.docx-no-document" {
        en: "the ZIP archive is not a Word document: it has no document body (word/document.xml)",
        ru: "ZIP-архив не является документом Word: в нём нет основного текста документа (word/document.xml)",
        kk: "ZIP мұрағаты Word құжаты емес: онда құжаттың негізгі мәтіні (word/document.xml) жоқ",
    }
    SrcDocxXml = "source.docx-xml" {
        en: "the part {part} of the Word document is damaged: its XML breaks off at line {line}, column {column}",
        ru: "часть {part} документа Word повреждена: её XML-разметка нарушена в строке {line}, позиция {column}",
        kk: "Word құжатының {part} бөлігі бүлінген: оның XML белгіленімі {line}-жолда, {column}-позицияда бұзылған",
    }
    SrcDocxPart = "source.docx-part" {
        en: "the part {part} of the Word document cannot be unpacked",
        ru: "часть {part} документа Word не удаётся распаковать",
        kk: "Word құжатының {part} бөлігін ашу мүмкін емес",
    }
    SrcDocxTooLarge = "source.docx-too-large" {
        en: "the Word document unpacks to more than {mb} MB, the most qostil reads",
        ru: "документ Word в распакованном виде больше {mb} МБ — это наибольший размер, который читает qostil",
        kk: "Word құжатының ашылған көлемі {mb} МБ-тан асады, ал qostil бұдан үлкен файлды оқымайды",
    }
    SrcDocxResave = "source.docx-resave" {
        en: "open the document in Word or LibreOffice and save it again as .docx",
        ru: "откройте документ в Word или LibreOffice и сохраните его заново в формате .docx",
        kk: "құжатты Word немесе LibreOffice бағдарламасында ашып, .docx пішімінде қайта сақтаңыз",
    }
    SrcDocxLegacy = "source.docx-legacy" {
        en: "this is a Word 97–2003 document (.doc) or a password-protected one; qostil reads .docx files",
        ru: "это документ Word 97–2003 (.doc) или документ, защищённый паролем; qostil читает файлы .docx",
        kk: "бұл Word 97–2003 құжаты (.doc) немесе құпиясөзбен қорғалған құжат; qostil .docx файлдарын оқиды",
    }
    SrcDocxSaveAs = "source.docx-save-as" {
        en: "open it in Word and save it as a Word document (.docx) without a password",
        ru: "откройте его в Word и сохраните как документ Word (.docx) без пароля",
        kk: "оны Word бағдарламасында ашып, құпиясөзсіз Word құжаты (.docx) ретінде сақтаңыз",
    }
    SrcNotUtf8 = "source.not-utf8" {
        en: "the file is not UTF-8 text",
        ru: "файл не является текстом в кодировке UTF-8",
        kk: "файл UTF-8 кодтауындағы мәтін емес",
    }
    SrcNotUtf8Help = "source.not-utf8.help" {
        en: "save the document as UTF-8 text",
        ru: "сохраните документ как текст в кодировке UTF-8",
        kk: "құжатты UTF-8 кодтауындағы мәтін ретінде сақтаңыз",
    }
    SrcNotUtf8HelpFile = "source.not-utf8.help-file" {
        en: "save it as UTF-8",
        ru: "сохраните файл в кодировке UTF-8",
        kk: "файлды UTF-8 кодтауында сақтаңыз",
    }
    SrcTooDeep = "source.too-deep" {
        en: "this line starts with a clause number of {levels} levels; qostil reads at most {max}",
        ru: "строка начинается с номера пункта, в котором {levels:pl=уровень|уровня|уровней}; qostil читает не более {max:pl=уровня|уровней|уровней}",
        kk: "жол {levels} деңгейлі тармақ нөмірінен басталады; qostil ең көбі {max} деңгейді оқиды",
    }
    SrcTooDeepHelp = "source.too-deep.help" {
        en: "split the numbering into sections, or remove the stray dots and digits",
        ru: "разбейте нумерацию на разделы или удалите лишние точки и цифры",
        kk: "нөмірлеуді бөлімдерге бөліңіз немесе артық нүктелер мен цифрларды алып тастаңыз",
    }
    SrcNotContractFolder = "source.not-contract-folder" {
        en: "not a contract folder: it has no contract.toml, kk.md and ru.md",
        ru: "это не папка договора: в ней нет файлов contract.toml, kk.md и ru.md",
        kk: "бұл шарт қалтасы емес: онда contract.toml, kk.md және ru.md файлдары жоқ",
    }
    SrcNoCounterpart = "source.no-counterpart" {
        en: "no file {other:text-of} was found beside {file} ({lang:label}); name the two files alike, e.g. offer.kk.txt and offer.ru.txt",
        ru: "для файла {file} ({lang:label}) в той же папке не найден файл {other:text-of}; назовите оба файла одинаково, например offer.kk.txt и offer.ru.txt",
        kk: "{file} файлы ({lang:label}) жатқан қалтада {other:text-of} файлы табылмады; екі файлды бірдей атаңыз, мысалы offer.kk.txt және offer.ru.txt",
    }
    SrcNoContracts = "source.no-contracts" {
        en: "no contract found in this folder: neither a contract folder (contract.toml) nor a document (.txt, .md, .html, .docx, .pdf)",
        ru: "в этой папке не найдено ни одного договора: нет ни папки договора (contract.toml), ни документа (.txt, .md, .html, .docx, .pdf)",
        kk: "бұл қалтада бірде-бір шарт табылмады: онда шарт қалтасы да (contract.toml), құжат та (.txt, .md, .html, .docx, .pdf) жоқ",
    }
    SrcGiveInputs = "source.give-inputs" {
        en: "give a contract folder, two files (one per language) or one bilingual file",
        ru: "укажите папку договора, два файла (по одному на каждый язык) или один двуязычный файл",
        kk: "шарт қалтасын, екі файлды (әр тілге біреуден) немесе екі тілдегі бір файлды көрсетіңіз",
    }
    SrcLangsUnknown = "source.langs-unknown" {
        en: "cannot tell which of {a} and {b} is Kazakh and which is Russian",
        ru: "не удаётся определить, какой из файлов — {a} или {b} — на казахском языке, а какой на русском",
        kk: "{a} және {b} файлдарының қайсысы қазақ тілінде, қайсысы орыс тілінде екенін анықтау мүмкін емес",
    }
    SrcLangsUnknownHelp = "source.langs-unknown.help" {
        en: "name the files with .kk. and .ru. (offer.kk.txt, offer.ru.txt)",
        ru: "укажите язык в именах файлов с помощью .kk. и .ru. (offer.kk.txt, offer.ru.txt)",
        kk: "файл атауларында тілді .kk. және .ru. арқылы көрсетіңіз (offer.kk.txt, offer.ru.txt)",
    }
    SrcMissingMetadata = "source.missing-metadata" {
        en: "missing contract metadata",
        ru: "нет файла с метаданными договора",
        kk: "шарттың метадеректері бар файл жоқ",
    }
    SrcMissingBody = "source.missing-body" {
        en: "missing body file",
        ru: "нет файла с текстом договора",
        kk: "шарт мәтіні бар файл жоқ",
    }
    SrcCreateFile = "source.create-file" {
        en: "create {file}",
        ru: "создайте файл {file}",
        kk: "{file} файлын жасаңыз",
    }
    SrcNoSuchFolder = "source.no-such-folder" {
        en: "not a contract folder (no such folder)",
        ru: "это не папка договора (такой папки нет)",
        kk: "бұл шарт қалтасы емес (мұндай қалта жоқ)",
    }
    SrcNoSuchFolderHelp = "source.no-such-folder.help" {
        en: "give the folder that holds contract.toml, kk.md and ru.md",
        ru: "укажите папку, в которой лежат файлы contract.toml, kk.md и ru.md",
        kk: "contract.toml, kk.md және ru.md файлдары жатқан қалтаны көрсетіңіз",
    }
    SrcIdOnlyKk = "source.id-only-kk" {
        en: "clause id `{mark}` is marked in kk but not in ru",
        ru: "метка пункта «{mark}» есть в казахском тексте, но её нет в русском",
        kk: "«{mark}» тармақ белгісі қазақ тіліндегі мәтінде бар, ал орыс тіліндегі мәтінде жоқ",
    }
    SrcIdOnlyRu = "source.id-only-ru" {
        en: "clause id `{mark}` is marked in ru but not in kk",
        ru: "метка пункта «{mark}» есть в русском тексте, но её нет в казахском",
        kk: "«{mark}» тармақ белгісі орыс тіліндегі мәтінде бар, ал қазақ тіліндегі мәтінде жоқ",
    }
    SrcIdSameClause = "source.id-same-clause" {
        en: "mark the same clause in both languages",
        ru: "поставьте метку у одного и того же пункта в обоих текстах",
        kk: "екі мәтінде де дәл сол тармақты белгілеңіз",
    }
    SrcIdNumbersDiffer = "source.id-numbers-differ" {
        en: "clause id `{mark}` marks clause {kk} in kk but {ru} in ru (line {line})",
        ru: "метка «{mark}» обозначает в казахском тексте пункт {kk}, а в русском — пункт {ru} (строка {line} русского текста)",
        kk: "«{mark}» белгісі қазақ тіліндегі мәтінде нөмірі {kk} тармақты, ал орыс тіліндегі мәтінде нөмірі {ru} тармақты белгілейді (орыс тіліндегі мәтіннің {line}-жолы)",
    }
    SrcIdAppendicesDiffer = "source.id-appendices-differ" {
        en: "id `{mark}` marks appendix {kk} in kk but appendix {ru} in ru (line {line})",
        ru: "метка «{mark}» обозначает в казахском тексте приложение {kk}, а в русском — приложение {ru} (строка {line} русского текста)",
        kk: "«{mark}» белгісі қазақ тіліндегі мәтінде {kk}-қосымшаны, ал орыс тіліндегі мәтінде {ru}-қосымшаны белгілейді (орыс тіліндегі мәтіннің {line}-жолы)",
    }
    SrcAppendicesDiffer = "source.appendices-differ" {
        en: "the kk body has {kk} appendices (level-1 headings, `# …`) and the ru body {ru}",
        ru: "в казахском тексте приложений (заголовков первого уровня «# …»): {kk}, а в русском: {ru}",
        kk: "қазақ тіліндегі мәтінде қосымшалар (бірінші деңгейлі «# …» тақырыптар) саны — {kk}, ал орыс тіліндегі мәтінде — {ru}",
    }
    SrcAppendicesDifferHelp = "source.appendices-differ.help" {
        en: "each appendix opens with a level-1 heading in both bodies, in the same order",
        ru: "каждое приложение открывается заголовком первого уровня в обоих текстах, в одном и том же порядке",
        kk: "әр қосымша екі мәтінде де бірдей ретпен бірінші деңгейлі тақырыптан басталады",
    }
    /// A clause without a number, in the slot of its number in
    /// `source.id-numbers-differ` (`пункт без номера`, `нөмірі жоқ тармақ`).
    SrcNoNumber = "source.no-number" { en: "no number", ru: "без номера", kk: "жоқ" }
    SrcUnclosed = "source.unclosed" {
        en: "unclosed `{opener}`",
        ru: "не закрыта скобка «{opener}»",
        kk: "«{opener}» жақшасы жабылмаған",
    }
    SrcCloseExpression = "source.unclosed.help-expression" {
        en: "close the expression with `{close}`",
        ru: "закройте выражение скобкой «{close}»",
        kk: "өрнекті «{close}» жақшасымен жабыңыз",
    }
    SrcCloseTag = "source.unclosed.help-tag" {
        en: "close the tag with `{close}`",
        ru: "закройте тег скобкой «{close}»",
        kk: "тегті «{close}» жақшасымен жабыңыз",
    }
    SrcCloseComment = "source.unclosed.help-comment" {
        en: "close the comment with `{close}`, or write a clause id as {mark}",
        ru: "закройте комментарий скобкой «{close}» или запишите метку пункта в виде {mark}",
        kk: "түсініктемені «{close}» жақшасымен жабыңыз немесе тармақ белгісін {mark} түрінде жазыңыз",
    }
    SrcUnclosedRaw = "source.unclosed-raw" {
        en: "unclosed `{tag}`",
        ru: "не закрыт блок «{tag}»",
        kk: "«{tag}» блогы жабылмаған",
    }
    SrcCloseRaw = "source.unclosed-raw.help" {
        en: "close the raw block with `{tag}`",
        ru: "закройте блок тегом «{tag}»",
        kk: "блокты «{tag}» тегімен жабыңыз",
    }
    SrcTooLong = "source.too-long" {
        en: "`{opener} … {close}` is too long to read",
        ru: "конструкция «{opener} … {close}» слишком длинная, прочитать её невозможно",
        kk: "«{opener} … {close}» тым ұзын, оны оқу мүмкін емес",
    }
    SrcTooLongExpression = "source.too-long.help-expression" {
        en: "a expression in a contract body holds at most {max} bytes",
        ru: "выражение в тексте договора может занимать не более {max:pl=байта|байт|байт}",
        kk: "шарт мәтініндегі өрнектің көлемі ең көбі {max} байт болуы мүмкін",
    }
    SrcTooLongTag = "source.too-long.help-tag" {
        en: "a tag in a contract body holds at most {max} bytes",
        ru: "тег в тексте договора может занимать не более {max:pl=байта|байт|байт}",
        kk: "шарт мәтініндегі тегтің көлемі ең көбі {max} байт болуы мүмкін",
    }
    SrcBracketsTooDeep = "source.brackets-too-deep" {
        en: "brackets nest too deeply in `{opener} … {close}`",
        ru: "слишком глубокая вложенность скобок в «{opener} … {close}»",
        kk: "«{opener} … {close}» ішінде жақшалар тым терең салынған",
    }
    SrcBracketsTooDeepHelp = "source.brackets-too-deep.help" {
        en: "nest brackets at most {max} deep",
        ru: "вкладывайте скобки друг в друга не глубже чем на {max:pl=уровень|уровня|уровней}",
        kk: "жақшаларды бір-бірінің ішіне ең көбі {max} деңгейге дейін салыңыз",
    }
    SrcTagsTooDeep = "source.tags-too-deep" {
        en: "`{tag}` nests too deeply",
        ru: "слишком глубокая вложенность тега «{tag}»",
        kk: "«{tag}» тегі тым терең салынған",
    }
    SrcTagsTooDeepHelp = "source.tags-too-deep.help" {
        en: "nest tags at most {max} deep",
        ru: "вкладывайте теги друг в друга не глубже чем на {max:pl=уровень|уровня|уровней}",
        kk: "тегтерді бір-бірінің ішіне ең көбі {max} деңгейге дейін салыңыз",
    }
    SrcNotAllowed = "source.not-allowed" {
        en: "`{tag}` is not allowed in a contract body",
        ru: "«{tag}» в тексте договора не допускается",
        kk: "шарт мәтінінде «{tag}» қолдануға болмайды",
    }
    SrcOneFile = "source.one-file" {
        en: "a contract body is one file: write the text in it (HTML page templates go in --templates)",
        ru: "текст договора — это один файл: пишите текст в нём (шаблоны HTML-страниц задаются через --templates)",
        kk: "шарт мәтіні — бір файл: мәтінді соның ішінде жазыңыз (HTML беттерінің шаблондары --templates арқылы беріледі)",
    }
    SrcBadExpression = "source.bad-expression" {
        en: "cannot read the expression `{expr}`",
        ru: "не удаётся прочитать выражение «{expr}»",
        kk: "«{expr}» өрнегін оқу мүмкін емес",
    }
    SrcUnknownId = "source.unknown-id" {
        en: "reference to an unknown clause id `{id}`",
        ru: "ссылка на неизвестную метку пункта «{id}»",
        kk: "белгісіз «{id}» тармақ белгісіне сілтеме жасалған",
    }
    SrcUnknownIdHelp = "source.unknown-id.help" {
        en: "mark the clause with {mark} at the end of its paragraph in both languages",
        ru: "поставьте метку {mark} в конце абзаца пункта в обоих текстах",
        kk: "екі мәтінде де тармақ абзацының соңына {mark} белгісін қойыңыз",
    }
    SrcRefNeedsId = "source.ref-needs-id" {
        en: "`ref` needs an id: {example}",
        ru: "в «ref» нужно указать метку пункта: {example}",
        kk: "«ref» ішінде тармақ белгісін көрсету керек: {example}",
    }
    SrcPartyNoField = "source.party-no-field" {
        en: "party `{party}` has no field `{field}`; fields: {fields}",
        ru: "у стороны «{party}» нет поля «{field}»; допустимые поля: {fields}",
        kk: "«{party}» тарабында «{field}» өрісі жоқ; бар өрістер: {fields}",
    }
    SrcPartyField = "source.party-field" {
        en: "write a field of party `{party}`, e.g. {example}",
        ru: "укажите поле стороны «{party}», например: {example}",
        kk: "«{party}» тарабының өрісін көрсетіңіз, мысалы: {example}",
    }
    SrcNoCity = "source.no-city" {
        en: "`city` is not defined in contract.toml",
        ru: "значение «city» не задано в файле contract.toml",
        kk: "contract.toml файлында «city» мәні анықталмаған",
    }
    SrcUndefinedFigure = "source.undefined-figure" {
        en: "undefined figure `{name}`",
        ru: "значение «{name}» не определено",
        kk: "«{name}» мәні анықталмаған",
    }
    SrcDidYouMean = "source.undefined-figure.did-you-mean" {
        en: "did you mean `{name}`? Figures are defined in contract.toml under [figures]",
        ru: "возможно, имелось в виду «{name}»? Значения задаются в файле contract.toml в разделе [figures]",
        kk: "«{name}» деп жазу керек пе еді? Мәндер contract.toml файлының [figures] бөлімінде анықталады",
    }
    SrcDefineFigure = "source.undefined-figure.define" {
        en: "define it in contract.toml under [figures]",
        ru: "задайте его в файле contract.toml в разделе [figures]",
        kk: "оны contract.toml файлының [figures] бөлімінде анықтаңыз",
    }
    SrcNounCase = "source.noun-case" {
        en: "figure `{name}` counts a noun: give its `{case}` forms in contract.toml, {example}",
        ru: "значение «{name}» содержит счётное существительное: укажите его формы в падеже «{case}» в файле contract.toml: {example}",
        kk: "«{name}» мәні зат есімнің санын білдіреді: сол зат есімнің «{case}» септігіндегі тұлғаларын contract.toml файлында көрсетіңіз: {example}",
    }
    SrcUnknownCase = "source.unknown-case" {
        en: "unknown case `{case}`: use nom, gen, dat, acc, ins or prep",
        ru: "неизвестный падеж «{case}»: используйте nom, gen, dat, acc, ins или prep",
        kk: "«{case}» септігі белгісіз: nom, gen, dat, acc, ins немесе prep қолданыңыз",
    }
    SrcCaseNeedsName = "source.case-needs-name" {
        en: "the case filter needs a name: {example}",
        ru: "в фильтре case нужно указать падеж: {example}",
        kk: "case сүзгісінде септікті көрсету керек: {example}",
    }
    SrcTemplateSyntax = "source.template-syntax" {
        en: "template syntax error: {error}",
        ru: "синтаксическая ошибка в шаблоне: {error}",
        kk: "шаблонда синтаксистік қате бар: {error}",
    }
    SrcTemplateError = "source.template-error" {
        en: "template error: {error}",
        ru: "ошибка шаблона: {error}",
        kk: "шаблон қатесі: {error}",
    }
    SrcUnknownFilter = "source.unknown-filter" {
        en: "unknown filter `{name}`",
        ru: "неизвестный фильтр «{name}»",
        kk: "«{name}» сүзгісі белгісіз",
    }
    SrcOnlyFilter = "source.unknown-filter.help" {
        en: "a contract body can use only the filter {example}",
        ru: "в тексте договора можно использовать только фильтр {example}",
        kk: "шарт мәтінінде тек {example} сүзгісін қолдануға болады",
    }
    SrcMacroCall = "source.macro-call" {
        en: "macro call `{namespace}::{name}` is not allowed in a contract body",
        ru: "вызов макроса «{namespace}::{name}» в тексте договора не допускается",
        kk: "шарт мәтінінде «{namespace}::{name}» макросын шақыруға болмайды",
    }
    SrcUnknownFunction = "source.unknown-function" {
        en: "unknown function `{name}`",
        ru: "неизвестная функция «{name}»",
        kk: "«{name}» функциясы белгісіз",
    }
    SrcOnlyRef = "source.only-ref" {
        en: "a contract body can call only {example}",
        ru: "в тексте договора можно вызывать только функцию {example}",
        kk: "шарт мәтінінде тек {example} функциясын шақыруға болады",
    }
    SrcMarkerChar = "source.marker-char" {
        en: "the text contains the private-use character U+{code}, which qostil reserves",
        ru: "в тексте есть символ U+{code} из области для частного использования, а такие символы qostil занимает для своих нужд",
        kk: "мәтінде жеке пайдалануға арналған U+{code} таңбасы бар, ал мұндай таңбаларды qostil өз қажетіне алып қойған",
    }
    SrcMarkerCharHelp = "source.marker-char.help" {
        en: "delete it (it displays as nothing or as a box)",
        ru: "удалите его (на экране он не виден или выглядит как квадрат)",
        kk: "оны өшіріңіз (экранда ол көрінбейді немесе шаршы болып көрінеді)",
    }
    SrcIdTwice = "source.id-twice" {
        en: "clause id `{id}` is used twice",
        ru: "метка пункта «{id}» использована дважды",
        kk: "«{id}» тармақ белгісі екі рет қолданылған",
    }
    SrcIdTwiceHelp = "source.id-twice.help" {
        en: "it is already used at line {line}",
        ru: "она уже использована в строке {line}",
        kk: "ол {line}-жолда қолданылып қойған",
    }
    SrcIdNoNumber = "source.id-no-number" {
        en: "the clause marked `{mark}` has no number",
        ru: "у пункта с меткой «{mark}» нет номера",
        kk: "«{mark}» белгісі қойылған тармақтың нөмірі жоқ",
    }
    SrcIdNoNumberHelp = "source.id-no-number.help" {
        en: "only numbered clauses and sections can be referred to",
        ru: "ссылаться можно только на пронумерованные пункты и разделы",
        kk: "тек нөмірленген тармақтар мен бөлімдерге сілтеме жасауға болады",
    }
    SrcIdMisplaced = "source.id-misplaced" {
        en: "the clause id `{mark}` is in {place}; an id can mark only a clause or a heading",
        ru: "метка пункта «{mark}» стоит {place}; меткой можно обозначить только пункт или заголовок",
        kk: "«{mark}» тармақ белгісі {place} тұр; белгімен тек тармақты немесе тақырыпты белгілеуге болады",
    }
    SrcIdMisplacedHelp = "source.id-misplaced.help" {
        en: "put it at the end of the clause's paragraph; a paragraph that starts `2. ` is read as a list item: number the clause with its section (`1.2.`) or write `2\\. `",
        ru: "поставьте её в конце абзаца пункта; абзац, который начинается с «2. », читается как элемент списка: пронумеруйте пункт вместе с номером раздела («1.2.») или напишите «2\\. »",
        kk: "оны тармақ абзацының соңына қойыңыз; «2. » деп басталатын абзац тізім элементі ретінде оқылады: тармақты бөлім нөмірімен бірге нөмірлеңіз («1.2.») немесе «2\\. » деп жазыңыз",
    }
    SrcRefMisplaced = "source.ref-misplaced" {
        en: "a clause reference cannot stand in {place}",
        ru: "ссылка на пункт не может стоять {place}",
        kk: "тармаққа сілтеме {place} тұра алмайды",
    }
    SrcRefMisplacedHelp = "source.ref-misplaced.help" {
        en: "write {example} in the text of a clause",
        ru: "пишите {example} в тексте пункта",
        kk: "{example} өрнегін тармақтың мәтініне жазыңыз",
    }
    /// Where a mark stands, in the slot `{place}` of `source.id-misplaced`
    /// and `source.ref-misplaced` (with the preposition or case ending
    /// these need: `в заголовке`, `тақырыпта`).
    SrcInHeading = "source.place.heading" { en: "a heading", ru: "в заголовке", kk: "тақырыпта" }
    SrcInClause = "source.place.clause" { en: "a clause", ru: "в пункте", kk: "тармақта" }
    SrcInListItem = "source.place.list-item" { en: "a list item", ru: "в элементе списка", kk: "тізім элементінде" }
    SrcInTableCell = "source.place.table-cell" { en: "a table cell", ru: "в ячейке таблицы", kk: "кесте ұяшығында" }
    SrcInLink = "source.place.link" { en: "a link address", ru: "в адресе ссылки", kk: "сілтеме мекенжайында" }
    SrcInvalidMetadata = "source.invalid-metadata" {
        en: "invalid contract metadata: {error}",
        ru: "ошибка в метаданных договора: {error}",
        kk: "шарттың метадеректерінде қате бар: {error}",
    }
    SrcInvalidMetadataHelp = "source.invalid-metadata.help" {
        en: "see the source format in README.md (contract.toml)",
        ru: "формат исходных файлов описан в README.md (раздел contract.toml)",
        kk: "бастапқы файлдардың пішімі README.md файлында сипатталған (contract.toml бөлімі)",
    }
    SrcInvalidId = "source.invalid-id" {
        en: "invalid id `{id}`",
        ru: "недопустимый идентификатор договора «{id}»",
        kk: "шарттың «{id}» идентификаторы жарамсыз",
    }
    SrcInvalidIdHelp = "source.invalid-id.help" {
        en: "use latin letters, digits and hyphens: {example}",
        ru: "используйте латинские буквы, цифры и дефисы: {example}",
        kk: "латын әріптерін, цифрларды және дефисті қолданыңыз: {example}",
    }
    SrcInvalidPartyKey = "source.invalid-party-key" {
        en: "invalid party key `{key}`: use letters, digits and `_`",
        ru: "недопустимый ключ стороны «{key}»: используйте буквы, цифры и «_»",
        kk: "«{key}» тарап кілті жарамсыз: әріптерді, цифрларды және «_» таңбасын қолданыңыз",
    }
    SrcPartyTwice = "source.party-twice" {
        en: "party key `{key}` is defined twice",
        ru: "ключ стороны «{key}» задан дважды",
        kk: "«{key}» тарап кілті екі рет анықталған",
    }
    SrcBinDigits = "source.bin-digits" {
        en: "bin `{value}` of party `{key}` must have 12 digits",
        ru: "БИН «{value}» стороны «{key}» должен состоять из 12 цифр",
        kk: "«{key}» тарабының «{value}» БСН-і 12 цифрдан тұруы тиіс",
    }
    SrcIinDigits = "source.iin-digits" {
        en: "iin `{value}` of party `{key}` must have 12 digits",
        ru: "ИИН «{value}» стороны «{key}» должен состоять из 12 цифр",
        kk: "«{key}» тарабының «{value}» ЖСН-і 12 цифрдан тұруы тиіс",
    }
    SrcUnknownKkCase = "source.unknown-kk-case" {
        en: "unknown Kazakh case `{case}`: a Kazakh body uses nom, gen, dat, acc, loc, abl or ins",
        ru: "неизвестный падеж казахского языка «{case}»: в казахском тексте используются nom, gen, dat, acc, loc, abl или ins",
        kk: "қазақ тілінде «{case}» септігі жоқ: қазақ мәтінінде nom, gen, dat, acc, loc, abl немесе ins қолданылады",
    }
    SrcPartyLacksField = "source.party-lacks-field" {
        en: "party `{party}` has no `{field}` in contract.toml",
        ru: "у стороны «{party}» в contract.toml не указано поле «{field}»",
        kk: "contract.toml файлында «{party}» тарабының «{field}» өрісі көрсетілмеген",
    }
    SrcPartyLacksFieldHelp = "source.party-lacks-field.help" {
        en: "add `{field} = …` to the party in contract.toml, or use a field it has: {fields}",
        ru: "добавьте `{field} = …` к этой стороне в contract.toml или используйте указанное поле: {fields}",
        kk: "contract.toml файлындағы тарапқа `{field} = …` қосыңыз немесе бар өрісті пайдаланыңыз: {fields}",
    }
    SrcInvalidMetadataAt = "source.invalid-metadata-at" {
        en: "invalid contract metadata at `{key}`: {error}",
        ru: "ошибка в метаданных договора в ключе `{key}`: {error}",
        kk: "шарттың метадеректерінде `{key}` кілтінде қате бар: {error}",
    }
    SrcNumberQuoted = "source.number-quoted" {
        en: "`{key}` is a number, but it is written as text: {value}",
        ru: "`{key}` — число, но записано как текст: {value}",
        kk: "`{key}` — сан, бірақ мәтін ретінде жазылған: {value}",
    }
    SrcNumberQuotedHelp = "source.number-quoted.help" {
        en: "write it without quotes, a decimal with a dot: {example}",
        ru: "запишите его без кавычек, дробь — через точку: {example}",
        kk: "оны тырнақшасыз жазыңыз, бөлшекті нүкте арқылы: {example}",
    }
    SrcNumberType = "source.number-type" {
        en: "`{key}` must be a number not below zero, such as 350000 or 0.5",
        ru: "`{key}` должен быть неотрицательным числом, например 350000 или 0.5",
        kk: "`{key}` теріс емес сан болуы тиіс, мысалы 350000 немесе 0.5",
    }
    SrcBinCheck = "source.bin-check" {
        en: "bin `{value}` of party `{key}` is not a valid BIN: its check digit does not match",
        ru: "БИН «{value}» стороны «{key}» недействителен: не сходится контрольный разряд",
        kk: "«{key}» тарабының «{value}» БСН-і жарамсыз: бақылау цифры сәйкес келмейді",
    }
    SrcIinCheck = "source.iin-check" {
        en: "iin `{value}` of party `{key}` is not a valid IIN: its check digit does not match",
        ru: "ИИН «{value}» стороны «{key}» недействителен: не сходится контрольный разряд",
        kk: "«{key}» тарабының «{value}» ЖСН-і жарамсыз: бақылау цифры сәйкес келмейді",
    }
    SrcIbanInvalid = "source.iban-invalid" {
        en: "iban `{value}` of party `{key}` is not a valid account of a Kazakh bank (KZ, 20 characters, check digits by ISO 13616)",
        ru: "ИИК «{value}» стороны «{key}» недействителен: нужен счёт казахстанского банка (KZ, 20 знаков, контрольные цифры по ISO 13616)",
        kk: "«{key}» тарабының «{value}» ЖСК-сы жарамсыз: қазақстандық банктің шоты қажет (KZ, 20 таңба, ISO 13616 бойынша бақылау цифрлары)",
    }
    SrcBikInvalid = "source.bik-invalid" {
        en: "bik `{value}` of party `{key}` is not the code of a Kazakh bank (such as HSBKKZKX)",
        ru: "БИК «{value}» стороны «{key}» не является кодом казахстанского банка (например, HSBKKZKX)",
        kk: "«{key}» тарабының «{value}» БСК-сы қазақстандық банктің коды емес (мысалы, HSBKKZKX)",
    }
    SrcUnknownRuCase = "source.unknown-ru-case" {
        en: "figure `{name}`: unknown case `{case}` in ru_cases; use gen, dat, ins or prep",
        ru: "значение «{name}»: неизвестный падеж «{case}» в ru_cases; используйте gen, dat, ins или prep",
        kk: "«{name}» мәні: ru_cases ішіндегі «{case}» септігі белгісіз; gen, dat, ins немесе prep қолданыңыз",
    }
    SrcUnknownKkNounCase = "source.unknown-kk-noun-case" {
        en: "figure `{name}`: unknown case `{case}` in kk_cases; use gen, dat, acc, loc, abl or ins",
        ru: "значение «{name}»: неизвестный падеж «{case}» в kk_cases; используйте gen, dat, acc, loc, abl или ins",
        kk: "«{name}» мәні: kk_cases ішіндегі «{case}» септігі белгісіз; gen, dat, acc, loc, abl немесе ins қолданыңыз",
    }
    SrcFigureRange = "source.figure-range" {
        en: "figure `{name}`: the value must be a whole number from {min} to {max}",
        ru: "значение «{name}»: нужно целое число от {min} до {max}",
        kk: "«{name}» мәні: {min} мен {max} аралығындағы бүтін сан болуы керек",
    }
    SrcMoneyDecimals = "source.money-decimals" {
        en: "figure `{name}`: the amount {value} has more than two decimals; write tenge and tiyn, such as 40000.50",
        ru: "значение «{name}»: в сумме {value} больше двух знаков после запятой; укажите тенге и тиыны, например 40000.50",
        kk: "«{name}» мәні: {value} сомасында үтірден кейін екі таңбадан көп; теңге мен тиынды көрсетіңіз, мысалы 40000.50",
    }
    SrcInvalidFigureName = "source.invalid-figure-name" {
        en: "invalid figure name `{name}`: use letters, digits and `_`",
        ru: "недопустимое имя значения «{name}»: используйте буквы, цифры и «_»",
        kk: "«{name}» мән атауы жарамсыз: әріптерді, цифрларды және «_» таңбасын қолданыңыз",
    }
    SrcReservedFigureName = "source.reserved-figure-name" {
        en: "figure name `{name}` is reserved; choose another",
        ru: "имя значения «{name}» зарезервировано; выберите другое",
        kk: "«{name}» атауын мәнге беруге болмайды, ол басқа мақсатқа арналған; басқа атау таңдаңыз",
    }
    SrcUnknownTemplate = "source.unknown-template" {
        en: "`{name}` is not a template qostil uses; known templates: {names}",
        ru: "qostil не использует шаблон «{name}»; известные шаблоны: {names}",
        kk: "qostil «{name}» шаблонын қолданбайды; белгілі шаблондар: {names}",
    }
    SrcRefusedTemplate = "source.refused.template" {
        en: "template error: the template `{name}` is not available in qostil templates",
        ru: "ошибка шаблона: шаблон «{name}» в шаблонах qostil недоступен",
        kk: "шаблон қатесі: qostil шаблондарында «{name}» шаблоны қолжетімсіз",
    }
    SrcRefusedFilter = "source.refused.filter" {
        en: "template error: the filter `{name}` is not available in qostil templates",
        ru: "ошибка шаблона: фильтр «{name}» в шаблонах qostil недоступен",
        kk: "шаблон қатесі: qostil шаблондарында «{name}» сүзгісі қолжетімсіз",
    }
    SrcRefusedTest = "source.refused.test" {
        en: "template error: the test `{name}` is not available in qostil templates",
        ru: "ошибка шаблона: тест «{name}» в шаблонах qostil недоступен",
        kk: "шаблон қатесі: qostil шаблондарында «{name}» тесті қолжетімсіз",
    }
    SrcRefusedFunction = "source.refused.function" {
        en: "template error: the function `{name}` is not available in qostil templates",
        ru: "ошибка шаблона: функция «{name}» в шаблонах qostil недоступна",
        kk: "шаблон қатесі: qostil шаблондарында «{name}» функциясы қолжетімсіз",
    }
    SrcRefusedHelp = "source.refused.help" {
        en: "templates may use the filters {filters} and the tests {tests}; no functions",
        ru: "в шаблонах можно использовать фильтры {filters} и тесты {tests}; функции использовать нельзя",
        kk: "шаблондарда {filters} сүзгілерін және {tests} тесттерін қолдануға болады; функцияларды қолдануға болмайды",
    }
    SrcTemplateItself = "source.template-itself" {
        en: "template error: `{name}` includes, imports or extends itself",
        ru: "ошибка шаблона: «{name}» включает, импортирует или расширяет сам себя",
        kk: "шаблон қатесі: «{name}» өзін-өзі қосады, импорттайды немесе кеңейтеді",
    }
    SrcMacroItself = "source.macro-itself" {
        en: "template error: the macro `{name}` calls itself without end",
        ru: "ошибка шаблона: макрос «{name}» бесконечно вызывает сам себя",
        kk: "шаблон қатесі: «{name}» макросы өзін-өзі шексіз шақырады",
    }
    SrcMacrosEachOther = "source.macros-each-other" {
        en: "template error: the macros `{a}` and `{b}` call each other without end",
        ru: "ошибка шаблона: макросы «{a}» и «{b}» бесконечно вызывают друг друга",
        kk: "шаблон қатесі: «{a}» және «{b}» макростары бірін-бірі шексіз шақырады",
    }
    SrcMacroHelp = "source.macro-itself.help" {
        en: "a macro may call itself only on an item of its own argument, as `{example}` does",
        ru: "макрос может вызывать сам себя только для элемента своего же аргумента, как в «{example}»",
        kk: "макрос өзін-өзі тек өз аргументінің элементі үшін шақыра алады, мысалы: «{example}»",
    }

    // ---- PDF reading (src/source/pdf/)
    SrcPdfNoText = "source.pdf.no-text" {
        en: "this PDF has no text layer (a scan?); qostil reads PDFs with text, as a word processor or a browser saves them",
        ru: "в этом PDF нет текстового слоя (возможно, это скан); qostil читает PDF с текстом — такие, какие сохраняют текстовый редактор или браузер",
        kk: "бұл PDF файлында мәтін қабаты жоқ (мүмкін, бұл скан); qostil мәтіні бар PDF файлдарын оқиды — мәтіндік редактор немесе браузер сақтайтын түрдегі",
    }
    SrcPdfNoTextHelp = "source.pdf.no-text.help" {
        en: "save the document as PDF again from the program it was written in, or run text recognition (OCR) on the scan",
        ru: "сохраните документ в PDF заново из программы, в которой он составлен, или распознайте текст скана (OCR)",
        kk: "құжатты ол жасалған бағдарламадан PDF түрінде қайта сақтаңыз немесе сканның мәтінін тану (OCR) арқылы шығарыңыз",
    }
    SrcPdfNoUnicode = "source.pdf.no-unicode" {
        en: "the text of this PDF cannot be read: its fonts do not say which letters their glyphs show",
        ru: "текст этого PDF прочитать нельзя: его шрифты не сообщают, какие буквы изображают их глифы",
        kk: "бұл PDF мәтінін оқу мүмкін емес: оның қаріптері глифтердің қай әріптерді бейнелейтінін көрсетпейді",
    }
    SrcPdfEncrypted = "source.pdf.encrypted" {
        en: "this PDF is protected with a password; qostil cannot read it",
        ru: "этот PDF защищён паролем; qostil не может его прочитать",
        kk: "бұл PDF құпиясөзбен қорғалған; qostil оны оқи алмайды",
    }
    SrcPdfEncryptedHelp = "source.pdf.encrypted.help" {
        en: "save a copy without the password and check that copy",
        ru: "сохраните копию без пароля и проверьте её",
        kk: "құжаттың құпиясөзсіз көшірмесін сақтап, сол көшірмені тексеріңіз",
    }
    SrcPdfBroken = "source.pdf.broken" {
        en: "this file is not a readable PDF: it is damaged or incomplete",
        ru: "этот файл не удаётся прочитать как PDF: он повреждён или записан не полностью",
        kk: "бұл файлды PDF ретінде оқу мүмкін емес: ол бүлінген немесе толық жазылмаған",
    }
    SrcPdfBrokenHelp = "source.pdf.broken.help" {
        en: "open it in a PDF viewer and save or print it as PDF again",
        ru: "откройте его в программе просмотра PDF и сохраните или распечатайте в PDF заново",
        kk: "оны PDF қарау бағдарламасында ашып, PDF түрінде қайта сақтаңыз немесе басып шығарыңыз",
    }
    SrcPdfTooManyPages = "source.pdf.too-many-pages" {
        en: "the PDF has {pages} pages; qostil reads at most {max}",
        ru: "в PDF {pages:pl=страница|страницы|страниц}; qostil читает не более {max:pl=страницы|страниц|страниц}",
        kk: "PDF файлында {pages} бет бар; qostil ең көбі {max} бетті оқиды",
    }
    SrcPdfPageTooDense = "source.pdf.page-too-dense" {
        en: "page {page} of the PDF draws more than {max} characters, more than a page of text holds",
        ru: "на странице {page} этого PDF больше {max:pl=знака|знаков|знаков} — больше, чем вмещает страница текста",
        kk: "бұл PDF файлының {page}-бетінде {max} таңбадан артық бар — бұл мәтін бетіне сыятыннан көп",
    }
    SrcPdfSplitHelp = "source.pdf.split.help" {
        en: "split the document, or save the text as a text file",
        ru: "разделите документ на части или сохраните текст в текстовый файл",
        kk: "құжатты бөліктерге бөліңіз немесе мәтінді мәтіндік файл ретінде сақтаңыз",
    }
}
