import { actionKey, auditDiff, show } from './audit-diff';

describe('the before/after of an audit event', () => {
  it('puts changed fields first, then unchanged ones, bookkeeping last', () => {
    const rows = auditDiff(
      { id: 'a', name: 'Team Noord', version: 1, leadId: null, members: [1, 2] },
      { id: 'a', name: 'Team Zuid', version: 2, leadId: null, members: [1, 2, 3] },
    );
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['name', true],
      ['members', true],
      ['leadId', false],
      ['id', false],
      ['version', true],
    ]);
    expect(rows[1]).toEqual({ field: 'members', before: '[1,2]', after: '[1,2,3]', changed: true });
  });

  it('shows a created record (no before) and a deleted one (no after) with dashes on the missing side, nothing marked changed', () => {
    expect(auditDiff(null, { name: 'X' })).toEqual([{ field: 'name', before: '—', after: 'X', changed: false }]);
    expect(auditDiff({ name: 'X' }, null)).toEqual([{ field: 'name', before: 'X', after: '—', changed: false }]);
    expect(auditDiff({ name: 'X' }, { name: 'X', extra: 1 })[0]).toEqual({ field: 'extra', before: '—', after: '1', changed: true });
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('writes values as text and names actions as translation keys', () => {
    expect(show(null)).toBe('—');
    expect(show(true)).toBe('true');
    expect(show({ a: 1 })).toBe('{"a":1}');
    expect(actionKey('auth.login.failed')).toBe('auth_login_failed');
    expect(actionKey('calendar-feed.revoked')).toBe('calendar_feed_revoked');
  });
});
