import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor, Members } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { ExportsService } from './exports.service';

/**
 * Downloads a finished export: signed-in (bearer token), the job's own requester only, while the
 * file lasts. Never cached by the browser or a proxy.
 */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Members()
  @Get(':id/file')
  async file(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { job, contentType, pieces } = await this.exports.download(actor, id);
    response.setHeader('Content-Type', contentType);
    response.setHeader('Content-Length', String(job.size));
    response.setHeader('Content-Disposition', `attachment; filename="${job.fileName ?? 'export'}"`);
    response.setHeader('Cache-Control', 'no-store');
    for await (const piece of pieces) {
      if (!response.write(piece)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  }
}
