import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

const MARKER_ID = 'demo-seed';

/** A marker in the `meta` collection records that the demo was seeded, so it happens once. */
@Injectable()
export class DemoMarkerRepository {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get collection() {
    if (!this.connection.db) throw new Error('The database is not connected');
    return this.connection.db.collection<{ _id: string; at: Date; version: number }>('meta');
  }

  async isSeeded(): Promise<boolean> {
    return (await this.collection.countDocuments({ _id: MARKER_ID })) > 0;
  }

  async markSeeded(version: number): Promise<void> {
    await this.collection.updateOne({ _id: MARKER_ID }, { $set: { at: new Date(), version } }, { upsert: true });
  }
}
