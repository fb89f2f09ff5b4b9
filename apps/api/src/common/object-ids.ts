import { Types } from 'mongoose';

/** Ids travel as hex strings above the repositories and as ObjectIds in MongoDB. */
export const toObjectId = (id: string) => new Types.ObjectId(id);
export const toHex = (id: Types.ObjectId) => id.toHexString();

/** The ObjectIds of the well-formed ids; malformed ones simply match nothing. */
export const validObjectIds = (ids: readonly string[]) => ids.filter((id) => Types.ObjectId.isValid(id)).map(toObjectId);
