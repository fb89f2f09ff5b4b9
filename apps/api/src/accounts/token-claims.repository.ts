import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';
import { TokenClaimRecord } from './token-claim.schema';

/**
 * Decides which of several concurrent uses of a one-time link wins. FerretDB 1.x applies a
 * conditional update as read-then-write, so two "only if unused" updates can both succeed; an
 * insert under a unique key cannot. So the first to insert the claim wins, on FerretDB and MongoDB.
 */
@Injectable()
export class TokenClaimsRepository {
  constructor(@InjectModel(TokenClaimRecord.name) private readonly model: Model<TokenClaimRecord>) {}

  /** True for the one caller that claims `key` first; false for everyone after. */
  async claim(key: string): Promise<boolean> {
    try {
      await this.model.create({ _id: key, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

export const invitationClaim = (invitationId: string) => `invitation:${invitationId}`;
export const passwordResetClaim = (resetId: string) => `password-reset:${resetId}`;
