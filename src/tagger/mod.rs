//! The learned name tagger: PERSON, ORG and LOC as BIO labels over a
//! sentence's tokens, from hashed features ([`features`]) scored by an
//! averaged perceptron ([`train`]) and decoded with Viterbi ([`viterbi`]).
//! One model per language, quantised and compiled in ([`model`]).
//!
//! The rules run first; their reading of each token is one of the features,
//! so the tagger learns when to trust them.

pub(crate) mod common_words;
mod compound_orgs;
mod direct;
mod english_orgs;
pub(crate) mod english_titles;
pub mod features;
pub(crate) mod kind_words;
pub(crate) mod kk_kind_words;
mod kk_spans;
mod known_surnames;
pub(crate) mod latin_names;
mod lexicon_hits;
mod memo;
pub mod model;
mod name_particles;
mod org_chains;
mod org_heads;
mod org_spans;
pub(crate) use org_spans::verb_like as russian_verb_like;
pub(crate) mod person_spans;
mod place_words;
mod quoted_orgs;
pub mod train;
pub mod viterbi;

/// A hasher for keys that are hashes already (feature hashes, word
/// hashes): they are well mixed, so used as they are.
#[derive(Default)]
pub(crate) struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only integer keys")
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

use crate::entities::EntityType;
use crate::language::Lang;
use crate::span::Span;
use crate::text::{Token, TokenKind};

pub use features::Scratch;
pub use model::Model;

/// Labels: `O`, then `B-`/`I-` for PERSON, ORG and LOC.
pub const LABELS: usize = 7;
/// The transition row of the sentence start.
pub const START: usize = LABELS;
pub const OUTSIDE: u8 = 0;

/// The types the tagger finds, in label order.
pub const TYPES: [EntityType; 3] = [EntityType::Person, EntityType::Org, EntityType::Loc];

/// `B-` label of `kind`, if the tagger knows the type.
pub fn begin_label(kind: EntityType) -> Option<u8> {
    TYPES
        .iter()
        .position(|&t| t == kind)
        .map(|i| 1 + 2 * i as u8)
}

const fn is_inside(label: usize) -> bool {
    label != 0 && label.is_multiple_of(2)
}

/// A name a pass widened or joined ends before `at`: what the tagger began
/// inside it and ran on past `at` begins anew there (`I-X` → `B-X`).
fn begin_anew(labels: &mut [u8], at: usize) {
    if let Some(l) = labels.get_mut(at)
        && is_inside(*l as usize)
    {
        *l -= 1;
    }
}

/// BIO: `I-X` may only follow `B-X` or `I-X`.
pub const fn allowed(prev: usize, cur: usize) -> bool {
    if !is_inside(cur) {
        return true;
    }
    prev != START && prev != 0 && (prev - 1) / 2 == (cur - 1) / 2
}

/// The type of a `B-`/`I-` label.
pub fn label_type(label: u8) -> Option<EntityType> {
    (label != 0).then(|| TYPES[(label as usize - 1) / 2])
}

/// Names read off a label sequence: a `B-` and the `I-`s after it.
pub fn spans(toks: &[Token], labels: &[u8], out: &mut Vec<(Span, EntityType)>) {
    let mut i = 0;
    while i < labels.len() {
        let l = labels[i];
        if l == 0 || is_inside(l as usize) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < labels.len() && labels[j] == l + 1 {
            j += 1;
        }
        // A name neither starts nor ends on punctuation (`Corp.`, `«`).
        let words = &toks[i..j];
        let first = words.iter().position(|t| t.kind != TokenKind::Punct);
        let last = words.iter().rposition(|t| t.kind != TokenKind::Punct);
        if let (Some(kind), Some(f), Some(l)) = (label_type(l), first, last) {
            out.push((Span::new(words[f].span.start, words[l].span.end), kind));
        }
        i = j;
    }
}

