import { NestExpressApplication } from '@nestjs/platform-express';
import ICAL from 'ical.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { Milestone } from '../milestones/milestone.entity';
import { Wijk } from '../wijken/wijk.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { hashFeedToken } from './calendar-feeds.service';

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar feeds of milestones', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  let viewer: { Authorization: string };
  let staff: { Authorization: string };
  let teamLead: { Authorization: string };
  let otherManager: { Authorization: string };
  let dataSource: DataSource;
  let organisationId: string;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    manager = await signIn(app, 'manager@demodam.example');
    viewer = await signIn(app, 'raad@demodam.example');
    staff = await signIn(app, 'medewerker@demodam.example');
    teamLead = await signIn(app, 'teamlead@demodam.example');
    otherManager = await signIn(app, 'manager@voorbeeldstad.example');
    organisationId = (await http().get('/api/v1/auth/me').set(manager).expect(200)).body.organisation.id;
  });
  afterAll(() => app.close());

  it('gives a council member a feed of every milestone with a date, parsed by ical.js, without sign-in', async () => {
    const created = await http()
      .post('/api/v1/calendar-feeds')
      .set(viewer)
      .send({ name: 'Raadsbesluiten' })
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Raadsbesluiten',
      wijkId: null,
      revokedAt: null,
      token: expect.stringMatching(/^wkcal_[\w-]{43}$/),
    });
    expect(created.body.path).toBe(`/api/v1/calendar-feeds/feed/${created.body.token}`);
    // Only the hash is stored.
    const stored = await dataSource
      .getRepository(CalendarFeed)
      .createQueryBuilder('f')
      .addSelect('f.tokenHash')
      .where('f.id = :id', { id: created.body.id })
      .getOneOrFail();
    expect(stored.tokenHash).toBe(hashFeedToken(created.body.token));
    expect(JSON.stringify(stored)).not.toContain(created.body.token);

    const res = await http().get(created.body.path).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const parsed = events(res.text);
    const milestones = await dataSource.getRepository(Milestone).find({ where: { organisationId } });
    const dated = milestones.filter((m) => m.deadline);
    // Milestones without a deadline appear only with a forecast's expected date, which other suites may add.
    expect(parsed.map((e) => e.uid)).toEqual(expect.arrayContaining(dated.map((m) => `${m.id}@wijkkracht`)));
    const council = dated.find((m) => m.kind === 'council_decision' || m.kind === 'wup_adopted')!;
    const event = parsed.find((e) => e.uid === `${council.id}@wijkkracht`)!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(council.deadline);
    const wijk = await dataSource.getRepository(Wijk).findOneByOrFail({ id: council.wijkId });
    expect(event.summary).toBe(`${council.name} – ${wijk.name}`);
    expect(event.description).toContain(
      `Uiterste datum: ${council.deadline!.split('-').reverse().join('-')}.`,
    );
    expect(event.component.getFirstPropertyValue('categories')).toMatch(/Raadsbesluit|WUP vastgesteld/);
  });

  it('makes a feed of one wijk and refuses a wijk of another organisation by field', async () => {
    const milestone = await dataSource
      .getRepository(Milestone)
      .findOneOrFail({ where: { organisationId }, order: { deadline: 'ASC' } });
    const created = await http()
      .post('/api/v1/calendar-feeds')
      .set(manager)
      .send({ name: 'Eén wijk', wijkId: milestone.wijkId })
      .expect(201);
    const parsed = events((await http().get(created.body.path).expect(200)).text);
    const ofWijk = await dataSource
      .getRepository(Milestone)
      .find({ where: { organisationId, wijkId: milestone.wijkId } });
    expect(parsed.map((e) => e.uid)).toEqual(
      expect.arrayContaining(ofWijk.filter((m) => m.deadline).map((m) => `${m.id}@wijkkracht`)),
    );
    expect(parsed.every((e) => ofWijk.some((m) => `${m.id}@wijkkracht` === e.uid))).toBe(true);

    const refused = await http()
      .post('/api/v1/calendar-feeds')
      .set(otherManager)
      .send({ name: 'x', wijkId: milestone.wijkId })
      .expect(400);
    expect(refused.body.invalidParams).toEqual([
      { name: 'wijkId', reason: 'must refer to an existing record of your organisation' },
    ]);
    await http().post('/api/v1/calendar-feeds').set(manager).send({ name: '' }).expect(400);
  });

  it('stops answering at once when revoked; only the creator or a manager may revoke; others see 404', async () => {
    const created = await http()
      .post('/api/v1/calendar-feeds')
      .set(staff)
      .send({ name: 'Tijdelijk' })
      .expect(201);
    await http().delete(`/api/v1/calendar-feeds/${created.body.id}`).set(teamLead).expect(403);
    await http().delete(`/api/v1/calendar-feeds/${created.body.id}`).set(viewer).expect(403);
    await http().delete(`/api/v1/calendar-feeds/${created.body.id}`).set(otherManager).expect(404);
    // A council member revokes their own link.
    const own = await http().post('/api/v1/calendar-feeds').set(viewer).send({ name: 'Eigen' }).expect(201);
    await http().delete(`/api/v1/calendar-feeds/${own.body.id}`).set(viewer).expect(204);
    const list = await http().get('/api/v1/calendar-feeds').set(otherManager).expect(200);
    expect(list.body.items.map((f: { id: string }) => f.id)).not.toContain(created.body.id);
    await http().delete(`/api/v1/calendar-feeds/${created.body.id}`).set(manager).expect(204);
    const gone = await http().get(created.body.path).expect(404);
    expect(gone.body.detail).toBe('Deze agenda-feed bestaat niet of is ingetrokken.');
    await http()
      .get(`/api/v1/calendar-feeds/feed/wkcal_${'a'.repeat(43)}`)
      .expect(404);
    const malformed = await http().get('/api/v1/calendar-feeds/feed/wkcal_half').expect(400);
    expect(malformed.body.invalidParams[0].name).toBe('token');
    await http().get('/api/v1/calendar-feeds').expect(401);
    const mine = await http().get('/api/v1/calendar-feeds').set(viewer).expect(200);
    expect(mine.body.items.find((f: { id: string }) => f.id === created.body.id)).toMatchObject({
      revokedAt: expect.any(String),
    });
    expect(JSON.stringify(mine.body)).not.toContain('wkcal_');
  });
});
