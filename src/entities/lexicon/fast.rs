//! What makes the look-ups cheap: FxHash maps, a key test that often needs
//! no key, and a per-thread memo for clues worked out from one word.

use std::cell::RefCell;
use std::thread::LocalKey;

/// The project's one fast hasher (see [`crate::wordlist::FxHasher`]).
pub type FxMap<K, V> = crate::wordlist::FxHashMap<K, V>;
pub type FxSet<K> = crate::wordlist::FxHashSet<K>;

use crate::wordlist::lower_char as lower;
pub use crate::wordlist::{key, lower as lowercase};

/// Lower case of one char (the char itself where lower case is longer).
pub fn lower_char(c: char) -> char {
    lower(c).unwrap_or(c)
}

/// A per-thread memo of a clue worked out from a word (`is_org_trigger`,
/// `is_first_name`): news repeats its words, and most clues lower-case and
/// stem. Cleared when it grows past a bound, so memory stays flat.
pub type Memo<T> = LocalKey<RefCell<FxMap<String, T>>>;

const MEMO_LIMIT: usize = 200_000;

/// Room a memo takes at its first entry: an article has a few thousand
/// distinct words, and a memo grown from empty rehashes every key it holds
/// at each doubling (6 % of a new Russian article's time in wasm).
pub const FIRST_CAPACITY: usize = 4_096;

/// Makes room for [`FIRST_CAPACITY`] entries in an empty `map`, else
/// clears a full one (past `limit`), so memory stays flat.
pub fn make_room<K: Eq + std::hash::Hash, V>(map: &mut FxMap<K, V>, limit: usize) {
    if map.capacity() == 0 {
        map.reserve(FIRST_CAPACITY);
    } else if map.len() >= limit {
        map.clear();
    }
}

pub fn memo<T: Clone>(cache: &'static Memo<T>, word: &str, compute: impl FnOnce() -> T) -> T {
    if let Some(hit) = cache.with(|c| c.borrow().get(word).cloned()) {
        return hit;
    }
    let value = compute();
    cache.with(|c| {
        let mut c = c.borrow_mut();
        make_room(&mut c, MEMO_LIMIT);
        c.insert(word.to_string(), value.clone());
    });
    value
}

/// A memo with one answer per language (`slot`: the language's index).
pub type SlotMemo<T> = LocalKey<RefCell<FxMap<String, [Option<T>; 4]>>>;

pub fn memo_slot<T: Copy>(
    cache: &'static SlotMemo<T>,
    word: &str,
    slot: usize,
    compute: impl FnOnce() -> T,
) -> T {
    if let Some(answer) = cache.with(|c| c.borrow().get(word).and_then(|known| known[slot])) {
        return answer;
    }
    let answer = compute();
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(known) = c.get_mut(word) {
            known[slot] = Some(answer);
            return;
        }
        make_room(&mut c, MEMO_LIMIT);
        let mut known = [None; 4];
        known[slot] = Some(answer);
        c.insert(word.to_string(), known);
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_gets_room_at_first_and_is_cleared_when_full() {
        let mut map: FxMap<String, bool> = FxMap::default();
        make_room(&mut map, 3);
        assert!(map.capacity() >= FIRST_CAPACITY);
        for word in ["a", "b", "c"] {
            make_room(&mut map, 3);
            map.insert(word.to_string(), true);
        }
        let capacity = map.capacity();
        make_room(&mut map, 3);
        assert!(map.is_empty(), "full at the limit: cleared");
        assert_eq!(map.capacity(), capacity, "clearing keeps the room");
    }
}
