import { classifyReason } from './reasons';

describe('classifyReason', () => {
  it.each([
    ['must be at most 1024 characters', 'maxLength', '1024', ''],
    ['must be at most 1300', 'max', '1300', ''],
    ['must be at least -52', 'min', '-52', ''],
    ['must be at least 0.5', 'min', '0.5', ''],
    ['must be a whole number ≥ 1', 'min', '1', ''],
    ['must be between 1 and 365', 'between', '1', '365'],
    ['must be 1–200 characters', 'length', '1', '200'],
    ['must be 1–60 lower-case letters, digits or -', 'characters', '1', '60'],
    ['must be a number with at most 2 decimals', 'decimals', '2', ''],
    ['must be after plannedStart', 'after', 'plannedStart', ''],
    ['must not be before from', 'notBefore', 'from', ''],
    ['must be a date after today', 'afterToday', '', ''],
    ['each must be a date that exists', 'date', '', ''],
    ['must be a date as YYYY-MM-DD', 'date', '', ''],
    ['must be one of admin, programme_manager, team_lead, staff, viewer', 'oneOf', '', ''],
    ['must refer to an existing discipline of your organisation', 'choose', '', ''],
    ['must refer to an existing record of your organisation', 'choose', '', ''],
    ['must name a scenario of your organisation', 'choose', '', ''],
    ['must be unique within the organisation', 'unique', '', ''],
    ['must equal the current version 2', 'stale', '', ''],
    ['property role should not exist', 'notAllowed', '', ''],
    ['must hold at most 366 dates', 'maxItems', '366', ''],
    ['must be at most 10485760 bytes', 'maxBytes', '10485760', ''],
    // Reasons the API's services give, beyond its validators.
    ['must be a member of a team you lead', 'teamMember', '', ''],
    ['must be a task of the same wijk', 'sameWijk', '', ''],
    ['task links must not form a cycle', 'cycle', '', ''],
    ['must not be your own account', 'ownAccount', '', ''],
    ['must not change your own role or access', 'ownAccess', '', ''],
    ['must contain at least one data row', 'dataRows', '', ''],
    ['must be a CSV (UTF-8, ; or , separated) or XLSX file', 'fileType', '', ''],
    ['must be Microsoft Project XML (MSPDI)', 'fileType', '', ''],
    ['column is required', 'requiredColumn', '', ''],
    ['is not a known column', 'unknownColumn', '', ''],
    ['is required (multipart/form-data)', 'required', '', ''],
    ['must carry the CSRF token of this session (the XSRF-TOKEN cookie)', 'session', '', ''],
    ['narrow the filters: at most 50000 events per export', 'narrowFilters', '50000', ''],
    ['needs the disciplines Juridisch, Communicatie', 'missingDisciplines', 'Juridisch, Communicatie', ''],
    ['must be a granularity stored with this forecast', 'oneOf', '', ''],
    ['must be one of staff (at most your own role)', 'oneOf', '', ''],
  ])('reads "%s" as rule %s', (reason, rule, value, other) => {
    expect(classifyReason(reason)).toEqual({ rule, value, other });
  });

  it('leaves a reason in words of its own unread', () => {
    expect(classifyReason('is on fire')).toBeNull();
    expect(classifyReason('')).toBeNull();
  });
});
