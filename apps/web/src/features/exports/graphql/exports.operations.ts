import { graphql } from '../../../graphql/generated';

export const START_EXPORT_MUTATION = graphql(`
  mutation StartExport($input: StartExportInput!) {
    startExport(input: $input) {
      ...ExportJobFields
    }
  }
`);

export const EXPORT_JOB_QUERY = graphql(`
  query ExportJob($id: ID!) {
    exportJob(id: $id) {
      ...ExportJobFields
    }
  }
`);

export const EXPORT_JOB_FIELDS = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    format
    status
    done
    total
    fileName
    downloadPath
    error
  }
`);