/// Reusable buffers of [`Tagger::tag`], and what it memoises per distinct
/// word: use one `Tagger` per document.
pub struct Tagger {
    scratch: Scratch,
    emissions: Vec<[i32; LABELS]>,
    backs: Vec<[u8; LABELS]>,
    labels: Vec<u8>,
    /// Which document words are common words that open no name.
    opening_words: common_words::OpeningWords,
    /// The surnames of the people the document names in full (Russian).
    surnames: known_surnames::KnownSurnames,
    /// Per document word: whether it is a compound body's name.
    compounds: compound_orgs::Compounds,
    /// Made by [`Tagger::for_document`]: hands its word memo on when dropped.
    hands_on: bool,
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger {
            scratch: Scratch::for_tagging(),
            emissions: Vec::new(),
            backs: Vec::new(),
            labels: Vec::new(),
            opening_words: Default::default(),
            surnames: Default::default(),
            compounds: Default::default(),
            hands_on: false,
        }
    }
}

thread_local! {
    /// The word memo the last document's tagger left on this thread.
    static WORD_MEMO: std::cell::RefCell<memo::Memo> = std::cell::RefCell::default();
}

impl Tagger {
    /// A tagger for one document that starts with the word facts the
    /// earlier documents' taggers memoised on this thread, and leaves them,
    /// with its own, for the next one when dropped: a new article shares
    /// most of its words with the earlier ones.
    pub fn for_document() -> Tagger {
        let mut tagger = Tagger::default();
        let memo = tagger.scratch.memo_mut();
        WORD_MEMO.with(|m| std::mem::swap(memo, &mut m.borrow_mut()));
        memo.start_document();
        tagger.hands_on = true;
        tagger
    }
}

impl Drop for Tagger {
    fn drop(&mut self) {
        if self.hands_on {
            let memo = std::mem::take(self.scratch.memo_mut());
            // Not after the thread's locals are gone.
            let _ = WORD_MEMO.try_with(|m| *m.borrow_mut() = memo);
        }
    }
}

/// A sentence to tag, with what the document knows of its tokens.
#[derive(Clone, Copy)]
pub struct Sentence<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Each token's [`crate::text::Document::word`] id, or empty (one
    /// tagger serves one document's ids).
    pub words: &'a [u32],
    /// The rules' label per token, or empty.
    pub hints: &'a [u8],
    /// [`common_words::written_in_lower_case`] of the document, or empty.
    pub lower_case: &'a [bool],
}

impl Tagger {
    /// Remembers the surnames of the people a Russian sentence's rules name
    /// in full, before any sentence is tagged: a surname alone may come
    /// before the full name (`президентом Обамой` ... `Барак Обама`).
    pub fn remember_people(&mut self, sentence: Sentence) {
        self.surnames
            .remember(sentence.text, sentence.tokens, sentence.hints);
    }

