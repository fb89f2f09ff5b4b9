import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '@hub/domain';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { UsersRepository } from '../accounts/users.repository';
import { Actor } from '../auth/actor';
import { markdownToText } from '../common/markdown';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeRealAuthor } from '../contributions/contributions.service';
import type { Contribution } from '../contributions/contributions.types';
import type { ResearchQuestion, Synthesis } from '../questions/questions.types';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import type { PlaceWithAncestors } from '../vocabularies/vocabularies.types';

export type ExportRecordKind = 'question' | 'contribution' | 'synthesis';

/**
 * One exported item, exactly as the API shows it to the requester: an anonymous contribution whose
 * author the requester may not see has no author or organisation, only its organisation type and
 * governorate. Place and vocabulary names are in the export's language.
 */
export interface ExportRow {
  record: ExportRecordKind;
  id: string;
  questionId: string;
  title: string;
  text: string;
  purpose: string | null;
  status: string;
  sectors: string[];
  sectorNames: string[];
  governorates: string[];
  governorateNames: string[];
  districts: string[];
  districtNames: string[];
  cohorts: string[];
  cohortNames: string[];
  date: string;
  periodFrom: string | null;
  periodTo: string | null;
  evidenceType: string | null;
  confidence: string | null;
  organisationType: string | null;
  organisation: string | null;
  author: string | null;
  anonymous: boolean;
  language: string | null;
  sensitivity: string;
  helpfulCount: number | null;
  url: string;
}

export interface ExportColumn {
  key: keyof ExportRow;
  header: string;
  /** The HXL hashtag row under the header (https://hxlstandard.org). */
  hxl: string;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'record', header: 'record', hxl: '#meta+record' },
  { key: 'id', header: 'id', hxl: '#meta+id' },
  { key: 'questionId', header: 'question_id', hxl: '#meta+question+id' },
  { key: 'title', header: 'question_title', hxl: '#description+title' },
  { key: 'text', header: 'text', hxl: '#description+text' },
  { key: 'purpose', header: 'purpose', hxl: '#description+purpose' },
  { key: 'status', header: 'status', hxl: '#status' },
  { key: 'sectors', header: 'sector_codes', hxl: '#sector+code' },
  { key: 'sectorNames', header: 'sectors', hxl: '#sector+name' },
  { key: 'governorateNames', header: 'governorates', hxl: '#adm1+name' },
  { key: 'governorates', header: 'governorate_codes', hxl: '#adm1+code' },
  { key: 'districtNames', header: 'districts', hxl: '#adm2+name' },
  { key: 'districts', header: 'district_codes', hxl: '#adm2+code' },
  { key: 'cohortNames', header: 'cohorts', hxl: '#population+type+name' },
  { key: 'cohorts', header: 'cohort_codes', hxl: '#population+type+code' },
  { key: 'date', header: 'date', hxl: '#date' },
  { key: 'periodFrom', header: 'period_from', hxl: '#date+start' },
  { key: 'periodTo', header: 'period_to', hxl: '#date+end' },
  { key: 'evidenceType', header: 'evidence_type', hxl: '#meta+evidence' },
  { key: 'confidence', header: 'confidence', hxl: '#meta+confidence' },
  { key: 'organisationType', header: 'organisation_type', hxl: '#org+type' },
  { key: 'organisation', header: 'organisation', hxl: '#org+name' },
  { key: 'author', header: 'author', hxl: '#contact+name' },
  { key: 'anonymous', header: 'anonymous', hxl: '#meta+anonymous' },
  { key: 'language', header: 'language', hxl: '#meta+lang' },
  { key: 'sensitivity', header: 'sensitivity', hxl: '#meta+sensitivity' },
  { key: 'helpfulCount', header: 'helpful', hxl: '#meta+helpful+num' },
  { key: 'url', header: 'link', hxl: '#meta+url' },
];

