/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      displayName\n      email\n      expiresAt\n      organisationName\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment AuthSessionFields on AuthSession {\n    accessToken\n    expiresAt\n    viewer {\n      id\n      email\n      displayName\n      roles\n      leadSectors\n      sectors\n      language\n      organisationId\n    }\n  }\n": typeof types.AuthSessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment PersonalDataPatternFields on PersonalDataPattern {\n    id\n    name\n    pattern\n    caseInsensitive\n    enabled\n    version\n    updatedAt\n    label {\n      en\n      ar\n      fr\n    }\n  }\n": typeof types.PersonalDataPatternFieldsFragmentDoc,
    "\n  query PersonalDataPatterns {\n    personalDataPatterns {\n      ...PersonalDataPatternFields\n    }\n  }\n": typeof types.PersonalDataPatternsDocument,
    "\n  query TestPersonalDataPattern($input: TestPersonalDataPatternInput!) {\n    testPersonalDataPattern(input: $input) {\n      valid\n      problem {\n        code\n        message\n      }\n      matches {\n        start\n        end\n        text\n      }\n    }\n  }\n": typeof types.TestPersonalDataPatternDocument,
    "\n  mutation CreatePersonalDataPattern($input: PersonalDataPatternInput!) {\n    createPersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n": typeof types.CreatePersonalDataPatternDocument,
    "\n  mutation UpdatePersonalDataPattern($input: UpdatePersonalDataPatternInput!) {\n    updatePersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n": typeof types.UpdatePersonalDataPatternDocument,
    "\n  fragment AdminTermNames on LocalisedNames {\n    en\n    ar\n    fr\n  }\n": typeof types.AdminTermNamesFragmentDoc,
    "\n  query AdminSectors {\n    sectors {\n      code\n      aliases\n      defaultSensitivity\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n      subSectors {\n        code\n        aliases\n        defaultSensitivity\n        parentCode\n        names {\n          ...AdminTermNames\n        }\n      }\n    }\n  }\n": typeof types.AdminSectorsDocument,
    "\n  mutation AdminCreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      code\n    }\n  }\n": typeof types.AdminCreateSectorDocument,
    "\n  mutation AdminUpdateSector($code: String!, $input: UpdateSectorInput!) {\n    updateSector(code: $code, input: $input) {\n      code\n      aliases\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": typeof types.AdminUpdateSectorDocument,
    "\n  mutation AdminSetSectorSensitivity($code: String!, $level: SensitivityLevel!) {\n    setSectorDefaultSensitivity(code: $code, level: $level) {\n      code\n      defaultSensitivity\n    }\n  }\n": typeof types.AdminSetSectorSensitivityDocument,
    "\n  query AdminCohorts {\n    cohorts {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": typeof types.AdminCohortsDocument,
    "\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      code\n    }\n  }\n": typeof types.AdminCreateCohortDocument,
    "\n  mutation AdminUpdateCohort($code: String!, $input: UpdateCohortInput!) {\n    updateCohort(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": typeof types.AdminUpdateCohortDocument,
    "\n  query AdminPlaces($parentCode: String) {\n    places(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": typeof types.AdminPlacesDocument,
    "\n  query AdminSearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 20) {\n      code\n      level\n      parentCode\n      aliases\n      displayName(language: $language)\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": typeof types.AdminSearchPlacesDocument,
    "\n  mutation AdminUpdatePlace($code: String!, $input: UpdatePlaceInput!) {\n    updatePlace(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": typeof types.AdminUpdatePlaceDocument,
    "\n  query AdminTags($query: String, $after: String) {\n    tags(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          label\n          synonyms\n        }\n      }\n    }\n  }\n": typeof types.AdminTagsDocument,
    "\n  mutation AdminCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AdminCreateTagDocument,
    "\n  mutation AdminUpdateTag($slug: String!, $input: UpdateTagInput!) {\n    updateTag(slug: $slug, input: $input) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n": typeof types.AdminUpdateTagDocument,
    "\n  mutation AdminMergeTags($sourceSlug: String!, $targetSlug: String!) {\n    mergeTags(sourceSlug: $sourceSlug, targetSlug: $targetSlug) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n": typeof types.AdminMergeTagsDocument,
    "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      smallCellK\n      questions {\n        ...DashboardCountFields\n      }\n      contributions {\n        ...DashboardCountFields\n      }\n      questionsBySectorAndStatus {\n        ...DashboardCountFields\n      }\n      contributionsByMonth {\n        ...DashboardCountFields\n      }\n      medianDaysToFirstContribution {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      medianDaysToSynthesis {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      openPastDeadline {\n        ...DashboardCountFields\n      }\n      coverage {\n        ...DashboardCountFields\n      }\n      contributionsByOrganisationType {\n        ...DashboardCountFields\n      }\n      activityByGovernorate {\n        ...DashboardCountFields\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment DashboardCountFields on DashboardCount {\n    keys\n    count\n    lessThan\n  }\n": typeof types.DashboardCountFieldsFragmentDoc,
    "\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.StartExportDocument,
    "\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.ExportJobDocument,
    "\n  fragment ExportJobFields on ExportJob {\n    id\n    format\n    status\n    done\n    total\n    fileName\n    downloadPath\n    error\n  }\n": typeof types.ExportJobFieldsFragmentDoc,
    "\n  query HomePage($signedIn: Boolean!) {\n    openQuestions: questions(filter: { statuses: [OPEN] }, sort: CLOSING_SOON, first: 30) {\n      totalCount\n      edges {\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n    recentSyntheses: questions(filter: { statuses: [CLOSED] }, sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          title\n          synthesis {\n            bodyHtml\n            publishedAt\n          }\n        }\n      }\n    }\n    myFollows @include(if: $signedIn) {\n      kind\n      key\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query FollowedQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.FollowedQuestionDocument,
    "\n  fragment MemberFields on Member {\n    id\n    displayName\n    email\n    organisationId\n    roles\n    leadSectors\n    status\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query MyOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query AdminMembers($query: String, $organisationId: ID, $status: MemberStatus, $after: String) {\n    members(query: $query, organisationId: $organisationId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query OrganisationMembers($organisationId: ID!, $after: String) {\n    organisationMembers(organisationId: $organisationId, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      displayName\n      roles\n      status\n      expiresAt\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation CreatePasswordResetLink($id: ID!) {\n    createPasswordResetLink(userId: $id) {\n      resetUrl\n      expiresAt\n    }\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  query ReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          targetId\n          questionId\n          synthesisVersion\n          heldFor\n          createdAt\n          texts {\n            field\n            text\n          }\n          findings {\n            field\n            kind\n            start\n            end\n            label {\n              en\n              ar\n              fr\n            }\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) {\n      id\n      review\n    }\n  }\n": typeof types.DecideReviewDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          closesAt\n          question {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($email: EmailCadence!) {\n    updateNotificationPreferences(input: { email: $email }) {\n      email\n      emailAvailable\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      language\n      sectors\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  query SimilarQuestions($title: String!) {\n    similarQuestions(title: $title, first: 5) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.SimilarQuestionsDocument,
    "\n  query AccessChoices($organisationId: ID!) {\n    organisations {\n      id\n      name\n      acronym\n    }\n    organisationMembers(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AccessChoicesDocument,
    "\n  fragment QuestionCardFields on ResearchQuestion {\n    id\n    title\n    status\n    sectors\n    places\n    closesAt\n    createdAt\n    contributionCount\n  }\n": typeof types.QuestionCardFieldsFragmentDoc,
    "\n  query QuestionsList($filter: QuestionFilterInput, $sort: QuestionSort!, $first: Int!, $after: String) {\n    questions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n": typeof types.QuestionsListDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    review\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment ContributionFields on Contribution {\n    id\n    bodyHtml\n    places\n    cohorts\n    periodFrom\n    periodTo\n    evidenceType\n    confidence\n    gatheringBasis\n    tags\n    language\n    sensitivity\n    review\n    reviewReason\n    helpfulCount\n    viewerFoundHelpful\n    createdAt\n    author {\n      anonymous\n      organisationType\n      governorate\n      user {\n        id\n        displayName\n      }\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": typeof types.ContributionFieldsFragmentDoc,
    "\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      bodyHtml\n      purpose\n      status\n      sensitivity\n      review\n      reviewReason\n      version\n      opensAt\n      closesAt\n      createdAt\n      source {\n        assessment\n        year\n        indicator\n        url\n      }\n      sectors\n      places\n      cohorts\n      tags\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n        acronym\n      }\n      viewerCan {\n        edit\n        manage\n        contribute\n        comment\n      }\n      viewerFollows\n      comments {\n        ...CommentFields\n      }\n      contributionCount\n      contributions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContributionFields\n          }\n        }\n      }\n      synthesis {\n        version\n        review\n        reviewReason\n        bodyHtml\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        citations {\n          id\n        }\n      }\n      duplicateOf {\n        id\n        title\n      }\n      related {\n        id\n        title\n      }\n    }\n  }\n": typeof types.QuestionPageDocument,
    "\n  mutation Contribute($input: ContributeInput!) {\n    contribute(input: $input) {\n      id\n    }\n  }\n": typeof types.ContributeDocument,
    "\n  mutation MarkHelpful($id: ID!, $helpful: Boolean!) {\n    markHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n": typeof types.MarkHelpfulDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation SetFollowing($kind: FollowKind!, $key: String!, $following: Boolean!) {\n    setFollowing(kind: $kind, key: $key, following: $following)\n  }\n": typeof types.SetFollowingDocument,
    "\n  mutation ChangeQuestionStatus($id: ID!, $status: QuestionStatus!) {\n    changeQuestionStatus(id: $id, status: $status) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeQuestionStatusDocument,
    "\n  mutation MarkDuplicate($id: ID!, $duplicateOf: ID) {\n    markDuplicate(id: $id, duplicateOf: $duplicateOf) {\n      id\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MarkDuplicateDocument,
    "\n  mutation PublishSynthesis($input: PublishSynthesisInput!) {\n    publishSynthesis(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PublishSynthesisDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        facet\n        values {\n          value\n          label\n          count\n          lessThan\n        }\n      }\n      hits {\n        id\n        kind\n        questionId\n        title {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchSuggestions($prefix: String!) {\n    searchSuggestions(prefix: $prefix, first: 6) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.SearchSuggestionsDocument,
    "\n  query StatusPage {\n    status {\n      version\n      ready\n      database {\n        ok\n        detail\n      }\n      search {\n        ok\n        detail\n      }\n    }\n  }\n": typeof types.StatusPageDocument,
    "\n  query Vocabularies {\n    sectors {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n      subSectors {\n        code\n        names {\n          en\n          ar\n          fr\n        }\n      }\n    }\n    cohorts {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    evidenceTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    organisationTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    governorates: places(level: GOVERNORATE) {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    districts: places(level: DISTRICT) {\n      code\n      parentCode\n      names {\n        en\n        ar\n        fr\n      }\n    }\n  }\n": typeof types.VocabulariesDocument,
    "\n  query SearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 8) {\n      code\n      level\n      displayName(language: $language)\n    }\n  }\n": typeof types.SearchPlacesDocument,
    "\n  query TagSuggestions($query: String!) {\n    tags(query: $query, first: 8) {\n      edges {\n        node {\n          slug\n          label\n        }\n      }\n    }\n  }\n": typeof types.TagSuggestionsDocument,
};
const documents: Documents = {
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      displayName\n      email\n      expiresAt\n      organisationName\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment AuthSessionFields on AuthSession {\n    accessToken\n    expiresAt\n    viewer {\n      id\n      email\n      displayName\n      roles\n      leadSectors\n      sectors\n      language\n      organisationId\n    }\n  }\n": types.AuthSessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthSessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment PersonalDataPatternFields on PersonalDataPattern {\n    id\n    name\n    pattern\n    caseInsensitive\n    enabled\n    version\n    updatedAt\n    label {\n      en\n      ar\n      fr\n    }\n  }\n": types.PersonalDataPatternFieldsFragmentDoc,
    "\n  query PersonalDataPatterns {\n    personalDataPatterns {\n      ...PersonalDataPatternFields\n    }\n  }\n": types.PersonalDataPatternsDocument,
    "\n  query TestPersonalDataPattern($input: TestPersonalDataPatternInput!) {\n    testPersonalDataPattern(input: $input) {\n      valid\n      problem {\n        code\n        message\n      }\n      matches {\n        start\n        end\n        text\n      }\n    }\n  }\n": types.TestPersonalDataPatternDocument,
    "\n  mutation CreatePersonalDataPattern($input: PersonalDataPatternInput!) {\n    createPersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n": types.CreatePersonalDataPatternDocument,
    "\n  mutation UpdatePersonalDataPattern($input: UpdatePersonalDataPatternInput!) {\n    updatePersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n": types.UpdatePersonalDataPatternDocument,
    "\n  fragment AdminTermNames on LocalisedNames {\n    en\n    ar\n    fr\n  }\n": types.AdminTermNamesFragmentDoc,
    "\n  query AdminSectors {\n    sectors {\n      code\n      aliases\n      defaultSensitivity\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n      subSectors {\n        code\n        aliases\n        defaultSensitivity\n        parentCode\n        names {\n          ...AdminTermNames\n        }\n      }\n    }\n  }\n": types.AdminSectorsDocument,
    "\n  mutation AdminCreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      code\n    }\n  }\n": types.AdminCreateSectorDocument,
    "\n  mutation AdminUpdateSector($code: String!, $input: UpdateSectorInput!) {\n    updateSector(code: $code, input: $input) {\n      code\n      aliases\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": types.AdminUpdateSectorDocument,
    "\n  mutation AdminSetSectorSensitivity($code: String!, $level: SensitivityLevel!) {\n    setSectorDefaultSensitivity(code: $code, level: $level) {\n      code\n      defaultSensitivity\n    }\n  }\n": types.AdminSetSectorSensitivityDocument,
    "\n  query AdminCohorts {\n    cohorts {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": types.AdminCohortsDocument,
    "\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      code\n    }\n  }\n": types.AdminCreateCohortDocument,
    "\n  mutation AdminUpdateCohort($code: String!, $input: UpdateCohortInput!) {\n    updateCohort(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": types.AdminUpdateCohortDocument,
    "\n  query AdminPlaces($parentCode: String) {\n    places(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": types.AdminPlacesDocument,
    "\n  query AdminSearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 20) {\n      code\n      level\n      parentCode\n      aliases\n      displayName(language: $language)\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": types.AdminSearchPlacesDocument,
    "\n  mutation AdminUpdatePlace($code: String!, $input: UpdatePlaceInput!) {\n    updatePlace(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n": types.AdminUpdatePlaceDocument,
    "\n  query AdminTags($query: String, $after: String) {\n    tags(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          label\n          synonyms\n        }\n      }\n    }\n  }\n": types.AdminTagsDocument,
    "\n  mutation AdminCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n    }\n  }\n": types.AdminCreateTagDocument,
    "\n  mutation AdminUpdateTag($slug: String!, $input: UpdateTagInput!) {\n    updateTag(slug: $slug, input: $input) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n": types.AdminUpdateTagDocument,
    "\n  mutation AdminMergeTags($sourceSlug: String!, $targetSlug: String!) {\n    mergeTags(sourceSlug: $sourceSlug, targetSlug: $targetSlug) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n": types.AdminMergeTagsDocument,
    "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      smallCellK\n      questions {\n        ...DashboardCountFields\n      }\n      contributions {\n        ...DashboardCountFields\n      }\n      questionsBySectorAndStatus {\n        ...DashboardCountFields\n      }\n      contributionsByMonth {\n        ...DashboardCountFields\n      }\n      medianDaysToFirstContribution {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      medianDaysToSynthesis {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      openPastDeadline {\n        ...DashboardCountFields\n      }\n      coverage {\n        ...DashboardCountFields\n      }\n      contributionsByOrganisationType {\n        ...DashboardCountFields\n      }\n      activityByGovernorate {\n        ...DashboardCountFields\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment DashboardCountFields on DashboardCount {\n    keys\n    count\n    lessThan\n  }\n": types.DashboardCountFieldsFragmentDoc,
    "\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n": types.StartExportDocument,
    "\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n": types.ExportJobDocument,
    "\n  fragment ExportJobFields on ExportJob {\n    id\n    format\n    status\n    done\n    total\n    fileName\n    downloadPath\n    error\n  }\n": types.ExportJobFieldsFragmentDoc,
    "\n  query HomePage($signedIn: Boolean!) {\n    openQuestions: questions(filter: { statuses: [OPEN] }, sort: CLOSING_SOON, first: 30) {\n      totalCount\n      edges {\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n    recentSyntheses: questions(filter: { statuses: [CLOSED] }, sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          title\n          synthesis {\n            bodyHtml\n            publishedAt\n          }\n        }\n      }\n    }\n    myFollows @include(if: $signedIn) {\n      kind\n      key\n    }\n  }\n": types.HomePageDocument,
    "\n  query FollowedQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": types.FollowedQuestionDocument,
    "\n  fragment MemberFields on Member {\n    id\n    displayName\n    email\n    organisationId\n    roles\n    leadSectors\n    status\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query MyOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query AdminMembers($query: String, $organisationId: ID, $status: MemberStatus, $after: String) {\n    members(query: $query, organisationId: $organisationId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query OrganisationMembers($organisationId: ID!, $after: String) {\n    organisationMembers(organisationId: $organisationId, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      displayName\n      roles\n      status\n      expiresAt\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation CreatePasswordResetLink($id: ID!) {\n    createPasswordResetLink(userId: $id) {\n      resetUrl\n      expiresAt\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  query ReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          targetId\n          questionId\n          synthesisVersion\n          heldFor\n          createdAt\n          texts {\n            field\n            text\n          }\n          findings {\n            field\n            kind\n            start\n            end\n            label {\n              en\n              ar\n              fr\n            }\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) {\n      id\n      review\n    }\n  }\n": types.DecideReviewDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          closesAt\n          question {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($email: EmailCadence!) {\n    updateNotificationPreferences(input: { email: $email }) {\n      email\n      emailAvailable\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      language\n      sectors\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query SimilarQuestions($title: String!) {\n    similarQuestions(title: $title, first: 5) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.SimilarQuestionsDocument,
    "\n  query AccessChoices($organisationId: ID!) {\n    organisations {\n      id\n      name\n      acronym\n    }\n    organisationMembers(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AccessChoicesDocument,
    "\n  fragment QuestionCardFields on ResearchQuestion {\n    id\n    title\n    status\n    sectors\n    places\n    closesAt\n    createdAt\n    contributionCount\n  }\n": types.QuestionCardFieldsFragmentDoc,
    "\n  query QuestionsList($filter: QuestionFilterInput, $sort: QuestionSort!, $first: Int!, $after: String) {\n    questions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n": types.QuestionsListDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    review\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment ContributionFields on Contribution {\n    id\n    bodyHtml\n    places\n    cohorts\n    periodFrom\n    periodTo\n    evidenceType\n    confidence\n    gatheringBasis\n    tags\n    language\n    sensitivity\n    review\n    reviewReason\n    helpfulCount\n    viewerFoundHelpful\n    createdAt\n    author {\n      anonymous\n      organisationType\n      governorate\n      user {\n        id\n        displayName\n      }\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": types.ContributionFieldsFragmentDoc,
    "\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      bodyHtml\n      purpose\n      status\n      sensitivity\n      review\n      reviewReason\n      version\n      opensAt\n      closesAt\n      createdAt\n      source {\n        assessment\n        year\n        indicator\n        url\n      }\n      sectors\n      places\n      cohorts\n      tags\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n        acronym\n      }\n      viewerCan {\n        edit\n        manage\n        contribute\n        comment\n      }\n      viewerFollows\n      comments {\n        ...CommentFields\n      }\n      contributionCount\n      contributions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContributionFields\n          }\n        }\n      }\n      synthesis {\n        version\n        review\n        reviewReason\n        bodyHtml\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        citations {\n          id\n        }\n      }\n      duplicateOf {\n        id\n        title\n      }\n      related {\n        id\n        title\n      }\n    }\n  }\n": types.QuestionPageDocument,
    "\n  mutation Contribute($input: ContributeInput!) {\n    contribute(input: $input) {\n      id\n    }\n  }\n": types.ContributeDocument,
    "\n  mutation MarkHelpful($id: ID!, $helpful: Boolean!) {\n    markHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n": types.MarkHelpfulDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation SetFollowing($kind: FollowKind!, $key: String!, $following: Boolean!) {\n    setFollowing(kind: $kind, key: $key, following: $following)\n  }\n": types.SetFollowingDocument,
    "\n  mutation ChangeQuestionStatus($id: ID!, $status: QuestionStatus!) {\n    changeQuestionStatus(id: $id, status: $status) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeQuestionStatusDocument,
    "\n  mutation MarkDuplicate($id: ID!, $duplicateOf: ID) {\n    markDuplicate(id: $id, duplicateOf: $duplicateOf) {\n      id\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n": types.MarkDuplicateDocument,
    "\n  mutation PublishSynthesis($input: PublishSynthesisInput!) {\n    publishSynthesis(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PublishSynthesisDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        facet\n        values {\n          value\n          label\n          count\n          lessThan\n        }\n      }\n      hits {\n        id\n        kind\n        questionId\n        title {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchSuggestions($prefix: String!) {\n    searchSuggestions(prefix: $prefix, first: 6) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.SearchSuggestionsDocument,
    "\n  query StatusPage {\n    status {\n      version\n      ready\n      database {\n        ok\n        detail\n      }\n      search {\n        ok\n        detail\n      }\n    }\n  }\n": types.StatusPageDocument,
    "\n  query Vocabularies {\n    sectors {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n      subSectors {\n        code\n        names {\n          en\n          ar\n          fr\n        }\n      }\n    }\n    cohorts {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    evidenceTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    organisationTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    governorates: places(level: GOVERNORATE) {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    districts: places(level: DISTRICT) {\n      code\n      parentCode\n      names {\n        en\n        ar\n        fr\n      }\n    }\n  }\n": types.VocabulariesDocument,
    "\n  query SearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 8) {\n      code\n      level\n      displayName(language: $language)\n    }\n  }\n": types.SearchPlacesDocument,
    "\n  query TagSuggestions($query: String!) {\n    tags(query: $query, first: 8) {\n      edges {\n        node {\n          slug\n          label\n        }\n      }\n    }\n  }\n": types.TagSuggestionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      displayName\n      email\n      expiresAt\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      displayName\n      email\n      expiresAt\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthSessionFields on AuthSession {\n    accessToken\n    expiresAt\n    viewer {\n      id\n      email\n      displayName\n      roles\n      leadSectors\n      sectors\n      language\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  fragment AuthSessionFields on AuthSession {\n    accessToken\n    expiresAt\n    viewer {\n      id\n      email\n      displayName\n      roles\n      leadSectors\n      sectors\n      language\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalDataPatternFields on PersonalDataPattern {\n    id\n    name\n    pattern\n    caseInsensitive\n    enabled\n    version\n    updatedAt\n    label {\n      en\n      ar\n      fr\n    }\n  }\n"): (typeof documents)["\n  fragment PersonalDataPatternFields on PersonalDataPattern {\n    id\n    name\n    pattern\n    caseInsensitive\n    enabled\n    version\n    updatedAt\n    label {\n      en\n      ar\n      fr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataPatterns {\n    personalDataPatterns {\n      ...PersonalDataPatternFields\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataPatterns {\n    personalDataPatterns {\n      ...PersonalDataPatternFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPersonalDataPattern($input: TestPersonalDataPatternInput!) {\n    testPersonalDataPattern(input: $input) {\n      valid\n      problem {\n        code\n        message\n      }\n      matches {\n        start\n        end\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPersonalDataPattern($input: TestPersonalDataPatternInput!) {\n    testPersonalDataPattern(input: $input) {\n      valid\n      problem {\n        code\n        message\n      }\n      matches {\n        start\n        end\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonalDataPattern($input: PersonalDataPatternInput!) {\n    createPersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonalDataPattern($input: PersonalDataPatternInput!) {\n    createPersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonalDataPattern($input: UpdatePersonalDataPatternInput!) {\n    updatePersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonalDataPattern($input: UpdatePersonalDataPatternInput!) {\n    updatePersonalDataPattern(input: $input) {\n      ...PersonalDataPatternFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTermNames on LocalisedNames {\n    en\n    ar\n    fr\n  }\n"): (typeof documents)["\n  fragment AdminTermNames on LocalisedNames {\n    en\n    ar\n    fr\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSectors {\n    sectors {\n      code\n      aliases\n      defaultSensitivity\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n      subSectors {\n        code\n        aliases\n        defaultSensitivity\n        parentCode\n        names {\n          ...AdminTermNames\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSectors {\n    sectors {\n      code\n      aliases\n      defaultSensitivity\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n      subSectors {\n        code\n        aliases\n        defaultSensitivity\n        parentCode\n        names {\n          ...AdminTermNames\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSector($code: String!, $input: UpdateSectorInput!) {\n    updateSector(code: $code, input: $input) {\n      code\n      aliases\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSector($code: String!, $input: UpdateSectorInput!) {\n    updateSector(code: $code, input: $input) {\n      code\n      aliases\n      parentCode\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetSectorSensitivity($code: String!, $level: SensitivityLevel!) {\n    setSectorDefaultSensitivity(code: $code, level: $level) {\n      code\n      defaultSensitivity\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetSectorSensitivity($code: String!, $level: SensitivityLevel!) {\n    setSectorDefaultSensitivity(code: $code, level: $level) {\n      code\n      defaultSensitivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCohorts {\n    cohorts {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCohorts {\n    cohorts {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCohort($code: String!, $input: UpdateCohortInput!) {\n    updateCohort(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCohort($code: String!, $input: UpdateCohortInput!) {\n    updateCohort(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlaces($parentCode: String) {\n    places(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPlaces($parentCode: String) {\n    places(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 20) {\n      code\n      level\n      parentCode\n      aliases\n      displayName(language: $language)\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 20) {\n      code\n      level\n      parentCode\n      aliases\n      displayName(language: $language)\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePlace($code: String!, $input: UpdatePlaceInput!) {\n    updatePlace(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdatePlace($code: String!, $input: UpdatePlaceInput!) {\n    updatePlace(code: $code, input: $input) {\n      code\n      aliases\n      names {\n        ...AdminTermNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTags($query: String, $after: String) {\n    tags(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          label\n          synonyms\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTags($query: String, $after: String) {\n    tags(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          label\n          synonyms\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTag($slug: String!, $input: UpdateTagInput!) {\n    updateTag(slug: $slug, input: $input) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateTag($slug: String!, $input: UpdateTagInput!) {\n    updateTag(slug: $slug, input: $input) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMergeTags($sourceSlug: String!, $targetSlug: String!) {\n    mergeTags(sourceSlug: $sourceSlug, targetSlug: $targetSlug) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMergeTags($sourceSlug: String!, $targetSlug: String!) {\n    mergeTags(sourceSlug: $sourceSlug, targetSlug: $targetSlug) {\n      id\n      slug\n      label\n      synonyms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      smallCellK\n      questions {\n        ...DashboardCountFields\n      }\n      contributions {\n        ...DashboardCountFields\n      }\n      questionsBySectorAndStatus {\n        ...DashboardCountFields\n      }\n      contributionsByMonth {\n        ...DashboardCountFields\n      }\n      medianDaysToFirstContribution {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      medianDaysToSynthesis {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      openPastDeadline {\n        ...DashboardCountFields\n      }\n      coverage {\n        ...DashboardCountFields\n      }\n      contributionsByOrganisationType {\n        ...DashboardCountFields\n      }\n      activityByGovernorate {\n        ...DashboardCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      smallCellK\n      questions {\n        ...DashboardCountFields\n      }\n      contributions {\n        ...DashboardCountFields\n      }\n      questionsBySectorAndStatus {\n        ...DashboardCountFields\n      }\n      contributionsByMonth {\n        ...DashboardCountFields\n      }\n      medianDaysToFirstContribution {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      medianDaysToSynthesis {\n        days\n        questions {\n          ...DashboardCountFields\n        }\n      }\n      openPastDeadline {\n        ...DashboardCountFields\n      }\n      coverage {\n        ...DashboardCountFields\n      }\n      contributionsByOrganisationType {\n        ...DashboardCountFields\n      }\n      activityByGovernorate {\n        ...DashboardCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCountFields on DashboardCount {\n    keys\n    count\n    lessThan\n  }\n"): (typeof documents)["\n  fragment DashboardCountFields on DashboardCount {\n    keys\n    count\n    lessThan\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportJobFields on ExportJob {\n    id\n    format\n    status\n    done\n    total\n    fileName\n    downloadPath\n    error\n  }\n"): (typeof documents)["\n  fragment ExportJobFields on ExportJob {\n    id\n    format\n    status\n    done\n    total\n    fileName\n    downloadPath\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($signedIn: Boolean!) {\n    openQuestions: questions(filter: { statuses: [OPEN] }, sort: CLOSING_SOON, first: 30) {\n      totalCount\n      edges {\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n    recentSyntheses: questions(filter: { statuses: [CLOSED] }, sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          title\n          synthesis {\n            bodyHtml\n            publishedAt\n          }\n        }\n      }\n    }\n    myFollows @include(if: $signedIn) {\n      kind\n      key\n    }\n  }\n"): (typeof documents)["\n  query HomePage($signedIn: Boolean!) {\n    openQuestions: questions(filter: { statuses: [OPEN] }, sort: CLOSING_SOON, first: 30) {\n      totalCount\n      edges {\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n    recentSyntheses: questions(filter: { statuses: [CLOSED] }, sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          title\n          synthesis {\n            bodyHtml\n            publishedAt\n          }\n        }\n      }\n    }\n    myFollows @include(if: $signedIn) {\n      kind\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowedQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query FollowedQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    displayName\n    email\n    organisationId\n    roles\n    leadSectors\n    status\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    displayName\n    email\n    organisationId\n    roles\n    leadSectors\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      acronym\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($query: String, $organisationId: ID, $status: MemberStatus, $after: String) {\n    members(query: $query, organisationId: $organisationId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($query: String, $organisationId: ID, $status: MemberStatus, $after: String) {\n    members(query: $query, organisationId: $organisationId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($organisationId: ID!, $after: String) {\n    organisationMembers(organisationId: $organisationId, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationMembers($organisationId: ID!, $after: String) {\n    organisationMembers(organisationId: $organisationId, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      displayName\n      roles\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OrganisationInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      displayName\n      roles\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(userId: $id) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($id: ID!) {\n    createPasswordResetLink(userId: $id) {\n      resetUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordResetLink($id: ID!) {\n    createPasswordResetLink(userId: $id) {\n      resetUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          targetId\n          questionId\n          synthesisVersion\n          heldFor\n          createdAt\n          texts {\n            field\n            text\n          }\n          findings {\n            field\n            kind\n            start\n            end\n            label {\n              en\n              ar\n              fr\n            }\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          targetId\n          questionId\n          synthesisVersion\n          heldFor\n          createdAt\n          texts {\n            field\n            text\n          }\n          findings {\n            field\n            kind\n            start\n            end\n            label {\n              en\n              ar\n              fr\n            }\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) {\n      id\n      review\n    }\n  }\n"): (typeof documents)["\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) {\n      id\n      review\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          closesAt\n          question {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          closesAt\n          question {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($email: EmailCadence!) {\n    updateNotificationPreferences(input: { email: $email }) {\n      email\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($email: EmailCadence!) {\n    updateNotificationPreferences(input: { email: $email }) {\n      email\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      language\n      sectors\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      language\n      sectors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarQuestions($title: String!) {\n    similarQuestions(title: $title, first: 5) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarQuestions($title: String!) {\n    similarQuestions(title: $title, first: 5) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessChoices($organisationId: ID!) {\n    organisations {\n      id\n      name\n      acronym\n    }\n    organisationMembers(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessChoices($organisationId: ID!) {\n    organisations {\n      id\n      name\n      acronym\n    }\n    organisationMembers(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionCardFields on ResearchQuestion {\n    id\n    title\n    status\n    sectors\n    places\n    closesAt\n    createdAt\n    contributionCount\n  }\n"): (typeof documents)["\n  fragment QuestionCardFields on ResearchQuestion {\n    id\n    title\n    status\n    sectors\n    places\n    closesAt\n    createdAt\n    contributionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsList($filter: QuestionFilterInput, $sort: QuestionSort!, $first: Int!, $after: String) {\n    questions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionsList($filter: QuestionFilterInput, $sort: QuestionSort!, $first: Int!, $after: String) {\n    questions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    review\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    review\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionFields on Contribution {\n    id\n    bodyHtml\n    places\n    cohorts\n    periodFrom\n    periodTo\n    evidenceType\n    confidence\n    gatheringBasis\n    tags\n    language\n    sensitivity\n    review\n    reviewReason\n    helpfulCount\n    viewerFoundHelpful\n    createdAt\n    author {\n      anonymous\n      organisationType\n      governorate\n      user {\n        id\n        displayName\n      }\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment ContributionFields on Contribution {\n    id\n    bodyHtml\n    places\n    cohorts\n    periodFrom\n    periodTo\n    evidenceType\n    confidence\n    gatheringBasis\n    tags\n    language\n    sensitivity\n    review\n    reviewReason\n    helpfulCount\n    viewerFoundHelpful\n    createdAt\n    author {\n      anonymous\n      organisationType\n      governorate\n      user {\n        id\n        displayName\n      }\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      bodyHtml\n      purpose\n      status\n      sensitivity\n      review\n      reviewReason\n      version\n      opensAt\n      closesAt\n      createdAt\n      source {\n        assessment\n        year\n        indicator\n        url\n      }\n      sectors\n      places\n      cohorts\n      tags\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n        acronym\n      }\n      viewerCan {\n        edit\n        manage\n        contribute\n        comment\n      }\n      viewerFollows\n      comments {\n        ...CommentFields\n      }\n      contributionCount\n      contributions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContributionFields\n          }\n        }\n      }\n      synthesis {\n        version\n        review\n        reviewReason\n        bodyHtml\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        citations {\n          id\n        }\n      }\n      duplicateOf {\n        id\n        title\n      }\n      related {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      bodyHtml\n      purpose\n      status\n      sensitivity\n      review\n      reviewReason\n      version\n      opensAt\n      closesAt\n      createdAt\n      source {\n        assessment\n        year\n        indicator\n        url\n      }\n      sectors\n      places\n      cohorts\n      tags\n      author {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n        acronym\n      }\n      viewerCan {\n        edit\n        manage\n        contribute\n        comment\n      }\n      viewerFollows\n      comments {\n        ...CommentFields\n      }\n      contributionCount\n      contributions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContributionFields\n          }\n        }\n      }\n      synthesis {\n        version\n        review\n        reviewReason\n        bodyHtml\n        publishedAt\n        author {\n          id\n          displayName\n        }\n        citations {\n          id\n        }\n      }\n      duplicateOf {\n        id\n        title\n      }\n      related {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contribute($input: ContributeInput!) {\n    contribute(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Contribute($input: ContributeInput!) {\n    contribute(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkHelpful($id: ID!, $helpful: Boolean!) {\n    markHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n"): (typeof documents)["\n  mutation MarkHelpful($id: ID!, $helpful: Boolean!) {\n    markHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowing($kind: FollowKind!, $key: String!, $following: Boolean!) {\n    setFollowing(kind: $kind, key: $key, following: $following)\n  }\n"): (typeof documents)["\n  mutation SetFollowing($kind: FollowKind!, $key: String!, $following: Boolean!) {\n    setFollowing(kind: $kind, key: $key, following: $following)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeQuestionStatus($id: ID!, $status: QuestionStatus!) {\n    changeQuestionStatus(id: $id, status: $status) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeQuestionStatus($id: ID!, $status: QuestionStatus!) {\n    changeQuestionStatus(id: $id, status: $status) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDuplicate($id: ID!, $duplicateOf: ID) {\n    markDuplicate(id: $id, duplicateOf: $duplicateOf) {\n      id\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDuplicate($id: ID!, $duplicateOf: ID) {\n    markDuplicate(id: $id, duplicateOf: $duplicateOf) {\n      id\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSynthesis($input: PublishSynthesisInput!) {\n    publishSynthesis(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSynthesis($input: PublishSynthesisInput!) {\n    publishSynthesis(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        facet\n        values {\n          value\n          label\n          count\n          lessThan\n        }\n      }\n      hits {\n        id\n        kind\n        questionId\n        title {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        facet\n        values {\n          value\n          label\n          count\n          lessThan\n        }\n      }\n      hits {\n        id\n        kind\n        questionId\n        title {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($prefix: String!) {\n    searchSuggestions(prefix: $prefix, first: 6) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggestions($prefix: String!) {\n    searchSuggestions(prefix: $prefix, first: 6) {\n      id\n      questionId\n      title {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusPage {\n    status {\n      version\n      ready\n      database {\n        ok\n        detail\n      }\n      search {\n        ok\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatusPage {\n    status {\n      version\n      ready\n      database {\n        ok\n        detail\n      }\n      search {\n        ok\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vocabularies {\n    sectors {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n      subSectors {\n        code\n        names {\n          en\n          ar\n          fr\n        }\n      }\n    }\n    cohorts {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    evidenceTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    organisationTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    governorates: places(level: GOVERNORATE) {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    districts: places(level: DISTRICT) {\n      code\n      parentCode\n      names {\n        en\n        ar\n        fr\n      }\n    }\n  }\n"): (typeof documents)["\n  query Vocabularies {\n    sectors {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n      subSectors {\n        code\n        names {\n          en\n          ar\n          fr\n        }\n      }\n    }\n    cohorts {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    evidenceTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    organisationTypes {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    governorates: places(level: GOVERNORATE) {\n      code\n      names {\n        en\n        ar\n        fr\n      }\n    }\n    districts: places(level: DISTRICT) {\n      code\n      parentCode\n      names {\n        en\n        ar\n        fr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 8) {\n      code\n      level\n      displayName(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query SearchPlaces($query: String!, $language: Language!) {\n    searchPlaces(query: $query, limit: 8) {\n      code\n      level\n      displayName(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagSuggestions($query: String!) {\n    tags(query: $query, first: 8) {\n      edges {\n        node {\n          slug\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagSuggestions($query: String!) {\n    tags(query: $query, first: 8) {\n      edges {\n        node {\n          slug\n          label\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;