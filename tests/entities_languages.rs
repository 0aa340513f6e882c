//! Entity rules per language: each row is a sentence, the entities it must
//! hold (type, text as written, canonical form) and texts that must not be
//! entities of any type.

use aitty::entities::{Entity, EntityType};

use EntityType::*;

struct Case {
    text: &'static str,
    want: &'static [(EntityType, &'static str, &'static str)],
    not: &'static [&'static str],
}

fn entities(text: &str) -> Vec<(EntityType, String, String)> {
    let analysis = aitty::analyse(text);
    analysis
        .entities
        .iter()
        .map(|e: &Entity| (e.kind, e.span.slice(text).to_string(), e.canonical.clone()))
        .collect()
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let got = entities(case.text);
        for &(kind, span, canon) in case.want {
            let hit = got
                .iter()
                .any(|(k, s, c)| *k == kind && s == span && c == canon);
            if !hit {
                failures.push(format!(
                    "{:?}: want {kind:?} {span:?} → {canon:?}, got {got:?}",
                    case.text
                ));
            }
        }
        for &span in case.not {
            if got.iter().any(|(_, s, _)| s == span) {
                failures.push(format!(
                    "{:?}: {span:?} must not be an entity, got {got:?}",
                    case.text
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// One table per language: `"sentence" => [(Type, "span", "canonical"), ...], not [...]`,
/// each row checked as [`check`] does (charabia's per-language test macro).
macro_rules! entity_table {
    ($(#[$meta:meta])* $name:ident: $($text:literal => [$(($kind:expr, $span:literal, $canon:literal)),* $(,)?], not [$($not:literal),* $(,)?];)+) => {
        #[test]
        $(#[$meta])*
        fn $name() {
            check(&[$(Case {
                text: $text,
                want: &[$(($kind, $span, $canon)),*],
                not: &[$($not),*],
            }),+]);
        }
    };
}

entity_table! { kazakh_suffix_chains_and_numbers:
    "Елдің ЖІӨ-і 5 пайызға өсті, ҚҚС өзгермейді." => [
        (Percent, "5 пайызға", "5 пайыз"),
    ], not ["ЖІӨ-і", "ҚҚС"];
    "Он миллиард теңге." => [(Money, "Он миллиард теңге", "Он миллиард теңге")], not [];
    "Кәсіподақ төрағасы Мұхтар Тілеуберді мәлімдеді." => [
        (Person, "Мұхтар Тілеуберді", "Мұхтар Тілеуберді"),
    ], not [];
    "Экономист Айдархан Құсайынов мөлшерлемені төмендетуге әлі ерте деді." => [
        (Person, "Айдархан Құсайынов", "Айдархан Құсайынов"),
    ], not ["Экономист Айдархан Құсайынов"];
    "Еске сала кетейік, ЕС-ке мүше елдер жиналды." => [(Org, "ЕС-ке", "ЕС")], not ["Еске"];
    "Келіссөздер сейсенбіде аяқталды, жексенбі күні жиын өтеді." => [
        (Date, "сейсенбіде", "сейсенбіде"),
        (Date, "жексенбі", "жексенбі"),
    ], not [];
    "Ел Президенті Ерлан Сағынтаев жиынға келді." => [
        (Person, "Ерлан Сағынтаев", "Ерлан Сағынтаев"),
    ], not ["Ел Президенті Ерлан Сағынтаев"];
    "Вице-министр Асқар Жұмабеков Үкімет отырысында сөйледі." => [
        (Person, "Асқар Жұмабеков", "Асқар Жұмабеков"),
        (Org, "Үкімет", "Үкімет"),
    ], not ["Асқар Жұмабеков Үкімет"];
    "Тоқаев Үкіметке тапсырма берді." => [
        (Person, "Тоқаев", "Тоқаев"),
        (Org, "Үкіметке", "Үкімет"),
    ], not ["Тоқаев Үкіметке"];
    "Кеше Серік Жұманғарин Мәжіліс отырысында сөйледі." => [
        (Person, "Серік Жұманғарин", "Серік Жұманғарин"),
        (Org, "Мәжіліс", "Мәжіліс"),
    ], not ["Серік Жұманғарин Мәжіліс", "Кеше Серік Жұманғарин Мәжіліс"];
    "Серік Жұманғарин Парламент Мәжілісінің отырысында сөйледі." => [
        (Person, "Серік Жұманғарин", "Серік Жұманғарин"),
    ], not ["Серік Жұманғарин Парламент Мәжілісінің"];
    "Бұл туралы ҚазАқпарат агенттігіне Астана әкімдігінің өкілі хабарлады." => [
        (Org, "ҚазАқпарат агенттігіне", "ҚазАқпарат агенттігі"),
    ], not ["ҚазАқпарат агенттігіне Астана әкімдігінің"];
    "Назарбаев Университеті жаңа бағдарлама ашты." => [
        (Org, "Назарбаев Университеті", "Назарбаев Университеті"),
    ], not ["Назарбаев"];
    "Ұлытау облысының әкімі Берік Әбдіғалиұлы Алматыдағы жиында сөйледі." => [
        (Loc, "Ұлытау облысының", "Ұлытау облысы"),
        (Person, "Берік Әбдіғалиұлы", "Берік Әбдіғалиұлы"),
        (Loc, "Алматыдағы", "Алматы"),
    ], not ["әкімі", "жиында"];
    "Денсаулық сақтау министрлігіне екі жүз теңге бөлінді." => [
        (Org, "Денсаулық сақтау министрлігіне", "Денсаулық сақтау министрлігі"),
        (Money, "екі жүз теңге", "екі жүз теңге"),
    ], not [];
    "Қуандық Алпыс келді. Бұған дейін Алпыстың айтуынша, ақша 2025 жылғы 23 желтоқсаннан бастап төленеді." => [
        (Person, "Алпыстың", "Алпыс"),
        (Date, "2025 жылғы 23 желтоқсаннан", "2025 жылғы 23 желтоқсаннан"),
    ], not ["Бұған", "бастап"];
    "Сарапшылар 5 млн теңге мен 3 млрд ₸ шығын келтірілгенін айтты." => [
        (Money, "5 млн теңге", "5 млн теңге"),
        (Money, "3 млрд ₸", "3 млрд ₸"),
    ], not ["Сарапшылар"];
    "Бағасы 700 тг болды, ал 15 пайызға өсті." => [
        (Money, "700 тг", "700 тг"),
        (Percent, "15 пайызға", "15 пайыз"),
    ], not ["Бағасы"];
    "Хабарлама 26.12.2025 11:08 жарияланды." => [
        (Date, "26.12.2025", "26.12.2025"),
        (Time, "11:08", "11:08"),
    ], not ["Хабарлама"];
    "Ауылдағы 34 қазандықтың жөндеуі 12 қазанда аяқталды." => [
        (Date, "12 қазанда", "12 қазанда"),
    ], not ["34 қазандықтың", "қазандықтың"];
    "Қ. Алпыс ертең Астанаға барады." => [
        (Person, "Қ. Алпыс", "Қ. Алпыс"),
        (Date, "ертең", "ертең"),
        (Loc, "Астанаға", "Астана"),
    ], not [];
    "Оқушылар Түркістанға, Талдықорғаннан Шымкентке дейін барды." => [
        (Loc, "Түркістанға", "Түркістан"),
        (Loc, "Талдықорғаннан", "Талдықорған"),
        (Loc, "Шымкентке", "Шымкент"),
    ], not ["Оқушылар"];
    "Кеше Ақмола облысындағы ауылдарда Ерлан Қошановтың кеңсесі жұмыс істеді." => [
        (Loc, "Ақмола облысындағы", "Ақмола облысы"),
        (Person, "Ерлан Қошановтың", "Ерлан Қошанов"),
    ], not ["ауылдарда"];
    "Қаржы министрлігінің өкілі Айгүл Сәрсенбаеваға хат жіберді." => [
        (Org, "Қаржы министрлігінің", "Қаржы министрлігі"),
        (Person, "Айгүл Сәрсенбаеваға", "Айгүл Сәрсенбаева"),
    ], not ["өкілі"];
    "Білім және ғылым министрліктеріне Павлодардағы университеттің ұсынысы түсті." => [
        (Loc, "Павлодардағы", "Павлодар"),
    ], not [];
    "Облыстарының әкімдері Қазақстанның министрліктеріне хат жазды." => [
        (Loc, "Қазақстанның", "Қазақстан"),
    ], not ["Облыстарының"];
    "Биыл 14 жылу электр орталығы жөнделді, фермада 500 жылқы мен 30 жылыжай бар." => [
        (Date, "Биыл", "Биыл"),
    ], not ["14 жылу", "500 жылқы", "30 жылыжай"];
    "Бюджет 120 млрд теңгеге жетті, жол 45 шақырымға созылды, 700 тоннадан астам астық жиналды." => [
        (Money, "120 млрд теңгеге", "120 млрд теңге"),
        (Quantity, "45 шақырымға", "45 шақырым"),
        (Quantity, "700 тоннадан астам", "700 тоннадан астам"),
    ], not [];
    "Лагерьге 300 жасөспірім 5 жылдық бағдарламамен 20 күндей келді." => [
        (Date, "5 жылдық", "5 жылдық"),
        (Date, "20 күндей", "20 күндей"),
    ], not ["300 жасөспірім"];
}

// Kazakh organisations as KazNERD spans them: a quoted or Latin-script
// name without the word for its kind, and no name begun by an inflected
// or ordinary opening word.
entity_table! { kazakh_organisations:
    "Бұл туралы Шымкент қаласы әкімдігінің баспасөз қызметі хабарлады, Алматы әкімдігі де мәлімдеді." => [
        (Org, "Шымкент қаласы әкімдігінің", "Шымкент қаласы әкімдігі"),
        (Org, "Алматы әкімдігі", "Алматы әкімдігі"),
    ], not ["Шымкент", "Алматы"];
    "Астана, 28 қараша – Kazinform. Қазатомөнеркәсіп пен Теңізшевройл компаниясы келісімге қол қойды." => [
        (Org, "Kazinform", "Kazinform"),
        (Org, "Қазатомөнеркәсіп", "Қазатомөнеркәсіп"),
        (Org, "Теңізшевройл", "Теңізшевройл"),
    ], not [];
    "Жиналысқа келген саяси партия өкілдері сөз сөйледі." => [],
        not ["Жиналысқа келген саяси партия", "Жиналысқа"];
    "Музыка мектебінде жаңа зал ашылды." => [], not ["Музыка мектебінде", "Музыка"];
    "Кеше Nova Logistics компаниясы жаңа қойма ашты." => [
        (Org, "Nova Logistics", "Nova Logistics"),
    ], not ["Nova Logistics компаниясы"];
    "Ауданда «Мейірім» емханасы ашылды, «Самал» ансамблінде жастар өнер көрсетті." => [
        (Org, "Мейірім", "Мейірім"),
        (Org, "Самал", "Самал"),
    ], not ["емханасы"];
    // A person's name ends at a post or at an ordinary word after the
    // surname.
    "Серік Жұмабаев Президенттің кеңесшісі болып тағайындалды." => [
        (Person, "Серік Жұмабаев", "Серік Жұмабаев"),
    ], not ["Серік Жұмабаев Президенттің"];
    "Ерлан Сәрсенов Еуразиялық одақ туралы айтты." => [
        (Person, "Ерлан Сәрсенов", "Ерлан Сәрсенов"),
    ], not ["Ерлан Сәрсенов Еуразиялық"];
    // A listed name opening the sentence is kept; a surname in -ов takes
    // either harmony.
    "Халық банкі жаңа несие ұсынды, Тимур Сүлейменовтің айтуынша." => [
        (Org, "Халық банкі", "Халық банкі"),
        (Person, "Тимур Сүлейменовтің", "Тимур Сүлейменов"),
    ], not [];
    // A body named after a person (`X атындағы`) is one organisation, the
    // name and its initials included; a street named so is none.
    "Ол Гагарин атындағы әскери-әуе академиясында білім алды." => [
        (Org, "Гагарин атындағы әскери-әуе академиясында", "Гагарин атындағы әскери-әуе академиясы"),
    ], not ["Гагарин"];
    "Абай атындағы Қазақ ұлттық педагогикалық университеті жаңа бағдарлама ашты." => [
        (Org, "Абай атындағы Қазақ ұлттық педагогикалық университеті",
            "Абай атындағы Қазақ ұлттық педагогикалық университеті"),
    ], not ["Абай"];
    "Студенттер Л.Н. Гумилев атындағы Еуразия ұлттық университетінде оқиды." => [
        (Org, "Л.Н. Гумилев атындағы Еуразия ұлттық университетінде",
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті"),
    ], not ["Студенттер Л.Н."];
    "Абай атындағы көшеде жөндеу жүріп жатыр." => [(Person, "Абай", "Абай")],
        not ["Абай атындағы көшеде"];
    // A name's initials come first: a word before them is none of it, and
    // the name runs on to the surname.
    "Кеше Қ. Алпыс Астанаға барды." => [(Person, "Қ. Алпыс", "Қ. Алпыс")], not ["Кеше Қ. Алпыс"];
    "Студенттер Л.Н. Гумилевтің еңбектерін оқыды." => [
        (Person, "Л.Н. Гумилевтің", "Л.Н. Гумилев"),
    ], not ["Студенттер Л.Н.", "Л.Н"];
    "Оқушылар А. Құнанбаевтың өлеңдерін жатқа айтты." => [
        (Person, "А. Құнанбаевтың", "А. Құнанбаев"),
    ], not ["Оқушылар А. Құнанбаевтың"];
    "Министр Ә.Ж. Смайылов баяндама жасады." => [(Person, "Ә.Ж. Смайылов", "Ә.Ж. Смайылов")],
        not ["Ә.Ж."];
    "Біз Л. Н. Гумилевтің еңбектерін оқыдық." => [
        (Person, "Л. Н. Гумилевтің", "Л. Н. Гумилев"),
    ], not ["Л. Н"];
}

entity_table! { russian_cases_and_numbers:
    "Генсек ООН выразил обеспокоенность эскалацией конфликта на Ближнем Востоке." => [
        (Loc, "Ближнем Востоке", "Ближний Восток"),
    ], not [];
    "Жители Талдыкоргана жалуются на очереди на АЗС." => [
        (Loc, "Талдыкоргана", "Талдыкорган"),
    ], not ["АЗС", "Жители"];
    "Активисты Greenpeace провели акцию у посольства." => [
        (Org, "Greenpeace", "Greenpeace"),
    ], not ["Активисты"];
    "Дефицит не превысит 2,5% ВВП, а ставка НДС не изменится." => [
        (Percent, "2,5%", "2,5%"),
    ], not ["ВВП", "НДС"];
    "Об этом заявил глава организации Business NZ Фил О’Рейли." => [
        (Person, "Фил О’Рейли", "Фил О’Рейли"),
    ], not ["Business NZ Фил О’Рейли"];
    "Москва координирует действия с Североатлантическим альянсом." => [
        (Org, "Североатлантическим альянсом", "Североатлантический альянс"),
    ], not [];
    "Президент Российской футбольной премьер-лиги выступил." => [
        (Org, "Российской футбольной премьер-лиги", "Российская футбольная премьер-лига"),
    ], not [];
    "Его назначили заместителем председателя Национального банка Казахстана." => [
        (Org, "Национального банка Казахстана", "Национальный банк Казахстана"),
    ], not [];
    "Он двадцать лет работал в банке." => [
        (Date, "двадцать лет", "двадцать лет"),
    ], not ["Он двадцать лет"];
    "Туристы из Боснии и Герцеговины и Тринидада и Тобаго приехали в Сочи." => [
        (Loc, "Боснии и Герцеговины", "Босния и Герцеговина"),
        (Loc, "Тринидада и Тобаго", "Тринидад и Тобаго"),
    ], not ["Герцеговины", "Тобаго"];
    "Цены выросли на прошлой неделе и упадут в декабре, а план действует до марта 2027 года." => [
        (Date, "прошлой неделе", "прошлой неделе"),
        (Date, "декабре", "декабре"),
        (Date, "марта 2027 года", "марта 2027 года"),
    ], not [];
    "В этом году Виктор Понедельник выступил во вторник, а мартовский номер вышел в среду." => [
        (Date, "этом году", "этом году"),
        (Person, "Виктор Понедельник", "Виктор Понедельник"),
        (Date, "вторник", "вторник"),
        (Date, "среду", "среду"),
    ], not ["Понедельник", "мартовский"];
    "Депутат Мажилиса Айдос Сарым выступил с докладом." => [
        (Org, "Мажилиса", "Мажилис"),
        (Person, "Айдос Сарым", "Айдос Сарым"),
    ], not [];
    "Аким Алматы Ербол Досаев заявил, что город выделит средства." => [
        (Loc, "Алматы", "Алматы"),
        (Person, "Ербол Досаев", "Ербол Досаев"),
    ], not ["Аким"];
    "Встреча Юрия Лужкова прошла в Москве." => [
        (Person, "Юрия Лужкова", "Юрий Лужков"),
        (Loc, "Москве", "Москва"),
    ], not ["Встреча", "Встреча Юрия Лужкова"];
    "Позиция Лужкова по этому вопросу известна." => [(Person, "Лужкова", "Лужков")],
        not ["Позиция Лужкова", "Позиция"];
    "Он заплатил сто рублей и 300 руб. за билет." => [
        (Money, "сто рублей", "сто рублей"),
        (Money, "300 руб", "300 руб"),
    ], not [];
    // Names in marks follow factRuEval's spans, which the Russian model
    // learnt: the legal form or descriptor and the opening mark, not the
    // closing one (`ООО «Ромашка`).
    "Компания ООО «Ромашка» получила 5 млн долларов 12 июня 2020 года." => [
        (Org, "ООО «Ромашка", "ООО «Ромашка»"),
        (Money, "5 млн долларов", "5 млн долларов"),
        (Date, "12 июня 2020 года", "12 июня 2020 года"),
    ], not ["Компания ООО", "Компания"];
    "Вчера в Петропавловске Николай Петров встретился с Анной Ивановой." => [
        (Loc, "Петропавловске", "Петропавловск"),
        (Person, "Николай Петров", "Николай Петров"),
        (Person, "Анной Ивановой", "Анна Иванова"),
    ], not [];
    "А. С. Пушкин родился в Москве." => [
        (Person, "А. С. Пушкин", "А. С. Пушкин"),
        (Loc, "Москве", "Москва"),
    ], not [];
    // A person starts at the first name, not at the place or the common
    // word before it.
    "Губернатор Камчатки Олег Кожемяко посетил Петропавловск." => [
        (Person, "Олег Кожемяко", "Олег Кожемяко"),
    ], not ["Камчатки Олег Кожемяко"];
    "Ранее Кожемяко заявил, что приедет." => [(Person, "Кожемяко", "Кожемяко")],
        not ["Ранее Кожемяко", "Ранее"];
    // An organisation takes its country and the adjectives of a place, not
    // a noun or a participle before it.
    "Представитель Министерства финансов Норвегии сообщил о решении." => [],
        not ["Представитель Министерства финансов Норвегии", "Норвегии", "Министерства финансов"];
    "Аарон Смит, управляющий компанией Acme, выступил против." => [
        (Person, "Аарон Смит", "Аарон Смит"),
    ], not ["управляющий компанией Acme"];
    "Посол встретился с главой шведского МИДа в понедельник." => [
        (Org, "шведского МИДа", "шведский МИД"),
    ], not ["МИДа"];
    "Делегация прибыла из Северной Кореи в среду." => [
        (Loc, "Северной Кореи", "Северная Корея"),
    ], not [];
    "Дмитрий Анатольевич Медведев посетил Санкт-Петербург в 10:30." => [
        (Person, "Дмитрий Анатольевич Медведев", "Дмитрий Анатольевич Медведев"),
        (Loc, "Санкт-Петербург", "Санкт-Петербург"),
        (Time, "10:30", "10:30"),
    ], not [];
    // A body named after a person (`имени X`, `им. X`) is one
    // organisation; its own words take the nominative, the name does not.
    "Он выступал в Театре им. Йозефа Бойса в Берлине." => [
        (Org, "Театре им. Йозефа Бойса", "Театр им. Йозефа Бойса"),
    ], not ["Йозефа Бойса"];
    "Он окончил Казахский национальный университет имени аль-Фараби в 2001 году." => [
        (Org, "Казахский национальный университет имени аль-Фараби",
            "Казахский национальный университет имени аль-Фараби"),
    ], not ["Казахский"];
    "Студенты Евразийского национального университета имени Л. Н. Гумилева провели акцию." => [
        (Org, "Евразийского национального университета имени Л. Н. Гумилева",
            "Евразийский национальный университет имени Л. Н. Гумилева"),
    ], not ["Л. Н. Гумилева"];
    "Солисты Большого театра и театра имени Пушкина выступили." => [
        (Org, "Большого театра", "Большой театр"),
        (Org, "театра имени Пушкина", "театр имени Пушкина"),
    ], not [];
    "Путин поздравил сборную России по хоккею." => [
        (Org, "сборную России по хоккею", "сборная России по хоккею"),
    ], not [];
    "Он дирижировал Мариинским театром, а прощался с Большим театром." => [
        (Org, "Мариинским театром", "Мариинский театр"),
        (Org, "Большим театром", "Большой театр"),
    ], not [];
    "Его звали по имени Иван Петров." => [(Person, "Иван Петров", "Иван Петров")],
        not ["по имени Иван Петров", "имени Иван Петров"];
    "Вчера А. С. Пушкин приехал в Москву." => [(Person, "А. С. Пушкин", "А. С. Пушкин")],
        not ["Вчера А. С. Пушкин"];
    // A top-level domain on its own names no place; a site's name keeps it.
    "Заявки на домены в зоне .РФ принимает RU-CENTER, пишет Lenta.ru." => [
        (Org, "Lenta.ru", "Lenta.ru"),
    ], not ["РФ", ".РФ"];
    // A function word after an initial is no surname, and one initial names nobody.
    "Перегрузки доходили до 8 G. Но это продолжалось недолго." => [], not ["G. Но", "G.", "Но"];
    "Перегрузки доходили до 10 G. Из-за этого модуль упал." => [],
        not ["G. Из-за", "G.", "Из-за"];
    // A press service is spanned with the body or person it serves.
    "Как сообщила пресс-служба МВД, задержаны трое." => [
        (Org, "пресс-служба МВД", "пресс-служба МВД"),
    ], not ["МВД"];
    "В пресс-службе Минздрава пояснили, что вакцина безопасна." => [
        (Org, "пресс-службе Минздрава", "пресс-служба Минздрава"),
    ], not ["Минздрава"];
}

entity_table! { english_names_and_numbers:
    "According to the National Statistics Bureau, the economy grew 6.2% in ten months." => [
        (Org, "National Statistics Bureau", "National Statistics Bureau"),
        (Percent, "6.2%", "6.2%"),
    ], not [];
    "Kazatomprom, Tengizchevroil and KazMunayGas signed the deal in Atyrau." => [
        (Org, "Kazatomprom", "Kazatomprom"),
        (Org, "Tengizchevroil", "Tengizchevroil"),
        (Org, "KazMunayGas", "KazMunayGas"),
        (Loc, "Atyrau", "Atyrau"),
    ], not [];
    "Lawmaker Azat Peruashev told parliament the law was unfair." => [
        (Person, "Azat Peruashev", "Azat Peruashev"),
    ], not ["Lawmaker Azat Peruashev"];
    "The CEO said GDP grew 5% in 2025." => [
        (Percent, "5%", "5%"),
    ], not ["CEO", "GDP"];
    "The National Bank of Kazakhstan and the Ministry of Finance of Kazakhstan disagreed." => [
        (Org, "National Bank of Kazakhstan", "National Bank of Kazakhstan"),
        (Org, "Ministry of Finance of Kazakhstan", "Ministry of Finance of Kazakhstan"),
    ], not ["Kazakhstan"];
    "Kaspi Bank and Halyk Bank reported record profits." => [
        (Org, "Kaspi Bank", "Kaspi Bank"),
        (Org, "Halyk Bank", "Halyk Bank"),
    ], not [];
    "Every region must meet its targets, and each ministry too." => [], not ["Every region", "Every"];
    "Prices rose last week, fell on Tuesday and will rise in December, the Sunday Times said." => [
        (Date, "last week", "last week"),
        (Date, "Tuesday", "Tuesday"),
        (Date, "December", "December"),
    ], not ["Sunday"];
    "The plan runs until March 2027. May we go? Troops March on." => [
        (Date, "March 2027", "March 2027"),
    ], not ["May", "March"];
    "Secretary of State Antony Blinken met the minister." => [
        (Person, "Antony Blinken", "Antony Blinken"),
    ], not ["State Antony Blinken"];
    "Secretary of State Blinken spoke." => [(Person, "Blinken", "Blinken")], not ["State Blinken"];
    "Treasury Secretary Maria Lopez spoke, and Sen. Paul Grant listened." => [
        (Person, "Maria Lopez", "Maria Lopez"),
        (Person, "Paul Grant", "Paul Grant"),
    ], not ["Treasury Secretary Maria Lopez", "Sen. Paul Grant"];
    "Prime Minister Torvin Ashgrove met Gov. Quill Harrow in Ottawa." => [
        (Person, "Torvin Ashgrove", "Torvin Ashgrove"),
        (Person, "Quill Harrow", "Quill Harrow"),
    ], not ["Minister Torvin Ashgrove", "Prime Minister Torvin Ashgrove"];
    "The Institute for Coastal Studies and the Office for Eldorian Statistics agreed." => [
        (Org, "Institute for Coastal Studies", "Institute for Coastal Studies"),
        (Org, "Office for Eldorian Statistics", "Office for Eldorian Statistics"),
    ], not ["Coastal Studies", "Eldorian Statistics"];
    "Chief Executive Orla Brennick said sales rose. Chief Justice Tomas Vell agreed." => [
        (Person, "Orla Brennick", "Orla Brennick"),
        (Person, "Tomas Vell", "Tomas Vell"),
    ], not ["Executive Orla Brennick", "Justice Tomas Vell", "Chief Justice Tomas Vell"];
    "Chief Financial Officer Kevan Parekh told analysts that margins would narrow." => [
        (Person, "Kevan Parekh", "Kevan Parekh"),
    ], not ["Officer Kevan Parekh", "Chief Financial Officer Kevan Parekh"];
    "The Executive Committee met on Friday." => [
        (Org, "Executive Committee", "Executive Committee"),
    ], not ["Committee"];
    "Central Bank of Eldoria Governor Mark Tull spoke on Monday." => [
        (Person, "Mark Tull", "Mark Tull"),
    ], not ["Central Bank of Eldoria Governor Mark Tull", "Governor Mark Tull"];
    "Shares of Orbitex Inc. rose. Members of Congress met." => [
        (Org, "Orbitex Inc.", "Orbitex Inc."),
        (Org, "Congress", "Congress"),
    ], not ["Shares of Orbitex Inc", "Members of Congress"];
    "The company paid two million dollars on June 28, 2005." => [
        (Money, "two million dollars", "two million dollars"),
        (Date, "June 28, 2005", "June 28, 2005"),
    ], not ["The"];
    "John Smith of the Ministry of Defence visited London at 5 pm." => [
        (Person, "John Smith", "John Smith"),
        (Org, "Ministry of Defence", "Ministry of Defence"),
        (Loc, "London", "London"),
        (Time, "5 pm", "5 pm"),
    ], not [];
    "Prices rose 15 percent to $5 million last year." => [
        (Percent, "15 percent", "15 percent"),
        (Money, "$5 million", "$5 million"),
    ], not ["Prices"];
    // A first name before an initial stays: the initial is a middle name.
    "George W. Bush spoke in 2001." => [(Person, "George W. Bush", "George W. Bush")],
        not ["W. Bush"];
}

#[test]
fn kazakh() {
    check(&[
        Case {
            text: "Қыста олар заңсыз қысым көрсетті, қысымды азайту керек.",
            want: &[(Date, "Қыста", "Қыста")],
            not: &["қысым", "қысымды"],
        },
        Case {
            text: "Қазақстанның Президенті Қасым-Жомарт Тоқаев Алматыдағы кездесуде сөйледі.",
            want: &[
                (Loc, "Қазақстанның", "Қазақстан"),
                (Person, "Қасым-Жомарт Тоқаев", "Қасым-Жомарт Тоқаев"),
                (Loc, "Алматыдағы", "Алматы"),
            ],
            not: &["Президенті"],
        },
        Case {
            text: "Бұл туралы Ұлытау облысының әкімі Берік Әбдіғалиұлы мәлімдеді.",
            want: &[
                (Loc, "Ұлытау облысының", "Ұлытау облысы"),
                (Person, "Берік Әбдіғалиұлы", "Берік Әбдіғалиұлы"),
            ],
            not: &["Бұл"],
        },
        Case {
            text: "Денсаулық сақтау министрлігіне 15 пайыз артық қаржы бөлінді.",
            want: &[
                (
                    Org,
                    "Денсаулық сақтау министрлігіне",
                    "Денсаулық сақтау министрлігі",
                ),
                (Percent, "15 пайыз артық", "15 пайыз артық"),
            ],
            not: &[],
        },
        Case {
            text: "Қ. Алпыс Астанаға 2025 жылғы 3 наурызда келді.",
            want: &[
                (Person, "Қ. Алпыс", "Қ. Алпыс"),
                (Loc, "Астанаға", "Астана"),
                (Date, "2025 жылғы 3 наурызда", "2025 жылғы 3 наурызда"),
            ],
            not: &[],
        },
        Case {
            text: "Жобаға 700 млн теңге жұмсалды, ол 30 гектар жерді қамтиды, 5 000 ₸ қалды.",
            want: &[
                (Money, "700 млн теңге", "700 млн теңге"),
                (Quantity, "30 гектар", "30 гектар"),
            ],
            not: &["Жобаға"],
        },
        Case {
            text: "Дүкен таңғы сағат 9-дан кешкі 8-ге дейін жұмыс істейді, жиын 11:08-де басталды.",
            want: &[
                (
                    Time,
                    "таңғы сағат 9-дан кешкі 8-ге дейін",
                    "таңғы сағат 9-дан кешкі 8-ге дейін",
                ),
                (Time, "11:08-де", "11:08-де"),
            ],
            not: &[],
        },
        Case {
            text: "Жалпы, биыл Қарағандыда жыл сайын өтетін жиын өтті.",
            want: &[
                (Date, "биыл", "биыл"),
                (Date, "жыл сайын", "жыл сайын"),
                (Loc, "Қарағандыда", "Қарағанды"),
            ],
            not: &["Жалпы"],
        },
        Case {
            text: "Ол «Абай жолы» романын оқыды, ал «Хабар» арнасы бұл туралы хабарлады.",
            want: &[(Org, "Хабар", "Хабар")],
            not: &["Абай", "Абай жолы"],
        },
        Case {
            text: "Ресейден 26.12.2025 күні Нұр-Сұлтан қаласына 2 тонна жүк келді.",
            want: &[
                (Loc, "Ресейден", "Ресей"),
                (Date, "26.12.2025", "26.12.2025"),
                (Loc, "Нұр-Сұлтан", "Нұр-Сұлтан"),
                (Quantity, "2 тонна", "2 тонна"),
            ],
            not: &["Нұр-Сұлтан қаласына"],
        },
        Case {
            text: "Назарбаевтың сөзін Тоқаевпен кездескен ҚР ІІМ өкілі келтірді.",
            want: &[
                (Person, "Назарбаевтың", "Назарбаев"),
                (Person, "Тоқаевпен", "Тоқаев"),
                (Org, "ҚР ІІМ", "ҚР ІІМ"),
            ],
            not: &[],
        },
        Case {
            text: "Ұлттық қауіпсіздік комитеті Шығыс Қазақстан облысында тексеріс жүргізді.",
            want: &[
                (
                    Org,
                    "Ұлттық қауіпсіздік комитеті",
                    "Ұлттық қауіпсіздік комитеті",
                ),
                (Loc, "Шығыс Қазақстан облысында", "Шығыс Қазақстан облысы"),
            ],
            not: &[],
        },
        Case {
            text: "Иран Ислам Республикасымен келісім жасалды, АҚШ-тағы сайлау Орта Азияда да талқыланды.",
            want: &[
                (Loc, "Иран Ислам Республикасымен", "Иран Ислам Республикасы"),
                (Loc, "АҚШ-тағы", "АҚШ"),
                (Loc, "Орта Азияда", "Орта Азия"),
            ],
            not: &[],
        },
        Case {
            text: "Дәрігерлер Италияның солтүстігіне бармауға кеңес берді.",
            want: &[(Loc, "Италияның", "Италия")],
            not: &["Дәрігерлер", "Италияның солтүстігіне бармауға кеңес"],
        },
    ]);
}

#[test]
fn russian() {
    check(&[
        Case {
            text: "Глава государства Касым-Жомарт Токаев встретился с президентом Южной Кореи.",
            want: &[
                (Person, "Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
                (Loc, "Южной Кореи", "Южная Корея"),
            ],
            not: &["государства"],
        },
        Case {
            // The press service is spanned with the body it serves.
            text: "Об этом сообщила пресс-служба акимата Алматинской области.",
            want: &[(
                Org,
                "пресс-служба акимата Алматинской области",
                "пресс-служба акимата Алматинской области",
            )],
            not: &["акимата Алматинской области"],
        },
        Case {
            text: "Мэр Москвы Юрий Лужков заявил, что в Москве 28 июня 2005 года откроют парк.",
            want: &[
                (Loc, "Москвы", "Москва"),
                (Person, "Юрий Лужков", "Юрий Лужков"),
                (Loc, "Москве", "Москва"),
                (Date, "28 июня 2005 года", "28 июня 2005 года"),
            ],
            not: &["Мэр"],
        },
        Case {
            text: "Встреча Юрия Лужкова с Владимиром Путиным прошла в Санкт-Петербурге.",
            want: &[
                (Person, "Юрия Лужкова", "Юрий Лужков"),
                (Person, "Владимиром Путиным", "Владимир Путин"),
                (Loc, "Санкт-Петербурге", "Санкт-Петербург"),
            ],
            not: &["Встреча"],
        },
        Case {
            text: "Министерство иностранных дел России сообщило об этом 15 марта.",
            want: &[
                (
                    Org,
                    "Министерство иностранных дел России",
                    "Министерство иностранных дел России",
                ),
                (Date, "15 марта", "15 марта"),
            ],
            not: &[],
        },
        Case {
            text: "Однако цены выросли на 15% и составили 300 рублей в Московской области.",
            want: &[
                (Percent, "15%", "15%"),
                (Money, "300 рублей", "300 рублей"),
                (Loc, "Московской области", "Московская область"),
            ],
            not: &["Однако"],
        },
        Case {
            text: "По словам А. С. Пушкина, в Северной Корее холодно.",
            want: &[
                (Person, "А. С. Пушкина", "А. С. Пушкин"),
                (Loc, "Северной Корее", "Северная Корея"),
            ],
            not: &["По"],
        },
        Case {
            text: "Представители партии «Яблоко» и ООО «Ромашка» читали роман «Война и мир».",
            want: &[
                (Org, "партии «Яблоко", "партия «Яблоко»"),
                (Org, "ООО «Ромашка", "ООО «Ромашка»"),
            ],
            not: &["Война", "Война и мир", "Представители"],
        },
        Case {
            text: "Послы Европейского союза говорили об Османской империи.",
            want: &[
                (Org, "Европейского союза", "Европейский союз"),
                (Loc, "Османской империи", "Османская империя"),
            ],
            not: &["Послы"],
        },
        Case {
            text: "Журналисты газеты «Вечерний город» опубликовали письмо читателей.",
            want: &[(Org, "газеты «Вечерний город", "газета «Вечерний город»")],
            not: &["Журналисты", "Вечерний город"],
        },
        Case {
            text: "Сотрудники Роспотребнадзора проверили кафе в Казани.",
            want: &[
                (Org, "Роспотребнадзора", "Роспотребнадзор"),
                (Loc, "Казани", "Казань"),
            ],
            not: &["Сотрудники"],
        },
        Case {
            text: "Депутаты Бундестага одобрили закон, а эксперты Гринписа его раскритиковали.",
            want: &[
                (Org, "Бундестага", "Бундестаг"),
                (Org, "Гринписа", "Гринпис"),
            ],
            not: &["Депутаты"],
        },
        Case {
            text: "Он сказал «спасибо» и ушёл домой.",
            want: &[],
            not: &["спасибо", "сказал «спасибо"],
        },
        Case {
            text: "Как отмечают СМИ, министр ушёл в отставку.",
            want: &[],
            not: &["СМИ"],
        },
        Case {
            text: "Об этом пишет «Мы никогда не сдадимся».",
            want: &[],
            not: &["Мы никогда не сдадимся"],
        },
    ]);
}

/// Places named with a word for their kind take the word, and a side of
/// the world before them its adjective, as factRuEval does (the canonical
/// forms of such phrases are `canonical.rs`'s job).
#[test]
fn russian_place_words_join_the_place() {
    for (text, want) in [
        ("Туристы переплыли реку Лену на плоту.", "реку Лену"),
        ("Вечером президент выступил в Белом доме.", "Белом доме"),
        ("Корреспондент побывал в городе Самаре.", "городе Самаре"),
        (
            "Почти все федерации стран западной Европы поддержали его.",
            "западной Европы",
        ),
        (
            "Министр посетил южные Курильские острова.",
            "южные Курильские острова",
        ),
    ] {
        let got = entities(text);
        assert!(
            got.iter().any(|(k, s, _)| *k == Loc && s == want),
            "{text:?}: want LOC {want:?}, got {got:?}"
        );
    }
}

/// Invented Russian texts for the rules after tagging (each row failed
/// before its rule): a surname the document gave in full comes back alone
/// in another case, opening a sentence or after `По словам`, or comes alone
/// before the full name; a name in quotation marks after `сообщает` is the
/// outlet, and after a body's lower-case words part of the body; a compound
/// ending in `дума`, `надзор`, `банк` and the like is a body; a place before
/// an abbreviation the tagger ran into it; a name keeps its particles (`бин`,
/// `фон`, `эль-`).
#[test]
fn russian_rules_after_tagging() {
    for (text, kind, want) in [
        (
            "Судья Маркус Тилгман огласил приговор. Тилгману возразил адвокат.",
            Person,
            "Тилгману",
        ),
        (
            "Депутат Ханс Бекериг выступил в парламенте. По словам Бекерига, закон устарел.",
            Person,
            "Бекерига",
        ),
        (
            "Переговоры с Кельдмааром продолжились. Позже Томас Кельдмаар уехал.",
            Person,
            "Кельдмааром",
        ),
        (
            "Премию вручили Хальворсену. Норвежец Эрик Хальворсен поблагодарил всех.",
            Person,
            "Хальворсену",
        ),
        ("Об этом сообщает «Спорт-Экспресс».", Org, "Спорт-Экспресс"),
        (
            "По информации Kursiv.media, цены выросли.",
            Org,
            "Kursiv.media",
        ),
        (
            "Переговоры с семьёй Усамы бин Ладена шли в Джидде.",
            Person,
            "Усамы бин Ладена",
        ),
        (
            "Приз жюри получил Ларс фон Триер за новый фильм.",
            Person,
            "Ларс фон Триер",
        ),
        (
            "Суд рассмотрел жалобу Халеда эль-Масри на ЦРУ.",
            Person,
            "Халеда эль-Масри",
        ),
        (
            "Базирующаяся в Женеве ВОЗ предупредила мир об эпидемии.",
            Loc,
            "Женеве",
        ),
        (
            "Базирующаяся в Женеве ВОЗ предупредила мир об эпидемии.",
            Org,
            "ВОЗ",
        ),
        (
            "Председатель Агентства по регулированию и развитию финансового рынка Мадина Абылкасымова ранее сообщала об этом.",
            Org,
            "Агентства по регулированию и развитию финансового рынка",
        ),
        (
            "Министерство здравоохранения сообщило о новых случаях.",
            Org,
            "Министерство здравоохранения",
        ),
        ("Банк признан банкротом в прошлом году.", Org, "Банк"),
        (
            "Аналитики Freedom Finance ожидают роста, сказал Иван Петров.",
            Org,
            "Freedom Finance",
        ),
        ("Центр рассчитан на 150 коек.", Org, "Центр"),
        (
            "Федеральная антимонопольная служба возбудила дело против компании.",
            Org,
            "Федеральная антимонопольная служба",
        ),
        (
            "Международный олимпийский комитет утвердил программу Игр.",
            Org,
            "Международный олимпийский комитет",
        ),
        (
            "Сбербанк России объявил о покупке инвестиционной компании.",
            Org,
            "Сбербанк России",
        ),
        (
            "Акционеры обратились в Высокий суд Лондона.",
            Org,
            "Высокий суд Лондона",
        ),
        (
            "Тверской районный суд Москвы приговорил бывшего чиновника.",
            Org,
            "Тверской районный суд Москвы",
        ),
        (
            "Ученые Института космических исследований РАН создали прибор.",
            Org,
            "Института космических исследований РАН",
        ),
        (
            "Президент Российской академии наук Юрий Осипов выступил против реформы.",
            Org,
            "Российской академии наук",
        ),
        (
            "Фонд подписал соглашение с Массачусетским технологическим институтом.",
            Org,
            "Массачусетским технологическим институтом",
        ),
        (
            "Астана. 27 ноября. КазТАГ – Министр финансов выступил в мажилисе.",
            Org,
            "КазТАГ",
        ),
    ] {
        let got = entities(text);
        assert!(
            got.iter().any(|(k, s, _)| *k == kind && s == want),
            "{text:?}: want {kind:?} {want:?}, got {got:?}"
        );
    }
}

/// A Latin name after the word for a kind of body is that body wherever
/// it comes back alone, whatever the tagger read it as there.
#[test]
fn russian_body_named_once_is_the_body_throughout() {
    let text = "Компания Vestas закрывает завод в Ньюпорте. Рабочие Vestas протестуют \
                против закрытия. Vestas отказалась от комментариев.";
    let got = entities(text);
    let alone: Vec<_> = got.iter().filter(|(_, s, _)| s == "Vestas").collect();
    assert_eq!(alone.len(), 2, "{got:?}");
    assert!(alone.iter().all(|(k, _, _)| *k == Org), "{got:?}");
}

#[test]
fn english() {
    check(&[
        Case {
            text: "Mr. John Smith said on June 28, 2005 that Microsoft Corp. paid $5 million.",
            want: &[
                (Person, "John Smith", "John Smith"),
                (Date, "June 28, 2005", "June 28, 2005"),
                (Org, "Microsoft Corp.", "Microsoft Corp."),
                (Money, "$5 million", "$5 million"),
            ],
            not: &["Mr"],
        },
        Case {
            text: "The University of Texas is in Austin, and prices rose 15 percent in New York City.",
            want: &[
                (Org, "University of Texas", "University of Texas"),
                (Loc, "Austin", "Austin"),
                (Percent, "15 percent", "15 percent"),
                (Loc, "New York City", "New York City"),
            ],
            not: &["The"],
        },
        Case {
            text: "Tokayev spoke in Kazakh and then in English at the forum in Astana.",
            want: &[(Loc, "Astana", "Astana")],
            not: &["Kazakh", "English"],
        },
        Case {
            text: "Deputy Foreign Minister Roman Vassilenko called the visit historic.",
            want: &[(Person, "Roman Vassilenko", "Roman Vassilenko")],
            not: &["Foreign"],
        },
        Case {
            text: "House Speaker Mike Johnson dismissed the warning.",
            want: &[(Person, "Mike Johnson", "Mike Johnson")],
            not: &["House Speaker Mike Johnson"],
        },
        Case {
            text: "Senate Majority Leader Chuck Schumer said the bill would pass.",
            want: &[
                (Org, "Senate", "Senate"),
                (Person, "Chuck Schumer", "Chuck Schumer"),
            ],
            not: &["Senate Majority Leader Chuck Schumer", "Senate Majority"],
        },
        Case {
            text: "Kazakh Foreign Minister Murat Nurtleu arrived in Berlin on Monday.",
            want: &[
                (Person, "Murat Nurtleu", "Murat Nurtleu"),
                (Loc, "Berlin", "Berlin"),
            ],
            not: &["Kazakh Foreign", "Kazakh"],
        },
        Case {
            text: "Sales fell from 2019 to 2021 and will recover by the end of 2026; 2000 people work there.",
            want: &[
                (Date, "2019", "2019"),
                (Date, "2021", "2021"),
                (Date, "2026", "2026"),
            ],
            not: &["2000"],
        },
        Case {
            text: "However, the Iraqi government met in Baghdad on Tuesday with Obama's team.",
            want: &[(Loc, "Baghdad", "Baghdad"), (Date, "Tuesday", "Tuesday")],
            not: &["However", "Iraqi"],
        },
    ]);
}

#[test]
fn odd_input_gives_entities_on_char_boundaries() {
    for text in [
        "",
        "«",
        "İSTANBUL İİ ẞẞ Straße ǅ 𝔄𝔅 👍 Қ. Ә. 11: 2025 жылғы",
        "«Ә» АҚ «» « » Ақ. . . 5-те 3, 5 – 7 %-ке $ ₸5",
        "BID12 Ş. Ж. İİİİda ВВВ ООО «» жыл сайын 26.12.2025 23:59-да",
        "A. B. C. D. E. F. G. H. of of of Bank of",
    ] {
        let analysis = aitty::analyse(text);
        let mut last_end = 0;
        for e in &analysis.entities {
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            assert!(e.span.start >= last_end, "sorted, no overlap: {text:?}");
            last_end = e.span.end;
        }
    }
}

#[test]
fn single_words_and_dev_texts_keep_the_invariants() {
    let mut texts: Vec<String> = ["Алматы", "ІІМ", "Оңтүстік", "Москве", "Texas", "2025"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for file in ["ner_dev_kk.jsonl", "ner_dev_ru.jsonl", "ner_dev_en.jsonl"] {
        let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
        let data = std::fs::read_to_string(path).expect("dev data");
        for line in data.lines().take(400) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            texts.push(v["text"].as_str().unwrap_or_default().to_string());
        }
    }
    for text in &texts {
        let analysis = aitty::analyse(text);
        let mut last_end = 0;
        for e in &analysis.entities {
            assert!(
                e.span.start >= last_end && e.span.end <= text.len(),
                "{text:?}"
            );
            assert!(!e.canonical.is_empty(), "{text:?}");
            last_end = e.span.end;
        }
    }
}

/// Mentions of one person share a cluster: a surname alone, an inflected
/// surname (`Лужкова`), an initial (`Қ. Алпыс`); another person does not.
#[test]
fn clusters_tie_mentions_of_one_person() {
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "Қуандық Алпыс мәлімдеді. Бұған дейін Алпыстың айтуынша, Қ. Алпыс ертең келеді. Айгерим Тарина келіспеді.",
            &["Қуандық Алпыс", "Алпыстың", "Қ. Алпыс"],
            "Айгерим Тарина",
        ),
        (
            "Мэр Москвы Юрий Лужков выступил. Эту позицию Лужкова поддержал Сергей Собянин.",
            &["Юрий Лужков", "Лужкова"],
            "Сергей Собянин",
        ),
        (
            "Barack Obama met Angela Merkel in Berlin. The talks went well, Obama said.",
            &["Barack Obama", "Obama"],
            "Angela Merkel",
        ),
    ];
    for &(text, same, other) in cases {
        let doc = aitty::annotate(text);
        let cluster = |span: &str| {
            doc.entities
                .iter()
                .find(|e| e.text == span)
                .map(|e| e.cluster.clone())
                .unwrap_or_else(|| panic!("{span:?} not found in {:?}", doc.entities))
        };
        let first = cluster(same[0]);
        for s in same {
            assert_eq!(cluster(s), first, "{s:?} in {text:?}");
        }
        assert_ne!(cluster(other), first, "{other:?} in {text:?}");
    }
}

// Known errors of the Russian model, kept visible: run with `--ignored`.
entity_table!(
    #[ignore = "known error: the Russian model reads `Делегация Казахстана` as an organisation"]
    russian_known_errors:
    "Делегация Казахстана прибыла в Астану из Новосибирска." => [
        (Loc, "Казахстана", "Казахстан"),
        (Loc, "Астану", "Астана"),
        (Loc, "Новосибирска", "Новосибирск"),
    ], not ["Делегация", "Делегация Казахстана"];
);
