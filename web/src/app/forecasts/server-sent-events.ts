/** One event of a text/event-stream: its type ("message" when unnamed) and its data lines joined. */
export interface ServerSentEvent {
  type: string;
  data: string;
}

/**
 * Splits a growing text/event-stream buffer into complete events and the unfinished rest (WHATWG rules: events end
 * at a blank line, `data:` lines join with newlines, comments start with a colon).
 */
export function parseServerSentEvents(buffer: string): { events: ServerSentEvent[]; rest: string } {
  const normalised = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalised.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerSentEvent[] = [];
  for (const block of blocks) {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ type, data: data.join('\n') });
  }
  return { events, rest };
}

/**
 * Reads a server-sent-events stream with fetch rather than EventSource, because EventSource cannot send the
 * Authorization header the API requires. Resolves when the server closes the stream or the signal aborts.
 */
export async function readServerSentEvents(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: ServerSentEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await fetch(url, { headers: { ...headers, Accept: 'text/event-stream' }, signal });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const parsed = parseServerSentEvents(buffer + value);
    buffer = parsed.rest;
    parsed.events.forEach(onEvent);
  }
}
