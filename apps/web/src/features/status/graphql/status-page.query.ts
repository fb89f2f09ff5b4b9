import { graphql } from '../../../graphql/generated';

export const STATUS_PAGE_QUERY = graphql(`
  query StatusPage {
    status {
      version
      ready
      database {
        ok
        detail
      }
      search {
        ok
        detail
      }
    }
  }
`);
