import { getModelToken } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { startTestApp, TestApp } from '../testing/test-app';
import { FollowerListRecord, followerListId } from './follow.schema';
import { FollowsRepository } from './follows.repository';

/** Follows are found by `_id` both ways: "do I follow these?" and "who follows this?". */
describe('follows repository', () => {
  let hub: TestApp;
  let follows: FollowsRepository;
  const [ana, bilal, carla] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()].map((id) => id.toHexString());

  beforeAll(async () => {
    hub = await startTestApp();
    follows = hub.app.get(FollowsRepository);
  });

  afterAll(async () => {
    await hub.close();
  });

  it('lists followers of a thing, forgets those who unfollow, and never trusts a list entry without its follow', async () => {
    await follows.follow(ana, 'SECTOR', 'EDU');
    await follows.follow(bilal, 'SECTOR', 'EDU');
    await follows.follow(bilal, 'SECTOR', 'EDU');
    await follows.follow(carla, 'SECTOR', 'WASH');
    expect((await follows.followersOf('SECTOR', ['EDU'])).sort()).toEqual([ana, bilal].sort());
    expect((await follows.followersOf('SECTOR', ['EDU', 'WASH'])).sort()).toEqual([ana, bilal, carla].sort());
    expect(await follows.followedKeys(bilal, 'SECTOR', ['EDU', 'WASH'])).toEqual(new Set(['EDU']));

    await follows.unfollow(ana, 'SECTOR', 'EDU');
    expect(await follows.followersOf('SECTOR', ['EDU'])).toEqual([bilal]);

    // As after a crash between listing a follower and writing the follow: the entry alone is ignored.
    const lists = hub.app.get<Model<FollowerListRecord>>(getModelToken(FollowerListRecord.name));
    await lists.updateOne({ _id: followerListId('SECTOR', 'EDU') }, { $addToSet: { userIds: new Types.ObjectId(carla) } });
    expect(await follows.followersOf('SECTOR', ['EDU'])).toEqual([bilal]);
  });
});
