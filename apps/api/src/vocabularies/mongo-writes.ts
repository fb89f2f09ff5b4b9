import type { Model } from 'mongoose';

const DUPLICATE_KEY = 11000;

function codeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'code' in value ? value.code : undefined;
}

/** A unique index refused the write (another writer, or another booting instance, got there first). */
export function isDuplicateKey(error: unknown): boolean {
  if (codeOf(error) === DUPLICATE_KEY) return true;
  const writeErrors = typeof error === 'object' && error !== null && 'writeErrors' in error ? error.writeErrors : undefined;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  return list.length > 0 && list.every((item: unknown) => codeOf(item) === DUPLICATE_KEY);
}

/**
 * Inserts the documents whose key is not stored yet and never touches existing ones, so seeding
 * keeps admins' edits and is safe when two instances boot at once. Returns how many were added.
 */
export async function insertMissing<T>(
  model: Model<T>,
  keys: readonly string[],
  documents: ReadonlyArray<Record<string, unknown>>,
): Promise<number> {
  if (documents.length === 0) return 0;
  const now = new Date();
  const operations = documents.map((document) => ({
    updateOne: {
      filter: Object.fromEntries(keys.map((key) => [key, document[key]])),
      update: { $setOnInsert: { ...document, createdAt: now, updatedAt: now } },
      upsert: true,
      timestamps: false,
    },
  }));
  try {
    const result = await model.bulkWrite(operations, { ordered: false });
    return result.upsertedCount;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return 0;
  }
}
