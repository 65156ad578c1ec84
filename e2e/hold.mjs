// A test's hold on some requests (the WebAssembly, so that presses come before the app):
// every matching request waits until the test releases the hold, and the test can wait for
// the request it means to release, since the page makes it only after its first frame.
//
//   const hold = holdRequests((name) => name.endsWith('.wasm'));
//   startServer({ hold: hold.gate })                              // or, in Playwright:
//   page.route('**/*.wasm', async (r) => { await hold.gate(r.request().url()); await r.continue(); });
//   ...presses...
//   await hold.release();   // waits for the first matching request, then lets every one through
//
// A hold keeps every request it holds (not only the last), and once released lets later ones
// (a service worker's precache, say) through at once: nothing it held is ever left waiting.

/** Waiting longer than this for a request the page must make is a failure, said as one. */
const ARRIVAL_TIMEOUT = 20_000;

export function holdRequests(matches) {
  const held = []; // resolvers of the requests waiting now
  let seen = 0;
  let released = false;
  let arrivals = []; // { count, resolve } waiting for the `count`th request
  const notify = () => {
    arrivals = arrivals.filter((a) => (seen >= a.count ? (a.resolve(), false) : true));
  };
  return {
    /** For the server (or a route): a promise the answer to `name` waits for, or undefined. */
    gate(name) {
      if (!matches(name)) return undefined;
      seen += 1;
      notify();
      if (released) return undefined;
      return new Promise((resolve) => held.push(resolve));
    },
    /** How many matching requests have arrived so far. */
    get seen() { return seen; },
    /** Resolves once `count` matching requests have arrived; rejects, naming the wait, if they
     * have not within ARRIVAL_TIMEOUT. */
    arrived(count = 1) {
      if (seen >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the held request was never made (${seen} of ${count} arrived in ${ARRIVAL_TIMEOUT} ms)`)), ARRIVAL_TIMEOUT);
        arrivals.push({ count, resolve: () => { clearTimeout(timer); resolve(); } });
      });
    },
    /** Waits for the first matching request, then lets it and every later one through. */
    async release() {
      await this.arrived(1);
      this.open();
    },
    /** Lets everything held, and everything after, through at once (for `finally`). */
    open() {
      released = true;
      held.splice(0).forEach((resolve) => resolve());
    },
  };
}
