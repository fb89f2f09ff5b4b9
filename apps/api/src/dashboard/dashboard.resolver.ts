import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Members } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { DashboardFilterInput, DashboardModel } from './dashboard.models';
import { DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Members()
  @Query(() => DashboardModel, { description: 'Counts over the content the viewer may read, filtered by sector, place, cohort and period; small cells shown as "fewer than k".' })
  dashboard(@CurrentActor() actor: Actor, @Args('filter', { type: () => DashboardFilterInput, nullable: true }) filter: DashboardFilterInput | null): Promise<DashboardModel> {
    return this.dashboards.dashboard(actor, filter ?? {});
  }
}
