import { parseServerSentEvents } from './server-sent-events';

describe('parseServerSentEvents', () => {
  it('returns complete events and keeps the unfinished rest for the next chunk', () => {
    const { events, rest } = parseServerSentEvents('event: progress\ndata: {"progress":10}\n\nevent: progress\ndata: {"pro');
    expect(events).toEqual([{ type: 'progress', data: '{"progress":10}' }]);
    expect(rest).toBe('event: progress\ndata: {"pro');
  });

  it('joins data lines, skips comments and accepts CRLF', () => {
    const { events } = parseServerSentEvents(': keep-alive\r\n\r\ndata: a\r\ndata: b\r\nid: 1\r\n\r\n');
    expect(events).toEqual([{ type: 'message', data: 'a\nb' }]);
  });
});
