// Cutting text and lists to a platform's limits (Block Kit, Adaptive Cards).

/** Splits text into chunks of at most `size` characters, at line ends where possible. */
export function chunkText(text: string, size: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf('\n', size);
    const at = cut > 0 ? cut : size;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(cut > 0 ? at + 1 : at);
  }
  if (rest || !chunks.length) chunks.push(rest);
  return chunks;
}

/** At most `max` characters; a cut is marked with an ellipsis. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The items in consecutive groups of at most `size`. */
export function groups<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
