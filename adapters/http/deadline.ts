// A bound on waiting for a call whose client offers no timeout of its own (a token endpoint
// behind an SDK): past the deadline the caller goes on with an error the retry logic treats as a
// connection failure. The call itself may still finish later; its result is then ignored.
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} did not answer within ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
