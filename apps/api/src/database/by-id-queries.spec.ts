import mongoose, { Schema, Types } from 'mongoose';
import { FERRETDB_FULL_SCAN_INTERVAL_MS, FullScanCadence, findByIds, inFullScanLane, ReadStrategy, readStrategyOf, storageKindOf, updateByIdIf, updateManyByIds } from './by-id-queries';

interface Note {
  _id: Types.ObjectId;
  title: string;
  readableBy: string[];
  version: number;
  body?: string;
}

/** Every strategy (MongoDB's batched query, the hub FerretDB's `_id` lists, point reads) gives the same answers. */
describe('by-id queries', () => {
  let connection: mongoose.Connection;
  let Notes: mongoose.Model<Note>;
  const ids = Array.from({ length: 20 }, () => new Types.ObjectId());

  beforeAll(async () => {
    connection = await mongoose.createConnection(process.env['HUB_TEST_MONGODB_URI'] ?? '', { dbName: `by_id_${process.pid}_${Date.now()}` }).asPromise();
    Notes = connection.model<Note>('Note', new Schema<Note>({ title: String, readableBy: [String], version: Number, body: String }));
    await Notes.insertMany(ids.map((_id, i) => ({ _id, title: `note ${i}`, readableBy: i % 2 ? ['public'] : ['org:a'], version: 1, body: `body ${i}` })));
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('runs whole-collection jobs hourly on FerretDB and at every call on MongoDB', async () => {
    const cadence = new FullScanCadence(connection);
    const start = new Date('2026-11-26T10:00:00Z');
    const after = (ms: number) => new Date(start.getTime() + ms);
    const onFerretDb = (await storageKindOf(connection)) === 'ferretdb';
    expect(await cadence.due(start)).toBe(true);
    expect(await cadence.due(after(10 * 60_000))).toBe(!onFerretDb);
    expect(await cadence.due(after(FERRETDB_FULL_SCAN_INTERVAL_MS - 1))).toBe(!onFerretDb);
    expect(await cadence.due(after(FERRETDB_FULL_SCAN_INTERVAL_MS))).toBe(true);
    expect(await cadence.due(after(FERRETDB_FULL_SCAN_INTERVAL_MS + 60_000))).toBe(!onFerretDb);
  });

  it('runs whole-collection jobs one at a time on FerretDB (a failed one does not stop the next), at once on MongoDB', async () => {
    const onFerretDb = (await storageKindOf(connection)) === 'ferretdb';
    const events: string[] = [];
    const job = (name: string, fail = false) => async () => {
      events.push(`${name} starts`);
      await Notes.countDocuments({ title: /note/ });
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push(`${name} ends`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
    const results = await Promise.allSettled([inFullScanLane(connection, job('a', true)), inFullScanLane(connection, job('b')), new FullScanCadence(connection).run(new Date(), job('c'), 'skipped')]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual(['a failed', 'b', 'c']);
    if (onFerretDb) expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
    else expect(events.slice(0, 3).sort()).toEqual(['a starts', 'b starts', 'c starts']);
  });

  it('knows which server it talks to', async () => {
    const expected = process.env['MONGODB_URI'] ? 'mongodb' : 'ferretdb';
    expect(await storageKindOf(connection)).toBe(expected);
  });

  it('reads by _id from the primary key index (the embedded FerretDB is built with the patch that allows it)', async () => {
    const explained = await connection.db?.command({ explain: { find: 'notes', filter: { _id: ids[3] } } });
    if (process.env['MONGODB_URI']) expect(JSON.stringify(explained)).toContain('IDHACK');
    else expect(JSON.stringify(explained?.['queryPlanner'])).toMatch(/SEARCH .* USING INDEX/);
  });

  it('reads lists of _id from the primary key index too, and says so (the hub build\'s second patch)', async () => {
    const explained = await connection.db?.command({ explain: { find: 'notes', filter: { _id: { $in: ids.slice(0, 3) } } } });
    if (process.env['MONGODB_URI']) {
      expect(await readStrategyOf(connection)).toBe('in-query');
    } else {
      expect(await readStrategyOf(connection)).toBe('id-list');
      expect(explained?.['filterPushdown']).toBe(true);
      expect(JSON.stringify(explained?.['queryPlanner'])).toMatch(/SEARCH .* USING INDEX/);
    }
  });

  it('answers every _id list exactly as MongoDB would, pushed down or not', async () => {
    // The driver's collection: values of other types than the schema's reach the server uncast.
    const titles = async (filter: object) => (await Notes.collection.find(filter, { projection: { title: 1 } }).toArray()).map((note) => String(note['title'])).sort();
    // Pushed down: ObjectIds (with a repeat and an unknown one).
    expect(await titles({ _id: { $in: [ids[1], ids[2], ids[2], new Types.ObjectId()] } })).toEqual(['note 1', 'note 2']);
    // Not pushed down (a value of another type, more than the patch's 1,000, an extra operator): same semantics.
    expect(await titles({ _id: { $in: [ids[1], 'not-an-id', 7] } })).toEqual(['note 1']);
    expect(await titles({ _id: { $in: [...Array.from({ length: 1200 }, () => new Types.ObjectId()), ids[4]] } })).toEqual(['note 4']);
    expect(await titles({ _id: { $in: [ids[1], ids[2]], $ne: ids[2] } })).toEqual(['note 1']);
    expect(await titles({ _id: { $nin: ids.slice(1) } })).toEqual(['note 0']);
    // Updates and deletes go through the same query path.
    const extra = await Notes.create({ title: 'extra', readableBy: [], version: 1 });
    await Notes.updateMany({ _id: { $in: [extra._id, new Types.ObjectId()] } }, { $set: { body: 'updated by list' } });
    expect((await Notes.findById(extra._id).lean())?.body).toBe('updated by list');
    await Notes.deleteMany({ _id: { $in: [extra._id] } });
    expect(await Notes.findById(extra._id).lean()).toBeNull();
  });

  describe.each<ReadStrategy>(['in-query', 'id-list', 'point-reads'])('as %s', (kind) => {
    it('finds by ids with a condition, keeping the projection', async () => {
      const found = await findByIds<Note, Note>(Notes, [...ids.slice(0, 6), ids[0], new Types.ObjectId()], { title: 1 }, { readableBy: { $in: ['public'] } }, kind);
      expect(found.map((note) => note.title).sort()).toEqual(['note 1', 'note 3', 'note 5']);
      // The condition's field was read for the check but is not returned when not projected.
      expect(found.every((note) => note.readableBy === undefined && note.body === undefined)).toBe(true);
    });

    it('updates only when the condition holds, and returns the record after the update', async () => {
      // A single conditional write is shaped by the server alone: atomic on MongoDB, checked then written on FerretDB.
      const storage = kind === 'in-query' ? 'mongodb' : 'ferretdb';
      const id = ids[10];
      const current = await Notes.findById(id).lean();
      if (!current) throw new Error('the note is missing');
      expect(await updateByIdIf<Note, Note>(Notes, id, { version: current.version + 5 }, { $set: { title: 'never' } }, storage)).toBeNull();
      const after = await updateByIdIf<Note, Note>(Notes, id, { version: current.version }, { $set: { title: `edited on ${kind}` }, $inc: { version: 1 } }, storage);
      expect(after).toMatchObject({ title: `edited on ${kind}`, version: current.version + 1 });
      expect(await updateByIdIf(Notes, new Types.ObjectId(), {}, { $set: { title: 'ghost' } }, storage)).toBeNull();
    });

    it('updates many by ids where the condition holds', async () => {
      const some = ids.slice(12, 18);
      await updateManyByIds(Notes, some, { readableBy: 'org:a' }, { $set: { body: `touched on ${kind}` } }, kind);
      const after = await Notes.find({ _id: { $in: some } }).lean();
      for (const note of after) expect(note.body === `touched on ${kind}`).toBe(note.readableBy.includes('org:a'));
    });
  });
});
