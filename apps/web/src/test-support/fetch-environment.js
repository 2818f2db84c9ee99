/**
 * jsdom with the Fetch API of Node, for component tests that talk to the API through its real
 * client (the web project's test environment, see apps/web/jest.config.js).
 *
 * jsdom has no fetch, Request or Response, and openapi-fetch builds a Request for every call.
 * Node's AbortController replaces jsdom's because Node's Request accepts only its own signals
 * (TanStack Query passes one with every query). jsdom has no CSS.supports either, which the theme
 * code uses to check colours: here it asks jsdom's own style parser.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

/** Where fetch-stub.ts puts a test's answers. */
const ANSWER = Symbol.for('socialkompas.test.fetchAnswer');

/** `(max-width: 55.99em)` and the like, with 1em = 16px; anything else does not match. */
function widthQueryMatches(query, width) {
  const match = /\((min|max)-width:\s*([\d.]+)(px|em)\)/.exec(query);
  if (!match) return false;
  const limit = Number(match[2]) * (match[3] === 'em' ? 16 : 1);
  return match[1] === 'min' ? width >= limit : width <= limit;
}

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const global = this.global;
    for (const name of FROM_NODE) global[name] = globalThis[name];
    if (typeof global.CSS?.supports !== 'function') {
      const supports = (property, value) => {
        const style = global.document.createElement('div').style;
        style.setProperty(property, value);
        return style.getPropertyValue(property) !== '';
      };
      global.CSS = Object.assign(global.CSS ?? {}, { supports });
    }
    // The API client keeps the fetch it finds when it loads, so this one stays and asks the test.
    // Nor matchMedia: width queries are answered from the window's width (1024 px in jsdom).
    global.matchMedia = (query) => ({
      media: query,
      matches: widthQueryMatches(query, global.innerWidth),
      addEventListener() {},
      removeEventListener() {},
    });
    global.fetch = async (input, init) => {
      const request =
        input instanceof Request ? input : new Request(new URL(String(input), global.location.href), init);
      const answer = global[ANSWER];
      if (!answer) throw new TypeError(`The test gave no answer for ${request.method} ${request.url}`);
      return answer(request);
    };
  }
}

module.exports = JsdomWithFetchEnvironment;
