import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Members } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { ExportJob } from './exports.repository';
import { ExportJobModel, StartExportInput } from './exports.models';
import { exportDownloadPath, ExportsService } from './exports.service';

function toModel(job: ExportJob): ExportJobModel {
  const downloadable = job.status === 'DONE' && job.chunks > 0 && job.expiresAt > new Date();
  return {
    id: job.id,
    kind: job.kind,
    format: job.format,
    status: job.status,
    done: job.done,
    total: job.total,
    rows: job.rows,
    fileName: job.fileName,
    downloadPath: downloadable ? exportDownloadPath(job) : null,
    error: job.error,
    expiresAt: job.expiresAt,
    createdAt: job.createdAt,
  };
}

@Resolver(() => ExportJobModel)
export class ExportsResolver {
  constructor(private readonly exports: ExportsService) {}

  @Members()
  @Mutation(() => ExportJobModel, { description: 'Exports a question or a search result set; small exports come back DONE, larger ones run in the background (poll exportJob).' })
  async startExport(@CurrentActor() actor: Actor, @Args('input') input: StartExportInput): Promise<ExportJobModel> {
    return toModel(await this.exports.start(actor, input));
  }

  @Members()
  @Query(() => ExportJobModel, { description: 'One of the viewer’s own exports, with its progress.' })
  async exportJob(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ExportJobModel> {
    return toModel(await this.exports.own(actor, id));
  }

  @Members()
  @Query(() => [ExportJobModel], { description: 'The viewer’s latest exports, newest first.' })
  async myExports(@CurrentActor() actor: Actor): Promise<ExportJobModel[]> {
    return (await this.exports.mine(actor)).map(toModel);
  }
}
