// Preloaded into the measured bot by bench:scale (`node --expose-gc --import`): on SIGUSR2 it runs
// a full garbage collection and prints one line `MEMORY {json}` on standard error, the process's
// memory before and after it. So memory the program still holds can be told from garbage V8 has
// not collected yet, which also counts in the resident size. Plain JavaScript: the bot runs from
// dist/ without a TypeScript loader, and the probe must not bring one.
const mb = (bytes) => Math.round(bytes / 1048576);

function sample() {
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapTotalMb: mb(m.heapTotal), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external) };
}

process.on('SIGUSR2', () => {
  const before = sample();
  globalThis.gc();
  // Freed pages leave the resident size a moment after the collection.
  setTimeout(() => process.stderr.write(`MEMORY ${JSON.stringify({ before, after: sample() })}\n`), 500);
});
