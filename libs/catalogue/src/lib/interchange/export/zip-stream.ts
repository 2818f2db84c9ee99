import { Zip, ZipDeflate } from 'fflate';

/** One file of a zip: its name and its text, produced a piece at a time. */
export interface ZipEntrySource {
  name: string;
  text: AsyncIterable<string>;
}

/**
 * A zip archive written as its files' text arrives: each piece is deflated and handed on at once,
 * so memory holds one piece, never the archive. fflate's synchronous ZipDeflate calls back before
 * `push` returns, which is what lets a plain generator carry the stream's backpressure.
 */
export async function* zipStream(
  entries: Iterable<ZipEntrySource>,
  modified: Date,
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, data, final) => {
    if (error) failure = error;
    else ready.push(data);
    if (final) finished = true;
  });
  const encoder = new TextEncoder();
  function* handOn() {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift() as Uint8Array;
  }
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = modified;
    zip.add(file);
    for await (const piece of entry.text) {
      file.push(encoder.encode(piece));
      yield* handOn();
    }
    file.push(new Uint8Array(0), true);
    yield* handOn();
  }
  zip.end();
  yield* handOn();
  if (!finished) throw new Error('The zip archive was not finished.');
}
