import { Injectable } from '@nestjs/common';
import { markdownToText } from '../common/markdown';
import type { Contribution } from '../contributions/contributions.types';
import type { ResearchQuestion, Synthesis } from '../questions/questions.types';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import type { PlaceWithAncestors, Tag } from '../vocabularies/vocabularies.types';
import { guessLanguage } from './language-guess';
import { FacetName, SearchDocument, SearchDocumentKind } from './search-engine.port';

export const questionDocumentId = (id: string) => `question:${id}`;
export const contributionDocumentId = (id: string) => `contribution:${id}`;
export const synthesisDocumentId = (questionId: string) => `synthesis:${questionId}`;

/** Vocabulary lookups for one batch of documents, fetched once per batch rather than per document. */
interface BatchVocabulary {
  places: Map<string, PlaceWithAncestors>;
  tags: Map<string, Tag>;
}

// Markdown rendering is the costly part of a rebuild; most bodies have no markup at all.
const MARKUP = /[*_#`[\]<>&|~!\\]|^\s*[-+>\d]/m;
export const plainText = (markdown: string) => (MARKUP.test(markdown) ? markdownToText(markdown) : markdown.replace(/\s+/g, ' ').trim());

/**
 * Turns questions, contributions and syntheses into the engine's SearchDocuments. The index
 * stores exactly the read tokens MongoDB stores, so drafts and held items (managers-only tokens)
 * are indexed but never leak.
 */
@Injectable()
export class SearchDocumentBuilder {
  constructor(private readonly vocabularies: VocabulariesService) {}

  async forQuestions(items: Array<{ question: ResearchQuestion; latestSynthesis: Synthesis | null }>): Promise<SearchDocument[]> {
    const vocabulary = await this.vocabularyFor(items.map((item) => item.question));
    return items.flatMap(({ question, latestSynthesis }) => {
      const documents = [this.questionDocument(question, vocabulary)];
      if (latestSynthesis) documents.push(this.synthesisDocument(question, latestSynthesis, vocabulary));
      return documents;
    });
  }

  /** `questions` must hold every contribution's question (contributions carry its title and status). */
  async forContributions(contributions: Contribution[], questions: Map<string, ResearchQuestion>): Promise<SearchDocument[]> {
    const vocabulary = await this.vocabularyFor(contributions);
    return contributions.flatMap((contribution) => {
      const question = questions.get(contribution.questionId);
      return question ? [this.contributionDocument(contribution, question, vocabulary)] : [];
    });
  }

  private questionDocument(question: ResearchQuestion, vocabulary: BatchVocabulary): SearchDocument {
    const body = plainText(`${question.body}\n\n${question.purpose}`);
    return {
      id: questionDocumentId(question.id),
      kind: 'question',
      questionId: question.id,
      version: question.version,
      title: question.title,
      body,
      tags: tagTerms(question.tags, vocabulary),
      placeNames: placeNames(question.places, vocabulary),
      facets: facets('question', question, question, vocabulary, { language: guessLanguage(`${question.title} ${body}`), evidenceType: [], createdAt: question.createdAt }),
      createdAt: question.createdAt.getTime(),
      helpfulCount: 0,
      readableBy: question.readableBy,
    };
  }

  private synthesisDocument(question: ResearchQuestion, synthesis: Synthesis, vocabulary: BatchVocabulary): SearchDocument {
    const body = plainText(synthesis.body);
    return {
      id: synthesisDocumentId(question.id),
      kind: 'synthesis',
      questionId: question.id,
      // The synthesis lives inside the question document: its version is the question's.
      version: question.version,
      title: question.title,
      body,
      tags: tagTerms(question.tags, vocabulary),
      placeNames: placeNames(question.places, vocabulary),
      facets: facets('synthesis', question, question, vocabulary, { language: guessLanguage(body), evidenceType: [], createdAt: synthesis.publishedAt }),
      createdAt: synthesis.publishedAt.getTime(),
      helpfulCount: 0,
      readableBy: synthesis.readableBy,
    };
  }

  private contributionDocument(contribution: Contribution, question: ResearchQuestion, vocabulary: BatchVocabulary): SearchDocument {
    return {
      id: contributionDocumentId(contribution.id),
      kind: 'contribution',
      questionId: question.id,
      version: contribution.version,
      title: question.title,
      body: plainText(contribution.body),
      tags: tagTerms(contribution.tags, vocabulary),
      placeNames: placeNames(contribution.places, vocabulary),
      facets: facets('contribution', contribution, question, vocabulary, {
        language: contribution.language,
        evidenceType: [contribution.evidenceType],
        createdAt: contribution.createdAt,
      }),
      createdAt: contribution.createdAt.getTime(),
      helpfulCount: contribution.helpfulCount,
      readableBy: contribution.readableBy,
    };
  }

  private async vocabularyFor(items: Array<{ places: string[]; tags: string[] }>): Promise<BatchVocabulary> {
    const placeCodes = [...new Set(items.flatMap((item) => item.places))];
    const slugs = [...new Set(items.flatMap((item) => item.tags))];
    const [places, tags] = await Promise.all([
      placeCodes.length ? this.vocabularies.placeWithAncestors(placeCodes) : Promise.resolve([]),
      slugs.length ? this.vocabularies.tagsBySlugs(slugs) : Promise.resolve([]),
    ]);
    return { places: new Map(places.map((place) => [place.code, place])), tags: new Map(tags.map((tag) => [tag.slug, tag])) };
  }
}

/** A tag's label and synonyms, so "WASH" finds content tagged "water and sanitation". */
function tagTerms(slugs: string[], vocabulary: BatchVocabulary): string[] {
  return [...new Set(slugs.flatMap((slug) => {
    const tag = vocabulary.tags.get(slug);
    return tag ? [tag.label, ...tag.synonyms] : [slug];
  }))];
}

/** Names in every language and aliases of the places and their ancestors below the country. */
function placeNames(codes: string[], vocabulary: BatchVocabulary): string[] {
  const names = codes.flatMap((code) => {
    const place = vocabulary.places.get(code);
    if (!place) return [];
    return [place, ...place.ancestorPlaces.filter((ancestor) => ancestor.level !== 'COUNTRY')].flatMap((p) => [p.names.en, p.names.ar, p.names.fr, ...p.aliases]);
  });
  return [...new Set(names.filter((name) => name))];
}

function placeLevels(codes: string[], vocabulary: BatchVocabulary): { governorate: string[]; district: string[] } {
  const governorate = new Set<string>();
  const district = new Set<string>();
  for (const code of codes) {
    const place = vocabulary.places.get(code);
    if (!place) continue;
    for (const p of [place, ...place.ancestorPlaces]) {
      if (p.level === 'GOVERNORATE') governorate.add(p.code);
      if (p.level === 'DISTRICT') district.add(p.code);
    }
  }
  return { governorate: [...governorate], district: [...district] };
}

function facets(
  kind: SearchDocumentKind,
  content: { places: string[]; cohorts: string[]; organisationType: string },
  question: ResearchQuestion,
  vocabulary: BatchVocabulary,
  extra: { language: string; evidenceType: string[]; createdAt: Date },
): Record<FacetName, string[]> {
  return {
    kind: [kind],
    sector: question.sectors,
    ...placeLevels(content.places, vocabulary),
    cohort: content.cohorts,
    status: [question.status],
    evidenceType: extra.evidenceType,
    organisationType: [content.organisationType],
    year: [String(extra.createdAt.getUTCFullYear())],
    language: [extra.language],
  };
}
