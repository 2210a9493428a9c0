/** One broken rule in a programme: the field (a path such as `tasks[3].effortHours`) and the rule. */
export interface ProgrammeInputIssue {
  field: string;
  rule: string;
  message: string;
}

/**
 * Bad programme input, reported so the API can answer 4xx naming field and rule. Carries every
 * issue found; `field` and `rule` are those of the first.
 */
export class ProgrammeInputError extends Error {
  readonly field: string;
  readonly rule: string;
  readonly issues: ProgrammeInputIssue[];

  constructor(issues: ProgrammeInputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ProgrammeInputError';
    this.issues = issues;
    this.field = issues[0]?.field ?? '';
    this.rule = issues[0]?.rule ?? '';
  }
}
