//! Finding the next of a few byte values in a text, eight bytes at a time:
//! the stages that read every byte (sentence enders, quotation marks) are
//! looking for a handful of values that most of the text does not hold.

/// The index of the first byte at or after `from` equal to one of `set`,
/// or `bytes.len()` (or `from`, if past the end) when there is none.
pub fn next_of(bytes: &[u8], from: usize, set: [u8; 4]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // High bit set in the bytes of `x` equal to `b`; a false one can only
    // come after a true one, so the lowest set bit is always the first match.
    let equal = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGHS
    };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let found = equal(x, set[0]) | equal(x, set[1]) | equal(x, set[2]) | equal(x, set[3]);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !set.contains(&bytes[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_byte_walk_finds() {
        let set = [b'.', b'!', b'?', 0xe2];
        let text = "Алпыс: «Иә?!» — деді… 3.5 млн, т.б. OK! 😀 ‘x’ end";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let walked = (from..bytes.len())
                .find(|&i| set.contains(&bytes[i]))
                .unwrap_or(bytes.len());
            assert_eq!(next_of(bytes, from, set), walked, "from {from}");
        }
        // Every byte value, at every position in a chunk of eight.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'a'; 19];
                bytes[at + 3] = b;
                let want = if set.contains(&b) { at + 3 } else { 19 };
                assert_eq!(next_of(&bytes, 0, set), want, "byte {b:#x} at {at}");
                assert_eq!(next_of(&bytes, 2, set), want, "byte {b:#x} at {at}");
            }
        }
        assert_eq!(next_of(b"abc", 7, set), 7);
    }
}
