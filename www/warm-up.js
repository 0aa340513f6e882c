// Made-up news sentences, one language each, that a fresh instance of the
// module annotates before the reader's first text: a language's model and
// word lists are loaded on its first text, and the engine compiles hot code
// well only once it has run; cold, the first 10 KB paste took 10-20 times
// as long as the next ones.

export const WARM_UP = [
  '«Біз жаңа көпірді келесі жылы саламыз», – деді Алматы қаласының әкімі Ерлан Сапаров дүйсенбі күні. Оның айтуынша, жобаға 2 млрд теңге бөлінді.',
  '«Мы построим новый мост в следующем году», — заявил мэр Караганды Иван Петров в понедельник. По его словам, на проект выделено 2 млрд тенге.',
  '"We will build the new bridge next year," Mayor Jane Miller of Springfield told reporters on Monday. She said the city had set aside $20 million.',
];

/** Rounds over WARM_UP: enough runs for the engine to optimise the hot functions. */
export const WARM_UP_ROUNDS = 4;

/** Calls `annotate` on each warm-up sentence, each in its own `slot` (a task, an idle callback). */
export async function warmUp(annotate, slot, rounds = WARM_UP_ROUNDS) {
  for (let round = 0; round < rounds; round++) {
    for (const text of WARM_UP) {
      await new Promise(slot);
      annotate(text);
    }
  }
}