/** A cell as text: lists joined with "; ", dates already ISO strings, null empty. */
export function cellText(value: ExportRow[keyof ExportRow]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

export interface ExportBatch {
  questions: ResearchQuestion[];
  contributions: Contribution[];
  syntheses: Synthesis[];
}

interface Places {
  governorates: string[];
  districts: string[];
}

/** Turns readable questions, contributions and syntheses into export rows, one batch of lookups per call. */
@Injectable()
export class ExportRowsBuilder {
  constructor(
    private readonly vocabularies: VocabulariesService,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Rows in the order of `order` (ids as `kind:id`, syntheses as `synthesis:<questionId>`);
   * `questionsById` must hold the question of every contribution and synthesis.
   */
  async rows(actor: Actor, items: Array<{ kind: ExportRecordKind; id: string }>, batch: ExportBatch, language: Language): Promise<ExportRow[]> {
    const questionsById = new Map(batch.questions.map((q) => [q.id, q]));
    const contributionsById = new Map(batch.contributions.map((c) => [c.id, c]));
    const synthesesByQuestion = new Map(batch.syntheses.map((s) => [s.questionId, s]));
    const placeCodes = [...batch.questions.flatMap((q) => q.places), ...batch.contributions.flatMap((c) => c.places), ...batch.contributions.flatMap((c) => (c.governorate ? [c.governorate] : []))];
    const sectorCodes = batch.questions.flatMap((q) => q.sectors);
    const cohortCodes = [...batch.questions.flatMap((q) => q.cohorts), ...batch.contributions.flatMap((c) => c.cohorts)];
    const visibleAuthors = batch.contributions.filter((c) => canSeeRealAuthor(actor, c, questionsById.get(c.questionId) ?? { sectors: [] }));
    const userIds = [...batch.questions.map((q) => q.authorId), ...batch.syntheses.map((s) => s.authorId), ...visibleAuthors.map((c) => c.authorId)];
    const organisationIds = [...batch.questions.map((q) => q.organisationId), ...visibleAuthors.map((c) => c.organisationId)];
    const [places, sectors, cohorts, users, organisations] = await Promise.all([
      this.vocabularies.placeWithAncestors([...new Set(placeCodes)]),
      this.vocabularies.sectorsByCodes([...new Set(sectorCodes)]),
      this.vocabularies.cohortsByCodes([...new Set(cohortCodes)]),
      this.users.findByIds([...new Set(userIds)]),
      this.organisations.findByIds([...new Set(organisationIds)]),
    ]);
    const placeByCode = new Map(places.map((p) => [p.code, p]));
    const placeNames = new Map(places.flatMap((p) => [p, ...p.ancestorPlaces]).map((p) => [p.code, p.names]));
    const nameOf = (names: { en: string; ar: string; fr: string } | undefined, code: string) => (names ? names[language] || names.en : code);
    const sectorName = new Map(sectors.map((s) => [s.code, nameOf(s.names, s.code)]));
    const cohortName = new Map(cohorts.map((c) => [c.code, nameOf(c.names, c.code)]));
    const placeName = (code: string) => nameOf(placeNames.get(code), code);
    const userName = new Map(users.map((u) => [u.id, u.displayName]));
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const placesOf = (codes: string[]): Places => splitPlaces(codes, placeByCode);
    const link = (questionId: string, anchor = '') => `${this.config.publicUrl}/questions/${questionId}${anchor}`;

    const rows: ExportRow[] = [];
    for (const item of items) {
      if (item.kind === 'question') {
        const q = questionsById.get(item.id);
        if (!q) continue;
        const at = placesOf(q.places);
        rows.push({
          record: 'question',
          id: q.id,
          questionId: q.id,
          title: q.title,
          text: markdownToText(q.body),
          purpose: q.purpose,
          status: q.status,
          sectors: q.sectors,
          sectorNames: q.sectors.map((code) => sectorName.get(code) ?? code),
          ...withNames(at, placeName),
          cohorts: q.cohorts,
          cohortNames: q.cohorts.map((code) => cohortName.get(code) ?? code),
          date: q.createdAt.toISOString(),
          periodFrom: q.opensAt?.toISOString() ?? null,
          periodTo: q.closesAt?.toISOString() ?? null,
          evidenceType: null,
          confidence: null,
          organisationType: q.organisationType,
          organisation: organisationName.get(q.organisationId) ?? null,
          author: userName.get(q.authorId) ?? null,
          anonymous: false,
          language: null,
          sensitivity: q.sensitivity,
          helpfulCount: null,
          url: link(q.id),
        });
      } else if (item.kind === 'contribution') {
        const c = contributionsById.get(item.id);
        const q = c && questionsById.get(c.questionId);
        if (!c || !q) continue;
        const visible = canSeeRealAuthor(actor, c, q);
        const at = placesOf(c.places.length ? c.places : c.governorate ? [c.governorate] : []);
        rows.push({
          record: 'contribution',
          id: c.id,
          questionId: q.id,
          title: q.title,
          text: markdownToText(c.body),
          purpose: null,
          status: q.status,
          sectors: q.sectors,
          sectorNames: q.sectors.map((code) => sectorName.get(code) ?? code),
          ...withNames(at, placeName),
          cohorts: c.cohorts,
          cohortNames: c.cohorts.map((code) => cohortName.get(code) ?? code),
          date: c.createdAt.toISOString(),
          periodFrom: c.periodFrom?.toISOString() ?? null,
          periodTo: c.periodTo?.toISOString() ?? null,
          evidenceType: c.evidenceType,
          confidence: c.confidence,
          organisationType: c.organisationType,
          organisation: visible ? (organisationName.get(c.organisationId) ?? null) : null,
          author: visible ? (userName.get(c.authorId) ?? null) : null,
          anonymous: c.anonymous,
          language: c.language,
          sensitivity: c.sensitivity,
          helpfulCount: c.helpfulCount,
          url: link(q.id, `#contribution-${c.id}`),
        });
      } else {
        const s = synthesesByQuestion.get(item.id);
        const q = questionsById.get(item.id);
        if (!s || !q) continue;
        rows.push({
          record: 'synthesis',
          id: `${q.id}:${s.version}`,
          questionId: q.id,
          title: q.title,
          text: markdownToText(s.body),
          purpose: null,
          status: q.status,
          sectors: q.sectors,
          sectorNames: q.sectors.map((code) => sectorName.get(code) ?? code),
          ...withNames(placesOf(q.places), placeName),
          cohorts: q.cohorts,
          cohortNames: q.cohorts.map((code) => cohortName.get(code) ?? code),
          date: s.publishedAt.toISOString(),
          periodFrom: null,
          periodTo: null,
          evidenceType: null,
          confidence: null,
          organisationType: null,
          organisation: null,
          author: userName.get(s.authorId) ?? null,
          anonymous: false,
          language: null,
          sensitivity: s.sensitivity,
          helpfulCount: null,
          url: link(q.id, '#synthesis-heading'),
        });
      }
    }
    return rows;
  }
}

/** Governorates and districts (admin-1 and admin-2) of a set of places, each once. */
function splitPlaces(codes: readonly string[], byCode: ReadonlyMap<string, PlaceWithAncestors>): Places {
  const governorates = new Set<string>();
  const districts = new Set<string>();
  for (const code of codes) {
    const place = byCode.get(code);
    if (!place) continue;
    for (const p of [...place.ancestorPlaces, place]) {
      if (p.level === 'GOVERNORATE') governorates.add(p.code);
      if (p.level === 'DISTRICT') districts.add(p.code);
    }
  }
  return { governorates: [...governorates], districts: [...districts] };
}

function withNames(places: Places, name: (code: string) => string) {
  return {
    governorates: places.governorates,
    governorateNames: places.governorates.map(name),
    districts: places.districts,
    districtNames: places.districts.map(name),
  };
}