    /// Tags one sentence and appends the names found to `out`.
    pub fn tag(
        &mut self,
        model: &Model,
        sentence: Sentence,
        lang: Lang,
        out: &mut Vec<(Span, EntityType)>,
    ) {
        let Sentence {
            text,
            tokens: toks,
            words,
            hints,
            lower_case,
        } = sentence;
        if toks.is_empty() {
            return;
        }
        self.scratch.extract(text, toks, words, lang, hints);
        let s = &self.scratch;
        // No capital or rule guess anywhere near: nothing to find (the
        // models learn the "far from any anchor" feature as `O`).
        if !s.any_active() {
            return;
        }
        self.emissions.clear();
        let table = direct::rows(model);
        // A far token's emission is its one feature's row (split mode
        // gives it no feature or index).
        let far = table[usize::from(direct::FAR_INDEX)];
        for i in 0..toks.len() {
            let s = &mut self.scratch;
            if s.is_far(i) {
                self.emissions.push(far);
                continue;
            }
            let mut sum = s.word_emission(i, model);
            let feats = &s.feats[s.starts[i] as usize..s.starts[i + 1] as usize];
            for (t, f) in sum.iter_mut().zip(model.emission(feats)) {
                *t += f;
            }
            for &c in &s.codes[s.code_starts[i] as usize..s.code_starts[i + 1] as usize] {
                for (t, w) in sum.iter_mut().zip(&table[c as usize]) {
                    *t += w;
                }
            }
            self.emissions.push(sum);
        }
        viterbi::decode(
            &self.emissions,
            model.transitions(),
            -1 << 28,
            &mut self.backs,
            &mut self.labels,
        );
        if lang == Lang::Ru {
            // The passes but the two that find names of kind words only
            // change names: a sentence without any skips them.
            let any_name = |labels: &[u8]| labels.iter().any(|&l| l != OUTSIDE);
            if any_name(&self.labels) {
                run_passes(&RUSSIAN_SPAN_PASSES, text, toks, &mut self.labels);
            }
            let kinds = self.scratch.kind_words();
            org_heads::country_and_kind_word(text, toks, kinds, &mut self.labels);
            org_spans::adjective_and_kind_word(text, toks, kinds, &mut self.labels);
            if any_name(&self.labels) {
                run_passes(&RUSSIAN_PASSES, text, toks, &mut self.labels);
                self.opening_words.drop_opening_word(
                    text,
                    toks,
                    words,
                    lower_case,
                    &mut self.labels,
                );
            }
            quoted_orgs::outlets_in_marks(text, toks, &mut self.labels);
            self.compounds.mark(text, toks, words, &mut self.labels);
            self.surnames.mark(text, toks, &mut self.labels);
        }
        if lang == Lang::En {
            run_passes(&ENGLISH_PASSES, text, toks, &mut self.labels);
        }
        if lang == Lang::Kk {
            run_passes(&KAZAKH_PASSES, text, toks, &mut self.labels);
        }
        spans(toks, &self.labels, out);
    }
}

/// Where the name that begins at `b` ends: past the `inside` (`I-`)
/// labels after it.
fn name_end(labels: &[u8], b: usize, inside: u8) -> usize {
    b + 1 + labels[b + 1..].iter().take_while(|&&l| l == inside).count()
}

/// The first name at or after `from` that begins with `begin` (a `B-`
/// label; its `I-` label is the next code): its first token and the end.
/// The passes over labels walk names with it.
pub(crate) fn next_name(labels: &[u8], from: usize, begin: u8) -> Option<(usize, usize)> {
    let b = next_label(labels, from, begin)?;
    Some((b, name_end(labels, b, begin + 1)))
}

/// The first token at or after `from` labelled `label` (not `O`): the
/// passes that act at one label find it with this.
pub(crate) fn next_label(labels: &[u8], from: usize, label: u8) -> Option<usize> {
    debug_assert!(label != OUTSIDE);
    let want = ONES * u64::from(label);
    // The high bit of each byte equal to `label`: a false one only above
    // a true one (the borrow runs upwards), so the lowest is the first.
    first_label(labels, from, |x| {
        let v = x ^ want;
        v.wrapping_sub(ONES) & !v & (ONES << 7)
    })
}

