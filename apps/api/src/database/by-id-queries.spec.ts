import mongoose, { Schema, Types } from 'mongoose';
import { findByIds, StorageKind, storageKindOf, updateByIdIf, updateManyByIds } from './by-id-queries';

interface Note {
  _id: Types.ObjectId;
  title: string;
  readableBy: string[];
  version: number;
  body?: string;
}

/** Both strategies (MongoDB's batched query, FerretDB's point reads) give the same answers. */
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

  it('knows which server it talks to', async () => {
    const expected = process.env['MONGODB_URI'] ? 'mongodb' : 'ferretdb';
    expect(await storageKindOf(connection)).toBe(expected);
  });

  it('reads by _id from the primary key index (the embedded FerretDB is built with the patch that allows it)', async () => {
    const explained = await connection.db?.command({ explain: { find: 'notes', filter: { _id: ids[3] } } });
    if (process.env['MONGODB_URI']) expect(JSON.stringify(explained)).toContain('IDHACK');
    else expect(JSON.stringify(explained?.['queryPlanner'])).toMatch(/SEARCH .* USING INDEX/);
  });

  describe.each<StorageKind>(['mongodb', 'ferretdb'])('as on %s', (kind) => {
    it('finds by ids with a condition, keeping the projection', async () => {
      const found = await findByIds<Note, Note>(Notes, [...ids.slice(0, 6), ids[0], new Types.ObjectId()], { title: 1 }, { readableBy: { $in: ['public'] } }, kind);
      expect(found.map((note) => note.title).sort()).toEqual(['note 1', 'note 3', 'note 5']);
      // The condition's field was read for the check but is not returned when not projected.
      expect(found.every((note) => note.readableBy === undefined && note.body === undefined)).toBe(true);
    });

    it('updates only when the condition holds, and returns the record after the update', async () => {
      const id = ids[10];
      const current = await Notes.findById(id).lean();
      if (!current) throw new Error('the note is missing');
      expect(await updateByIdIf<Note, Note>(Notes, id, { version: current.version + 5 }, { $set: { title: 'never' } }, kind)).toBeNull();
      const after = await updateByIdIf<Note, Note>(Notes, id, { version: current.version }, { $set: { title: `edited on ${kind}` }, $inc: { version: 1 } }, kind);
      expect(after).toMatchObject({ title: `edited on ${kind}`, version: current.version + 1 });
      expect(await updateByIdIf(Notes, new Types.ObjectId(), {}, { $set: { title: 'ghost' } }, kind)).toBeNull();
    });

    it('updates many by ids where the condition holds', async () => {
      const some = ids.slice(12, 18);
      await updateManyByIds(Notes, some, { readableBy: 'org:a' }, { $set: { body: `touched on ${kind}` } }, kind);
      const after = await Notes.find({ _id: { $in: some } }).lean();
      for (const note of after) expect(note.body === `touched on ${kind}`).toBe(note.readableBy.includes('org:a'));
    });
  });
});
