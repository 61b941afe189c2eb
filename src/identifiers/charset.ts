/**
 * Lookup tables shared by the identifier checks: a character's value in a check-digit alphabet,
 * found by its char code in a table built once (no regex, no string search per character).
 */

/** A table from char code (0–127) to the character's index in `alphabet`, −1 for any other character. */
export function alphabetTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}

/** The value of the character at `i` in `table`, or −1 when it is not in the alphabet. */
export function valueAt(table: Int8Array, value: string, i: number): number {
  const c = value.charCodeAt(i);
  return c < 128 ? table[c]! : -1;
}

/** The number written by the decimal digits value[from, to), or −1 when one of them is not a digit. */
export function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
