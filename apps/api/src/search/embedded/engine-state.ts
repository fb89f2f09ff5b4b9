import { SearchDocument } from '../search-engine.port';
import { IndexRecord, InvertedIndex } from './inverted-index';

// Field weights: a word in the title says more about a document than the same word in the body.
const TITLE_WEIGHT = 6;
const TAG_WEIGHT = 3;
const PLACE_WEIGHT = 3;
const BODY_WEIGHT = 1;

/**
 * The two indexes one engine generation serves from: every document over all fields, and
 * question titles alone (suggestions and similar questions only look at titles).
 */
export class EngineState {
  readonly documents = new InvertedIndex();
  readonly questionTitles = new InvertedIndex();

  upsert(document: SearchDocument, onlyIfNewer = false): void {
    this.documents.upsert(toRecord(document), onlyIfNewer);
    if (document.kind === 'question') {
      this.questionTitles.upsert({ ...toRecord(document), body: '', fields: [{ text: document.title, weight: 1 }] }, onlyIfNewer);
    }
  }

  remove(id: string): void {
    this.documents.remove(id);
    this.questionTitles.remove(id);
  }
}

function toRecord(document: SearchDocument): IndexRecord {
  return {
    id: document.id,
    version: document.version,
    kind: document.kind,
    questionId: document.questionId,
    title: document.title,
    body: document.body,
    fields: [
      { text: document.title, weight: TITLE_WEIGHT },
      { text: document.tags.join(' \n '), weight: TAG_WEIGHT },
      { text: document.placeNames.join(' \n '), weight: PLACE_WEIGHT },
      { text: document.body, weight: BODY_WEIGHT },
    ],
    facets: document.facets,
    readableBy: document.readableBy,
    createdAt: document.createdAt,
    helpfulCount: document.helpfulCount,
  };
}
