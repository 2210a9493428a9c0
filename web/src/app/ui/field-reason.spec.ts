import { fieldReason } from './field-reason';

describe('fieldReason', () => {
  it.each([
    ['must be at least 1', 'fieldErrors.min', '1'],
    ['must be at most 1300', 'fieldErrors.max', '1300'],
    ['must be a whole number', 'fieldErrors.integer', ''],
    ['must be a date (YYYY-MM-DD)', 'fieldErrors.date', ''],
    ['must be after plannedStart', 'fieldErrors.after', 'plannedStart'],
    ['must be after startDate', 'fieldErrors.after', 'startDate'],
    ['must be at most 1024 characters', 'fieldErrors.maxLength', '1024'],
    ['must be an e-mail address', 'fieldErrors.email', ''],
    ['must be unique within the organisation', 'fieldErrors.unique', ''],
  ])('maps "%s" to a Dutch message by rule', (reason, key, value) => {
    expect(fieldReason(reason)).toEqual({ key, params: expect.objectContaining({ value }) });
  });

  it('keeps an unknown reason in the API’s words', () => {
    expect(fieldReason('is on a cycle')).toEqual({ key: 'fieldErrors.other', params: { reason: 'is on a cycle' } });
  });
});
