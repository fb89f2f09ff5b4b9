import { randomBytes } from 'node:crypto';
import { mailTo } from '../testing/mailbox';
import { makers } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { DAILY_DIGEST_JOB } from '../notifications/notification-delivery.service';
import { NotificationsFanout } from '../notifications/notifications-fanout.service';
import { LeasesRepository } from './leases.repository';
import { DAY_MS, MONDAY_OFFSET_MS, SchedulerService, windowStart } from './scheduler.service';

describe('scheduler windows', () => {
  it('aligns windows to their offset: daily at 06:00 UTC, weekly on Mondays', () => {
    const daily = { windowMs: DAY_MS, offsetMs: 6 * 3_600_000 };
    expect(windowStart(daily, new Date('2031-03-05T05:59:00Z')).toISOString()).toBe('2031-03-04T06:00:00.000Z');
    expect(windowStart(daily, new Date('2031-03-05T06:00:00Z')).toISOString()).toBe('2031-03-05T06:00:00.000Z');
    const weekly = { windowMs: 7 * DAY_MS, offsetMs: MONDAY_OFFSET_MS };
    expect(windowStart(weekly, new Date('2031-03-05T12:00:00Z')).toISOString()).toBe('2031-03-03T00:00:00.000Z');
    expect(new Date('2031-03-03T00:00:00Z').getUTCDay()).toBe(1);
  });
});

/** Two API instances on one database: each window of a job runs on one of them only, and its e-mails go out once. */
describe('scheduler across two instances', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const db = `t_${randomBytes(6).toString('hex')}`;
    first = await startTestApp({ MONGODB_DB: db });
    second = await startTestApp({ MONGODB_DB: db });
  });

  afterAll(async () => {
    await second.app.close();
    await first.close();
  });

  it('runs the daily digest once per window and sends each e-mail once', async () => {
    const make = makers(first);
    const lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['LIV'] });
    const reader = await make.user();
    expectData(await reader.gql('mutation { updateNotificationPreferences(input: { email: DAILY }) { email } }'));
    expectData(await ops.setFollowing(reader, 'SECTOR', 'LIV'));
    expectData(await ops.askQuestion(lead, { title: 'Is lost work behind the rise in debt?', body: 'b', purpose: 'To plan livelihoods support.', sectors: ['LIV'], sensitivity: 'RESTRICTED', publish: true }));
    await first.app.get(NotificationsFanout).settled();

    const at = new Date('2031-05-07T06:30:00Z');
    const outcomes = await Promise.all([first, second].map((hub) => hub.app.get(SchedulerService).tick(DAILY_DIGEST_JOB, at)));
    expect(outcomes.filter((outcome) => outcome !== null)).toEqual([{ emails: 1, sent: 1, skipped: 0 }]);
    expect(await first.app.get(LeasesRepository).countFor(DAILY_DIGEST_JOB)).toBe(1);
    // Later in the same window: neither instance runs it again.
    expect(await Promise.all([first, second].map((hub) => hub.app.get(SchedulerService).tick(DAILY_DIGEST_JOB, new Date('2031-05-07T18:00:00Z'))))).toEqual([null, null]);
    // The next day's window runs, with nothing left to send.
    expect(await second.app.get(SchedulerService).tick(DAILY_DIGEST_JOB, new Date('2031-05-08T06:01:00Z'))).toEqual({ emails: 0, sent: 0, skipped: 0 });

    const received = await mailTo(reader.user.email ?? '');
    expect(received.map((mail) => mail.subject)).toEqual(['Your daily Knowledge Hub digest (1)']);
  });
});
