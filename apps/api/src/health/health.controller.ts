import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { ReadinessService } from './readiness.service';

/** Probes for orchestrators: /health says the process is alive, /ready that it can serve. */
@Public()
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const readiness = await this.readiness.check();
    response.status(readiness.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: readiness.ready ? 'ready' : 'unavailable', ...readiness };
  }
}
