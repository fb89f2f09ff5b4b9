import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { isDuplicateKeyError } from '../accounts/duplicate-key';
import { LeaseRecord } from './lease.schema';

@Injectable()
export class LeasesRepository implements OnModuleInit {
  constructor(@InjectModel(LeaseRecord.name) private readonly model: Model<LeaseRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** True for exactly one caller per key, whichever instance inserts first. */
  async acquire(job: string, key: string, holder: string, at: Date): Promise<boolean> {
    try {
      await this.model.create({ _id: key, job, holder, acquiredAt: at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Old windows only matter to nobody: keep a week for operators, drop the rest. */
  async pruneBefore(job: string, before: Date): Promise<void> {
    await this.model.deleteMany({ job, acquiredAt: { $lt: before } });
  }

  async countFor(job: string): Promise<number> {
    return this.model.countDocuments({ job });
  }
}
