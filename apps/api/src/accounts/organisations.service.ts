import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { requireAccountAccess } from './account-permissions';
import { Organisation } from './accounts.types';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationPatch, OrganisationsRepository } from './organisations.repository';
import { UsersRepository } from './users.repository';

const nameTaken = () => HubError.conflict('An organisation with this name already exists.');

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
  ) {}

  list(): Promise<Organisation[]> {
    return this.organisations.list();
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw HubError.notFound('The organisation');
    return organisation;
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    const created = await this.organisations.insertUnique({ name: input.name.trim(), acronym: input.acronym?.trim() || null, type: input.type });
    if (!created) throw nameTaken();
    return created;
  }

  async update(actor: Actor, input: UpdateOrganisationInput): Promise<Organisation> {
    requireAccountAccess(actor, { action: 'editOrganisation', organisationId: input.id, changesType: false });
    const current = await this.get(input.id);
    const changesType = !!input.type && input.type !== current.type;
    requireAccountAccess(actor, { action: 'editOrganisation', organisationId: current.id, changesType });
    const patch: OrganisationPatch = {};
    if (input.name) patch.name = input.name.trim();
    if (input.acronym !== undefined) patch.acronym = input.acronym?.trim() || null;
    if (input.type && changesType) patch.type = input.type;
    if (Object.keys(patch).length === 0) return current;
    const updated = await this.organisations.update(current.id, patch);
    if (updated === 'not-found') throw HubError.notFound('The organisation');
    if (updated === 'name-taken') throw nameTaken();
    // Users carry the type for one-read actor resolution; each write is atomic per user.
    if (patch.type) await this.users.setOrganisationType(current.id, patch.type);
    return updated;
  }
}
