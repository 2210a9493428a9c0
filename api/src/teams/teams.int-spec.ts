import { describeResourceContract } from '../../test/resource-contract';

describeResourceContract({
  path: 'teams',
  readOnlyUser: 'teamlead@demodam.example',
  validBody: async () => ({ name: `Team ${Math.random().toString(36).slice(2, 8)}` }),
  change: { name: 'Team Uitvoering' },
  invalid: [
    [{ name: '' }, 'name', 'must be 1–200 characters'],
    [{ leadUserId: 'someone' }, 'leadUserId', 'must be a UUID'],
    // A user of another organisation is no valid team lead here.
    [{ leadUserId: '00000000-0000-4000-8000-000000000000' }, 'leadUserId', 'must refer to an existing record of your organisation'],
  ],
});