/// One in each byte of a word of eight labels.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The first label at or after `from` that `hits` marks, eight at a time:
/// `hits` sets a bit in each byte of a word of eight labels that it wants,
/// only above a wanted byte in any other, and none in an `O` byte (the last
/// word is padded with them). The passes look for the next name in every
/// sentence, and byte by byte that was most of the cost of a pass that
/// finds none.
#[inline]
fn first_label(labels: &[u8], from: usize, hits: impl Fn(u64) -> u64) -> Option<usize> {
    let rest = labels.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in chunks.by_ref() {
        let m = hits(u64::from_le_bytes(chunk.try_into().expect("eight labels")));
        if m != 0 {
            return Some(at + (m.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = chunks.remainder();
    let mut last = [OUTSIDE; 8];
    last[..tail.len()].copy_from_slice(tail);
    let m = hits(u64::from_le_bytes(last));
    (m != 0).then(|| at + (m.trailing_zeros() / 8) as usize)
}

/// Token `i` begins a name of one word: a `B-` label with no `I-` label of
/// its type after it.
#[inline]
pub(crate) fn one_word_name(labels: &[u8], i: usize) -> bool {
    labels[i] % 2 == 1 && labels.get(i + 1) != Some(&(labels[i] + 1))
}

/// The first name of any type at or after `from`: its first token and the
/// end.
fn next_any_name(labels: &[u8], from: usize) -> Option<(usize, usize)> {
    // `B-` labels are the odd ones.
    let b = first_label(labels, from, |x| x & ONES)?;
    Some((b, name_end(labels, b, labels[b] + 1)))
}

/// A pass over a sentence's labels after tagging.
type LabelPass = fn(&str, &[Token], &mut [u8]);

/// Which label values a sentence's labels hold, one bit per value
/// (`1 << label`), and bit 0 always ([`ALWAYS`]).
fn labels_present(labels: &[u8]) -> u8 {
    labels.iter().fold(ALWAYS, |m, &l| m | 1 << (l & 7))
}

/// Types of names as bits of [`labels_present`] (`B-` and `I-`).
const PER: u8 = 0b110;
const ORG: u8 = 0b1_1000;
const LOC: u8 = 0b110_0000;
/// Any name.
const NAME: u8 = PER | ORG | LOC;
/// A pass that may act in a sentence without names.
const ALWAYS: u8 = 1;

/// A pass over labels, with the types it acts on (`needs`: it starts only
/// at a label of one of them, so a sentence without any is left as it was)
/// and the types it may write that were not there before (`makes`).
struct GatedPass {
    needs: u8,
    makes: u8,
    pass: LabelPass,
}

const fn gated(needs: u8, makes: u8, pass: LabelPass) -> GatedPass {
    GatedPass { needs, makes, pass }
}

/// Runs `passes` in order, skipping each that needs a type the labels do
/// not hold: half the sentences with a name hold no organisation, no
/// person or no place, and a pass walks all the labels to find none. The
/// labels are scanned once; a pass that ran adds the types it may have
/// made, so the set only over-counts (a pass runs for nothing, never the
/// other way).
#[inline(always)]
fn run_passes<const N: usize>(
    passes: &[GatedPass; N],
    text: &str,
    toks: &[Token],
    labels: &mut [u8],
) {
    let mut present = labels_present(labels);
    for p in passes {
        if present & p.needs != 0 {
            (p.pass)(text, toks, labels);
            present |= p.makes;
        }
    }
}

/// The passes over a Russian sentence's labels, in order: where
/// factRuEval's organisations start, then (after
/// [`org_heads::country_and_kind_word`]) where they and places end, then
/// general clean-ups of people's, Latin-script and site names.
const RUSSIAN_SPAN_PASSES: [GatedPass; 7] = [
    gated(ORG, ORG, org_spans::trim_leading_nouns),
    gated(ORG, ORG, org_heads::trim_to_kind_word),
    gated(ORG, 0, org_spans::cut_at_verbs),
    gated(ORG, ORG, org_spans::split_at_and),
    gated(ORG, 0, quoted_orgs::drop_named_works),
    gated(ORG, ORG, quoted_orgs::widen_to_trigger),
    gated(ORG, ORG, org_spans::widen_to_adjectives),
];

/// The passes after [`org_heads::country_and_kind_word`] and
/// [`org_spans::adjective_and_kind_word`], which run between the two
/// tables (they read the kind words the features found).
const RUSSIAN_PASSES: [GatedPass; 29] = [
    gated(LOC, ORG, org_spans::kind_word_makes_place_org),
    gated(ORG, ORG, org_spans::join_legal_forms),
    gated(PER | ORG, LOC, place_words::named_after_place_word),
    gated(LOC, LOC, place_words::widen),
    gated(LOC, LOC, place_words::join_directions),
    gated(LOC, LOC, place_words::places_with_and),
    gated(ORG, ORG, org_chains::widen_over_genitives),
    gated(ORG, ORG, org_chains::widen_over_po_and_pri),
    gated(ORG, ORG, org_chains::join_abbreviation_after),
    gated(ORG, ORG, org_chains::end_at_noun),
    gated(ORG, ORG, quoted_orgs::join_name_in_marks),
    gated(ORG, ORG, org_spans::take_place_after),
    gated(ORG, 0, org_spans::drop_head_of),
    gated(PER, NAME, person_spans::cut_before_first_name),
    gated(PER, ORG | PER, person_spans::cut_other_scripts),
    gated(ORG, PER, person_spans::cut_person_from_org),
    gated(ORG, LOC | ORG, person_spans::cut_place_from_org),
    gated(PER, 0, person_spans::drop_adjectives),
    gated(PER, ORG | LOC, person_spans::kind_word_makes_org),
    gated(LOC, LOC, person_spans::adjective_takes_its_noun),
    gated(PER | ORG, LOC, person_spans::places_are_places),
    gated(ORG, LOC, place_words::region_is_place),
    gated(LOC, PER, person_spans::speaker_is_person),
    gated(LOC, PER, person_spans::first_name_makes_person),
    gated(ALWAYS, PER, name_particles::join),
    gated(NAME, ORG, latin_names::join_latin),
    // A domain takes the label of the name before it.
    gated(NAME, 0, latin_names::take_domains),
    gated(PER | LOC, ORG, latin_names::one_latin_word_is_org),
    // Also makes a name of Latin words the tagger left unlabelled.
    gated(ALWAYS, ORG, latin_names::tail_makes_org),
];

/// The passes over a Kazakh sentence's labels, in order.
const KAZAKH_PASSES: [GatedPass; 5] = [
    gated(NAME, 0, kk_spans::cut_latin_before_kazakh),
    // Only ever makes an `I-` label a `B-` of its type.
    gated(NAME, 0, kk_spans::end_at_inner_case),
    gated(PER | ORG, PER | ORG, kk_spans::cut_body_from_person),
    gated(LOC, ORG, kk_spans::place_administration),
    gated(ORG | LOC, ORG, kk_spans::run_on_to_kind_word),
];

/// The passes over an English sentence's labels, in order.
const ENGLISH_PASSES: [GatedPass; 8] = [
    gated(NAME, PER, english_orgs::cut_at_reporting_verbs),
    gated(NAME, ORG, english_orgs::tail_makes_org),
    // Finds `Bank of ...` in words the tagger left unlabelled too.
    gated(ALWAYS, ORG, english_orgs::of_chains),
    gated(NAME, 0, english_orgs::drop_languages),
    gated(ORG, PER, english_titles::org_runs_into_person),
    gated(PER, 0, english_titles::no_person_before_a_title),
    gated(NAME, PER, english_titles::state_in_a_title),
    // Also makes a person of words the tagger left unlabelled.
    gated(ALWAYS, PER, english_titles::speaker_by_said),
];

/// `pass` run on `text`'s tokens labelled `labels` (for the passes' tests).
#[cfg(test)]
pub(crate) fn after_pass(pass: LabelPass, text: &str, labels: &[u8]) -> Vec<u8> {
    let toks = crate::text::token::tokenize(text);
    assert_eq!(toks.len(), labels.len(), "{text}");
    let mut labels = labels.to_vec();
    pass(text, &toks, &mut labels);
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_rules() {
        assert!(allowed(START, 1) && !allowed(START, 2));
        assert!(allowed(1, 2) && allowed(2, 2) && !allowed(3, 2) && !allowed(0, 4));
        assert!(allowed(5, 6) && allowed(6, 0) && allowed(2, 3));
    }

    /// The tagger's memo, index table and split features add up to what
    /// the full features (the ones training reads) give, token by token.
    #[test]
    fn split_features_sum_to_the_full_features() {
        let texts = [
            (
                Lang::En,
                "President Joe Biden met Anna Smith of IBM in Paris. Biden said the IBM deal, worth $5 bn, was done. St. Louis and New York-based Acme Corp. agreed; Smith did not.",
            ),
            (
                Lang::Ru,
                "Президент Владимир Путин встретился с Анной Смит в Москве. Партия «Единая Россия» и газета «Правда» поддержали Путина. В Москве ГОСДУМА приняла закон.",
            ),
            (
                Lang::Kk,
                "Қазақстан Президенті Қасым-Жомарт Тоқаев Алматыдағы «Нұр Отан» партиясының жиынында сөйледі. Тоқаев Астанаға оралды. Алматы әкімі Ерболат Досаев қатысты.",
            ),
        ];
        for (lang, text) in texts {
            let Some(model) = model::compiled(lang) else {
                continue;
            };
            let doc = crate::text::Document::new(text);
            let langs = crate::language::detect(&doc);
            let hints = crate::entities::rule_hints(&doc, &langs);
            let (mut tagger, mut full, mut out) =
                (Tagger::default(), Scratch::default(), Vec::new());
            let mut checked = 0;
            for &sentence in &doc.sentences {
                let toks = doc.tokens_in(sentence);
                let from = doc.token_index(sentence.start);
                let h = &hints[from..from + toks.len()];
                let words = doc.word_ids(from..from + toks.len());
                let to_tag = Sentence {
                    text,
                    tokens: toks,
                    words,
                    hints: h,
                    lower_case: &[],
                };
                tagger.tag(model, to_tag, lang, &mut out);
                full.extract(text, toks, &[], lang, h);
                if !full.any_active() {
                    continue;
                }
                let want: Vec<_> = (0..toks.len())
                    .map(|i| {
                        model.emission(
                            &full.feats[full.starts[i] as usize..full.starts[i + 1] as usize],
                        )
                    })
                    .collect();
                assert_eq!(tagger.emissions, want, "{lang:?}: {}", sentence.slice(text));
                checked += toks.len();
            }
            assert!(checked > 20, "{lang:?}");
            assert!(!out.is_empty(), "{lang:?}");
        }
    }

    /// The eight-at-a-time search finds what a byte-by-byte one finds.
    #[test]
    fn names_found_eight_labels_at_a_time() {
        let seqs: [&[u8]; 5] = [
            &[],
            &[0, 0, 3, 4, 0, 1, 2, 2, 0, 5, 0, 3, 0, 0, 0, 0, 0, 6, 5],
            &[2, 4, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            &[5, 6, 6, 6, 6, 6, 6, 6, 6, 3],
            &[0, 0, 0, 0, 0, 0, 0, 0],
        ];
        for labels in seqs {
            for from in 0..=labels.len() + 1 {
                let naive = |hit: &dyn Fn(u8) -> bool| {
                    let b = from + labels.get(from..)?.iter().position(|&l| hit(l))?;
                    Some((b, name_end(labels, b, labels[b] + 1)))
                };
                for begin in [1, 3, 5] {
                    assert_eq!(
                        next_name(labels, from, begin),
                        naive(&|l| l == begin),
                        "{labels:?} {from} {begin}"
                    );
                }
                assert_eq!(next_any_name(labels, from), naive(&|l| l % 2 == 1));
            }
        }
    }

    #[test]
    fn spans_from_labels() {
        let text = "Anna Smith met IBM in Paris";
        let toks = crate::text::token::tokenize(text);
        let mut out = Vec::new();
        spans(&toks, &[1, 2, 0, 3, 0, 5], &mut out);
        let got: Vec<_> = out.iter().map(|(s, k)| (s.slice(text), *k)).collect();
        assert_eq!(
            got,
            [
                ("Anna Smith", EntityType::Person),
                ("IBM", EntityType::Org),
                ("Paris", EntityType::Loc)
            ]
        );
    }
}
