import { graphql } from '../../../graphql/generated';

export const DASHBOARD_QUERY = graphql(`
  query Dashboard($filter: DashboardFilterInput) {
    dashboard(filter: $filter) {
      smallCellK
      questions {
        ...DashboardCountFields
      }
      contributions {
        ...DashboardCountFields
      }
      questionsBySectorAndStatus {
        ...DashboardCountFields
      }
      contributionsByMonth {
        ...DashboardCountFields
      }
      medianDaysToFirstContribution {
        days
        questions {
          ...DashboardCountFields
        }
      }
      medianDaysToSynthesis {
        days
        questions {
          ...DashboardCountFields
        }
      }
      openPastDeadline {
        ...DashboardCountFields
      }
      coverage {
        ...DashboardCountFields
      }
      contributionsByOrganisationType {
        ...DashboardCountFields
      }
      activityByGovernorate {
        ...DashboardCountFields
      }
    }
  }
`);

export const DASHBOARD_COUNT_FIELDS = graphql(`
  fragment DashboardCountFields on DashboardCount {
    keys
    count
    lessThan
  }
`);
