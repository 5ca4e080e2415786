// How alike two typed words are, for suggesting what someone meant (`åtgärd nyy` → `åtgärd ny`).

/** Lower case without diacritics: `Åtgärd` and `atgard` are typed for the same word. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The number of characters to insert, delete or replace, or pairs to swap, to turn one text into the other. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Close enough to be a typing slip of `meant`: a third of its letters off at most, or its beginning. */
export function isNear(typed: string, meant: string): boolean {
  return editDistance(typed, meant) <= Math.max(1, Math.floor(meant.length / 3)) || (typed.length >= 3 && meant.startsWith(typed));
}
