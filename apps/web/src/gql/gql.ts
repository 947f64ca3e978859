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
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    actorName\n    personId\n    personName\n    organisationId\n    organisationName\n    subjectType\n    subjectId\n    details {\n      name\n      value\n    }\n  }\n": typeof types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...AuditRow_entry\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation InviteToOrganisation($input: InviteToOrganisationInput!) {\n    inviteToOrganisation(input: $input)\n  }\n": typeof types.InviteToOrganisationDocument,
    "\n  query AdminOrganisationApplications {\n    organisationApplications {\n      id\n      name\n      type\n      region\n      description\n      memberOrganisations {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.AdminOrganisationApplicationsDocument,
    "\n  mutation AdmitOrganisation($organisationId: ID!) {\n    admitOrganisation(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n": typeof types.AdmitOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query AdminReportFollowUp {\n    pilotProjects {\n      id\n      title\n      startsOn\n      endsOn\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n": typeof types.AdminReportFollowUpDocument,
    "\n  mutation ReviewProjectReport($reportId: ID!) {\n    reviewProjectReport(reportId: $reportId) {\n      ...ReportDetails_report\n    }\n  }\n": typeof types.ReviewProjectReportDocument,
    "\n  mutation RunReportReminders($asOf: DateTime!) {\n    runReportReminders(asOf: $asOf)\n  }\n": typeof types.RunReportRemindersDocument,
    "\n  mutation SendBackProjectReport($reportId: ID!, $remark: String!) {\n    sendBackProjectReport(reportId: $reportId, remark: $remark) {\n      ...ReportDetails_report\n    }\n  }\n": typeof types.SendBackProjectReportDocument,
    "\n  query AdminMembershipRequests {\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminMembershipRequestsDocument,
    "\n  mutation ApproveMembership($requestId: ID!) {\n    approveMembership(requestId: $requestId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($requestId: ID!, $reason: String) {\n    rejectMembership(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectMembershipDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    memberships {\n      id\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment PostItem_post on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    version\n    replyTo {\n      id\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    revisions {\n      version\n      body\n      replacedAt\n    }\n    files {\n      ...FileList_file\n    }\n    author {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PostItem_PostFragmentDoc,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    postCount\n    lastActivityAt\n    viewerFollows\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.ThreadRow_ThreadFragmentDoc,
    "\n  query MentionCandidates($query: String!, $first: Int) {\n    people(query: $query, first: $first) {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body)\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n": typeof types.AddPostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation HidePost($postId: ID!, $reason: String!) {\n    hidePost(postId: $postId, reason: $reason) {\n      ...PostItem_post\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation UnhidePost($postId: ID!) {\n    unhidePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n": typeof types.UnhidePostDocument,
    "\n  mutation ToggleReaction($postId: ID!, $reaction: Reaction!) {\n    toggleReaction(postId: $postId, reaction: $reaction) {\n      ...PostItem_post\n    }\n  }\n": typeof types.ToggleReactionDocument,
    "\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.FollowThreadDocument,
    "\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowThreadDocument,
    "\n  query ThreadList($filter: ThreadFilter, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...ThreadRow_thread\n      }\n    }\n  }\n": typeof types.ThreadListDocument,
    "\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadRow_thread\n      theme {\n        id\n        title\n      }\n      meeting {\n        id\n        title\n      }\n      pilotProject {\n        id\n        title\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...PostItem_post\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n": typeof types.PostAddedDocument,
    "\n  subscription PostChanged($threadId: ID!) {\n    postChanged(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n": typeof types.PostChangedDocument,
    "\n  fragment FileList_file on File {\n    id\n    name\n    mediaType\n    bytes\n    url\n    thumbnailUrl\n    width\n    height\n    alt\n  }\n": typeof types.FileList_FileFragmentDoc,
    "\n  query NetworkInsight($weeks: Int, $months: Int) {\n    activityPerWeek(weeks: $weeks) {\n      weekStart\n      themeId\n      themeTitle\n      posts\n    }\n    practicesPerCompetence {\n      competence\n      practices\n    }\n    themeSupportOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n    attendanceOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n  }\n": typeof types.NetworkInsightDocument,
    "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n  }\n": typeof types.MeetingItem_MeetingFragmentDoc,
    "\n  fragment OrganisationItem_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n      focus\n    }\n  }\n": typeof types.OrganisationItem_OrganisationFragmentDoc,
    "\n  query LandingPage {\n    organisations(first: 1) {\n      totalCount\n    }\n    meetings(filter: { upcoming: true }, first: 4) {\n      nodes {\n        id\n        ...MeetingItem_meeting\n      }\n    }\n  }\n": typeof types.LandingPageDocument,
    "\n  query MembersPage {\n    organisations(first: 100) {\n      totalCount\n      nodes {\n        ...OrganisationItem_organisation\n      }\n    }\n  }\n": typeof types.MembersPageDocument,
    "\n  fragment ProjectLearning_project on PilotProject {\n    id\n    viewerCanSubmit\n    selfAssessments {\n      competence\n      moment\n      score\n      note\n    }\n  }\n": typeof types.ProjectLearning_ProjectFragmentDoc,
    "\n  query ProjectLearning($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectLearning_project\n    }\n  }\n": typeof types.ProjectLearningDocument,
    "\n  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n    recordSelfAssessment(input: $input) {\n      ...ProjectLearning_project\n    }\n  }\n": typeof types.RecordSelfAssessmentDocument,
    "\n  query LearningOutcomes {\n    learningOutcomes {\n      weakest\n      outcomes {\n        competence\n        moment\n        averageScore\n        projects\n      }\n    }\n  }\n": typeof types.LearningOutcomesDocument,
    "\n  query UpcomingMeetingOptions {\n    meetings(filter: { upcoming: true }, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.UpcomingMeetingOptionsDocument,
    "\n  mutation PutCompetenceOnAgenda($competence: Competence!, $meetingId: ID!) {\n    putCompetenceOnAgenda(competence: $competence, meetingId: $meetingId) {\n      id\n      title\n    }\n  }\n": typeof types.PutCompetenceOnAgendaDocument,
    "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingDetails_meeting\n    }\n  }\n": typeof types.PlanMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!, $expectedVersion: Int!) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MeetingDetails_meeting\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingLive_meeting\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n": typeof types.RegisterForMeetingDocument,
    "\n  mutation CancelRegistration($meetingId: ID!) {\n    cancelRegistration(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $expectedVersion: Int!, $files: [AttachFileInput!]) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, expectedVersion: $expectedVersion, files: $files) {\n      id\n      version\n      minutes\n      minutesHtml\n      files {\n        ...FileList_file\n      }\n    }\n  }\n": typeof types.RecordMinutesDocument,
    "\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $attended: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation CarryForwardThemes($fromMeetingId: ID!, $toMeetingId: ID!) {\n    carryForwardThemes(fromMeetingId: $fromMeetingId, toMeetingId: $toMeetingId) {\n      ...MeetingDetails_meeting\n    }\n  }\n": typeof types.CarryForwardThemesDocument,
    "\n  mutation CalendarFeedUrl {\n    calendarFeedUrl\n  }\n": typeof types.CalendarFeedUrlDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    capacity\n    registrationCount\n    viewerRegistration\n    cancelledAt\n  }\n": typeof types.MeetingSummary_MeetingFragmentDoc,
    "\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...MeetingSummary_meeting\n      }\n    }\n  }\n": typeof types.MeetingsListDocument,
    "\n  fragment MeetingLive_meeting on Meeting {\n    id\n    version\n    capacity\n    registrationCount\n    waitlistCount\n    viewerIsRegistered\n    viewerRegistration\n    viewerWaitlistPosition\n    cancelledAt\n    cancelReason\n  }\n": typeof types.MeetingLive_MeetingFragmentDoc,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    ...MeetingLive_meeting\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    minutes\n    minutesHtml\n    files {\n      ...FileList_file\n    }\n    agenda {\n      id\n      position\n      title\n      presenter {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      title\n      status\n      supportCount\n    }\n    invitedOrganisations {\n      id\n      name\n    }\n    attendingOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.MeetingDetails_MeetingFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetails_meeting\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query MeetingRegistrations($id: ID!) {\n    meeting(id: $id) {\n      id\n      registrations {\n        id\n        status\n        attended\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MeetingRegistrationsDocument,
    "\n  query AttendanceByOrganisation($from: DateTime, $to: DateTime) {\n    attendanceByOrganisation(from: $from, to: $to) {\n      organisation {\n        id\n        name\n      }\n      attendees\n      meetingsAttended\n      lastAttendedAt\n    }\n  }\n": typeof types.AttendanceByOrganisationDocument,
    "\n  subscription MeetingChanged($meetingId: ID) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  query MemberHome {\n    meetings(filter: { upcoming: true }, first: 5) {\n      nodes {\n        id\n        title\n        startsAt\n        viewerRegistration\n      }\n    }\n    themes(filter: { supportedByViewer: true }, first: 10) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n    pilotProjects {\n      id\n      title\n      viewerCanSubmit\n      reports {\n        id\n        kind\n        dueOn\n        status\n      }\n    }\n    practices(first: 3) {\n      nodes {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.MemberHomeDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: String!, $email: EmailFrequency!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      subject\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n    }\n  }\n": typeof types.OrganisationCard_OrganisationFragmentDoc,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationCard_organisation\n      description\n      website\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...OrganisationCard_organisation\n      }\n    }\n  }\n": typeof types.OrganisationDirectoryDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      role\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  fragment PracticeCard_practice on Practice {\n    id\n    slug\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    competences\n    organisation {\n      id\n      name\n      type\n    }\n    theme {\n      id\n      title\n    }\n  }\n": typeof types.PracticeCard_PracticeFragmentDoc,
    "\n  query Practices($filter: PracticeFilter, $first: Int, $after: String) {\n    practices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...PracticeCard_practice\n      }\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query PracticeSearch($query: String!, $first: Int) {\n    searchResults(query: $query, first: $first, types: [PRACTICE]) {\n      snippet\n      node {\n        ... on Practice {\n          id\n          ...PracticeCard_practice\n        }\n      }\n    }\n  }\n": typeof types.PracticeSearchDocument,
    "\n  fragment PracticeFields on Practice {\n    id\n    ...PracticeCard_practice\n    bodyHtml\n    links\n    files {\n      ...FileList_file\n    }\n    sourcePostId\n    sourceThreadId\n    reviewRemark\n    createdAt\n  }\n": typeof types.PracticeFieldsFragmentDoc,
    "\n  query PracticePage($slug: String!) {\n    practiceBySlug(slug: $slug) {\n      ...PracticeFields\n    }\n  }\n": typeof types.PracticePageDocument,
    "\n  query PracticeThemeOptions {\n    themes(first: 100, orderBy: RECENT) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PracticeThemeOptionsDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n": typeof types.PublishPracticeDocument,
    "\n  mutation ReviewPractice($practiceId: ID!, $approve: Boolean!, $remark: String) {\n    reviewPractice(practiceId: $practiceId, approve: $approve, remark: $remark) {\n      id\n      ...PracticeCard_practice\n      reviewRemark\n    }\n  }\n": typeof types.ReviewPracticeDocument,
    "\n  mutation LeaveNetwork($password: String!, $posts: LeavingPosts!) {\n    leaveNetwork(password: $password, posts: $posts)\n  }\n": typeof types.LeaveNetworkDocument,
    "\n  query MyModerationLog {\n    myModerationLog {\n      id\n      at\n      action\n      actorName\n      details {\n        name\n        value\n      }\n    }\n  }\n": typeof types.MyModerationLogDocument,
    "\n  query MyDataExports {\n    myDataExports {\n      id\n      requestedAt\n      readyAt\n      expiresAt\n      size\n      url\n    }\n  }\n": typeof types.MyDataExportsDocument,
    "\n  mutation RequestMyData {\n    requestMyData {\n      id\n    }\n  }\n": typeof types.RequestMyDataDocument,
    "\n  fragment RequestMembership_request on MembershipRequest {\n    id\n    status\n    message\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.RequestMembership_RequestFragmentDoc,
    "\n  mutation RequestMembership($organisationId: ID!, $message: String) {\n    requestMembership(organisationId: $organisationId, message: $message) {\n      ...RequestMembership_request\n    }\n  }\n": typeof types.RequestMembershipDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment ProjectFacts_project on PilotProject {\n    id\n    title\n    focus\n    startsOn\n    endsOn\n    partnership {\n      id\n      name\n    }\n    leadOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.ProjectFacts_ProjectFragmentDoc,
    "\n  query PilotProjectPage($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectFacts_project\n      description\n      organisations {\n        id\n        name\n      }\n      viewerCanSubmit\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n": typeof types.PilotProjectPageDocument,
    "\n  query PilotProjects {\n    pilotProjects {\n      ...ProjectFacts_project\n    }\n  }\n": typeof types.PilotProjectsDocument,
    "\n  fragment ReportDetails_report on ProjectReport {\n    id\n    kind\n    dueOn\n    status\n    overdue\n    submittedAt\n    summary\n    link\n    reviewedAt\n    reviewRemark\n    files {\n      ...FileList_file\n    }\n  }\n": typeof types.ReportDetails_ReportFragmentDoc,
    "\n  mutation SubmitProjectReport($input: SubmitProjectReportInput!) {\n    submitProjectReport(input: $input) {\n      ...ReportDetails_report\n    }\n  }\n": typeof types.SubmitProjectReportDocument,
    "\n  query SearchResults($query: String!, $first: Int, $offset: Int, $types: [SearchType!]) {\n    searchResults(query: $query, first: $first, offset: $offset, types: $types) {\n      type\n      score\n      snippet\n      node {\n        ... on Thread {\n          id\n          title\n        }\n        ... on Post {\n          id\n          thread {\n            id\n            title\n          }\n        }\n        ... on Theme {\n          id\n          title\n        }\n        ... on Meeting {\n          id\n          title\n        }\n        ... on Practice {\n          id\n          slug\n          title\n        }\n        ... on Organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchResultsDocument,
    "\n  query ThemeBoardMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.ThemeBoardMeetingDocument,
    "\n  fragment ThemeMap_post on Post {\n    id\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n  }\n": typeof types.ThemeMap_PostFragmentDoc,
    "\n  fragment ThemeMap_map on ThemeMap {\n    bottlenecks {\n      id\n      ...ThemeMap_post\n    }\n    levers {\n      id\n      ...ThemeMap_post\n    }\n    goodPractices {\n      id\n      ...ThemeMap_post\n    }\n    solutionStrategies {\n      id\n      ...ThemeMap_post\n    }\n    openBottlenecks {\n      id\n    }\n  }\n": typeof types.ThemeMap_MapFragmentDoc,
    "\n  fragment ThemeFields on Theme {\n    id\n    title\n    description\n    status\n    supportCount\n    viewerSupports\n    competences\n    createdAt\n    collectedAt {\n      id\n      title\n    }\n  }\n": typeof types.ThemeFieldsFragmentDoc,
    "\n  query Themes($filter: ThemeFilter, $orderBy: ThemeOrder, $first: Int, $after: String) {\n    themes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ThemeFields\n      }\n    }\n  }\n": typeof types.ThemesDocument,
    "\n  query ThemePage($id: ID!) {\n    theme(id: $id) {\n      ...ThemeFields\n      map {\n        ...ThemeMap_map\n      }\n    }\n  }\n": typeof types.ThemePageDocument,
    "\n  subscription ThemeChanged($meetingId: ID) {\n    themeChanged(meetingId: $meetingId) {\n      ...ThemeFields\n    }\n  }\n": typeof types.ThemeChangedDocument,
    "\n  mutation ProposeTheme($input: ProposeThemeInput!) {\n    proposeTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": typeof types.ProposeThemeDocument,
    "\n  mutation SupportTheme($themeId: ID!) {\n    supportTheme(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n": typeof types.SupportThemeDocument,
    "\n  mutation WithdrawThemeSupport($themeId: ID!) {\n    withdrawThemeSupport(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n": typeof types.WithdrawThemeSupportDocument,
    "\n  mutation SetThemeStatus($themeId: ID!, $status: ThemeStatus!) {\n    setThemeStatus(themeId: $themeId, status: $status) {\n      ...ThemeFields\n    }\n  }\n": typeof types.SetThemeStatusDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    actorName\n    personId\n    personName\n    organisationId\n    organisationName\n    subjectType\n    subjectId\n    details {\n      name\n      value\n    }\n  }\n": types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...AuditRow_entry\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation InviteToOrganisation($input: InviteToOrganisationInput!) {\n    inviteToOrganisation(input: $input)\n  }\n": types.InviteToOrganisationDocument,
    "\n  query AdminOrganisationApplications {\n    organisationApplications {\n      id\n      name\n      type\n      region\n      description\n      memberOrganisations {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.AdminOrganisationApplicationsDocument,
    "\n  mutation AdmitOrganisation($organisationId: ID!) {\n    admitOrganisation(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n": types.AdmitOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query AdminReportFollowUp {\n    pilotProjects {\n      id\n      title\n      startsOn\n      endsOn\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n": types.AdminReportFollowUpDocument,
    "\n  mutation ReviewProjectReport($reportId: ID!) {\n    reviewProjectReport(reportId: $reportId) {\n      ...ReportDetails_report\n    }\n  }\n": types.ReviewProjectReportDocument,
    "\n  mutation RunReportReminders($asOf: DateTime!) {\n    runReportReminders(asOf: $asOf)\n  }\n": types.RunReportRemindersDocument,
    "\n  mutation SendBackProjectReport($reportId: ID!, $remark: String!) {\n    sendBackProjectReport(reportId: $reportId, remark: $remark) {\n      ...ReportDetails_report\n    }\n  }\n": types.SendBackProjectReportDocument,
    "\n  query AdminMembershipRequests {\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AdminMembershipRequestsDocument,
    "\n  mutation ApproveMembership($requestId: ID!) {\n    approveMembership(requestId: $requestId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($requestId: ID!, $reason: String) {\n    rejectMembership(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectMembershipDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    memberships {\n      id\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment PostItem_post on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    version\n    replyTo {\n      id\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    revisions {\n      version\n      body\n      replacedAt\n    }\n    files {\n      ...FileList_file\n    }\n    author {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PostItem_PostFragmentDoc,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    postCount\n    lastActivityAt\n    viewerFollows\n    author {\n      id\n      displayName\n    }\n  }\n": types.ThreadRow_ThreadFragmentDoc,
    "\n  query MentionCandidates($query: String!, $first: Int) {\n    people(query: $query, first: $first) {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body)\n  }\n": types.MarkdownPreviewDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n": types.AddPostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation HidePost($postId: ID!, $reason: String!) {\n    hidePost(postId: $postId, reason: $reason) {\n      ...PostItem_post\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation UnhidePost($postId: ID!) {\n    unhidePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n": types.UnhidePostDocument,
    "\n  mutation ToggleReaction($postId: ID!, $reaction: Reaction!) {\n    toggleReaction(postId: $postId, reaction: $reaction) {\n      ...PostItem_post\n    }\n  }\n": types.ToggleReactionDocument,
    "\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n": types.FollowThreadDocument,
    "\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n": types.UnfollowThreadDocument,
    "\n  query ThreadList($filter: ThreadFilter, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...ThreadRow_thread\n      }\n    }\n  }\n": types.ThreadListDocument,
    "\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadRow_thread\n      theme {\n        id\n        title\n      }\n      meeting {\n        id\n        title\n      }\n      pilotProject {\n        id\n        title\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...PostItem_post\n        }\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n": types.PostAddedDocument,
    "\n  subscription PostChanged($threadId: ID!) {\n    postChanged(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n": types.PostChangedDocument,
    "\n  fragment FileList_file on File {\n    id\n    name\n    mediaType\n    bytes\n    url\n    thumbnailUrl\n    width\n    height\n    alt\n  }\n": types.FileList_FileFragmentDoc,
    "\n  query NetworkInsight($weeks: Int, $months: Int) {\n    activityPerWeek(weeks: $weeks) {\n      weekStart\n      themeId\n      themeTitle\n      posts\n    }\n    practicesPerCompetence {\n      competence\n      practices\n    }\n    themeSupportOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n    attendanceOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n  }\n": types.NetworkInsightDocument,
    "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n  }\n": types.MeetingItem_MeetingFragmentDoc,
    "\n  fragment OrganisationItem_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n      focus\n    }\n  }\n": types.OrganisationItem_OrganisationFragmentDoc,
    "\n  query LandingPage {\n    organisations(first: 1) {\n      totalCount\n    }\n    meetings(filter: { upcoming: true }, first: 4) {\n      nodes {\n        id\n        ...MeetingItem_meeting\n      }\n    }\n  }\n": types.LandingPageDocument,
    "\n  query MembersPage {\n    organisations(first: 100) {\n      totalCount\n      nodes {\n        ...OrganisationItem_organisation\n      }\n    }\n  }\n": types.MembersPageDocument,
    "\n  fragment ProjectLearning_project on PilotProject {\n    id\n    viewerCanSubmit\n    selfAssessments {\n      competence\n      moment\n      score\n      note\n    }\n  }\n": types.ProjectLearning_ProjectFragmentDoc,
    "\n  query ProjectLearning($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectLearning_project\n    }\n  }\n": types.ProjectLearningDocument,
    "\n  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n    recordSelfAssessment(input: $input) {\n      ...ProjectLearning_project\n    }\n  }\n": types.RecordSelfAssessmentDocument,
    "\n  query LearningOutcomes {\n    learningOutcomes {\n      weakest\n      outcomes {\n        competence\n        moment\n        averageScore\n        projects\n      }\n    }\n  }\n": types.LearningOutcomesDocument,
    "\n  query UpcomingMeetingOptions {\n    meetings(filter: { upcoming: true }, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.UpcomingMeetingOptionsDocument,
    "\n  mutation PutCompetenceOnAgenda($competence: Competence!, $meetingId: ID!) {\n    putCompetenceOnAgenda(competence: $competence, meetingId: $meetingId) {\n      id\n      title\n    }\n  }\n": types.PutCompetenceOnAgendaDocument,
    "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingDetails_meeting\n    }\n  }\n": types.PlanMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!, $expectedVersion: Int!) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MeetingDetails_meeting\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingLive_meeting\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n": types.RegisterForMeetingDocument,
    "\n  mutation CancelRegistration($meetingId: ID!) {\n    cancelRegistration(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $expectedVersion: Int!, $files: [AttachFileInput!]) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, expectedVersion: $expectedVersion, files: $files) {\n      id\n      version\n      minutes\n      minutesHtml\n      files {\n        ...FileList_file\n      }\n    }\n  }\n": types.RecordMinutesDocument,
    "\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $attended: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation CarryForwardThemes($fromMeetingId: ID!, $toMeetingId: ID!) {\n    carryForwardThemes(fromMeetingId: $fromMeetingId, toMeetingId: $toMeetingId) {\n      ...MeetingDetails_meeting\n    }\n  }\n": types.CarryForwardThemesDocument,
    "\n  mutation CalendarFeedUrl {\n    calendarFeedUrl\n  }\n": types.CalendarFeedUrlDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    capacity\n    registrationCount\n    viewerRegistration\n    cancelledAt\n  }\n": types.MeetingSummary_MeetingFragmentDoc,
    "\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...MeetingSummary_meeting\n      }\n    }\n  }\n": types.MeetingsListDocument,
    "\n  fragment MeetingLive_meeting on Meeting {\n    id\n    version\n    capacity\n    registrationCount\n    waitlistCount\n    viewerIsRegistered\n    viewerRegistration\n    viewerWaitlistPosition\n    cancelledAt\n    cancelReason\n  }\n": types.MeetingLive_MeetingFragmentDoc,
    "\n  fragment MeetingDetails_meeting on Meeting {\n    ...MeetingLive_meeting\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    minutes\n    minutesHtml\n    files {\n      ...FileList_file\n    }\n    agenda {\n      id\n      position\n      title\n      presenter {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      title\n      status\n      supportCount\n    }\n    invitedOrganisations {\n      id\n      name\n    }\n    attendingOrganisations {\n      id\n      name\n    }\n  }\n": types.MeetingDetails_MeetingFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetails_meeting\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query MeetingRegistrations($id: ID!) {\n    meeting(id: $id) {\n      id\n      registrations {\n        id\n        status\n        attended\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.MeetingRegistrationsDocument,
    "\n  query AttendanceByOrganisation($from: DateTime, $to: DateTime) {\n    attendanceByOrganisation(from: $from, to: $to) {\n      organisation {\n        id\n        name\n      }\n      attendees\n      meetingsAttended\n      lastAttendedAt\n    }\n  }\n": types.AttendanceByOrganisationDocument,
    "\n  subscription MeetingChanged($meetingId: ID) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  query MemberHome {\n    meetings(filter: { upcoming: true }, first: 5) {\n      nodes {\n        id\n        title\n        startsAt\n        viewerRegistration\n      }\n    }\n    themes(filter: { supportedByViewer: true }, first: 10) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n    pilotProjects {\n      id\n      title\n      viewerCanSubmit\n      reports {\n        id\n        kind\n        dueOn\n        status\n      }\n    }\n    practices(first: 3) {\n      nodes {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.MemberHomeDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: String!, $email: EmailFrequency!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      subject\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n    }\n  }\n": types.OrganisationCard_OrganisationFragmentDoc,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationCard_organisation\n      description\n      website\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...OrganisationCard_organisation\n      }\n    }\n  }\n": types.OrganisationDirectoryDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      role\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  fragment PracticeCard_practice on Practice {\n    id\n    slug\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    competences\n    organisation {\n      id\n      name\n      type\n    }\n    theme {\n      id\n      title\n    }\n  }\n": types.PracticeCard_PracticeFragmentDoc,
    "\n  query Practices($filter: PracticeFilter, $first: Int, $after: String) {\n    practices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...PracticeCard_practice\n      }\n    }\n  }\n": types.PracticesDocument,
    "\n  query PracticeSearch($query: String!, $first: Int) {\n    searchResults(query: $query, first: $first, types: [PRACTICE]) {\n      snippet\n      node {\n        ... on Practice {\n          id\n          ...PracticeCard_practice\n        }\n      }\n    }\n  }\n": types.PracticeSearchDocument,
    "\n  fragment PracticeFields on Practice {\n    id\n    ...PracticeCard_practice\n    bodyHtml\n    links\n    files {\n      ...FileList_file\n    }\n    sourcePostId\n    sourceThreadId\n    reviewRemark\n    createdAt\n  }\n": types.PracticeFieldsFragmentDoc,
    "\n  query PracticePage($slug: String!) {\n    practiceBySlug(slug: $slug) {\n      ...PracticeFields\n    }\n  }\n": types.PracticePageDocument,
    "\n  query PracticeThemeOptions {\n    themes(first: 100, orderBy: RECENT) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.PracticeThemeOptionsDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n": types.PublishPracticeDocument,
    "\n  mutation ReviewPractice($practiceId: ID!, $approve: Boolean!, $remark: String) {\n    reviewPractice(practiceId: $practiceId, approve: $approve, remark: $remark) {\n      id\n      ...PracticeCard_practice\n      reviewRemark\n    }\n  }\n": types.ReviewPracticeDocument,
    "\n  mutation LeaveNetwork($password: String!, $posts: LeavingPosts!) {\n    leaveNetwork(password: $password, posts: $posts)\n  }\n": types.LeaveNetworkDocument,
    "\n  query MyModerationLog {\n    myModerationLog {\n      id\n      at\n      action\n      actorName\n      details {\n        name\n        value\n      }\n    }\n  }\n": types.MyModerationLogDocument,
    "\n  query MyDataExports {\n    myDataExports {\n      id\n      requestedAt\n      readyAt\n      expiresAt\n      size\n      url\n    }\n  }\n": types.MyDataExportsDocument,
    "\n  mutation RequestMyData {\n    requestMyData {\n      id\n    }\n  }\n": types.RequestMyDataDocument,
    "\n  fragment RequestMembership_request on MembershipRequest {\n    id\n    status\n    message\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": types.RequestMembership_RequestFragmentDoc,
    "\n  mutation RequestMembership($organisationId: ID!, $message: String) {\n    requestMembership(organisationId: $organisationId, message: $message) {\n      ...RequestMembership_request\n    }\n  }\n": types.RequestMembershipDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment ProjectFacts_project on PilotProject {\n    id\n    title\n    focus\n    startsOn\n    endsOn\n    partnership {\n      id\n      name\n    }\n    leadOrganisation {\n      id\n      name\n    }\n  }\n": types.ProjectFacts_ProjectFragmentDoc,
    "\n  query PilotProjectPage($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectFacts_project\n      description\n      organisations {\n        id\n        name\n      }\n      viewerCanSubmit\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n": types.PilotProjectPageDocument,
    "\n  query PilotProjects {\n    pilotProjects {\n      ...ProjectFacts_project\n    }\n  }\n": types.PilotProjectsDocument,
    "\n  fragment ReportDetails_report on ProjectReport {\n    id\n    kind\n    dueOn\n    status\n    overdue\n    submittedAt\n    summary\n    link\n    reviewedAt\n    reviewRemark\n    files {\n      ...FileList_file\n    }\n  }\n": types.ReportDetails_ReportFragmentDoc,
    "\n  mutation SubmitProjectReport($input: SubmitProjectReportInput!) {\n    submitProjectReport(input: $input) {\n      ...ReportDetails_report\n    }\n  }\n": types.SubmitProjectReportDocument,
    "\n  query SearchResults($query: String!, $first: Int, $offset: Int, $types: [SearchType!]) {\n    searchResults(query: $query, first: $first, offset: $offset, types: $types) {\n      type\n      score\n      snippet\n      node {\n        ... on Thread {\n          id\n          title\n        }\n        ... on Post {\n          id\n          thread {\n            id\n            title\n          }\n        }\n        ... on Theme {\n          id\n          title\n        }\n        ... on Meeting {\n          id\n          title\n        }\n        ... on Practice {\n          id\n          slug\n          title\n        }\n        ... on Organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SearchResultsDocument,
    "\n  query ThemeBoardMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n    }\n  }\n": types.ThemeBoardMeetingDocument,
    "\n  fragment ThemeMap_post on Post {\n    id\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n  }\n": types.ThemeMap_PostFragmentDoc,
    "\n  fragment ThemeMap_map on ThemeMap {\n    bottlenecks {\n      id\n      ...ThemeMap_post\n    }\n    levers {\n      id\n      ...ThemeMap_post\n    }\n    goodPractices {\n      id\n      ...ThemeMap_post\n    }\n    solutionStrategies {\n      id\n      ...ThemeMap_post\n    }\n    openBottlenecks {\n      id\n    }\n  }\n": types.ThemeMap_MapFragmentDoc,
    "\n  fragment ThemeFields on Theme {\n    id\n    title\n    description\n    status\n    supportCount\n    viewerSupports\n    competences\n    createdAt\n    collectedAt {\n      id\n      title\n    }\n  }\n": types.ThemeFieldsFragmentDoc,
    "\n  query Themes($filter: ThemeFilter, $orderBy: ThemeOrder, $first: Int, $after: String) {\n    themes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ThemeFields\n      }\n    }\n  }\n": types.ThemesDocument,
    "\n  query ThemePage($id: ID!) {\n    theme(id: $id) {\n      ...ThemeFields\n      map {\n        ...ThemeMap_map\n      }\n    }\n  }\n": types.ThemePageDocument,
    "\n  subscription ThemeChanged($meetingId: ID) {\n    themeChanged(meetingId: $meetingId) {\n      ...ThemeFields\n    }\n  }\n": types.ThemeChangedDocument,
    "\n  mutation ProposeTheme($input: ProposeThemeInput!) {\n    proposeTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": types.ProposeThemeDocument,
    "\n  mutation SupportTheme($themeId: ID!) {\n    supportTheme(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n": types.SupportThemeDocument,
    "\n  mutation WithdrawThemeSupport($themeId: ID!) {\n    withdrawThemeSupport(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n": types.WithdrawThemeSupportDocument,
    "\n  mutation SetThemeStatus($themeId: ID!, $status: ThemeStatus!) {\n    setThemeStatus(themeId: $themeId, status: $status) {\n      ...ThemeFields\n    }\n  }\n": types.SetThemeStatusDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
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
export function graphql(source: "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    actorName\n    personId\n    personName\n    organisationId\n    organisationName\n    subjectType\n    subjectId\n    details {\n      name\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    actorName\n    personId\n    personName\n    organisationId\n    organisationName\n    subjectType\n    subjectId\n    details {\n      name\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...AuditRow_entry\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...AuditRow_entry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToOrganisation($input: InviteToOrganisationInput!) {\n    inviteToOrganisation(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteToOrganisation($input: InviteToOrganisationInput!) {\n    inviteToOrganisation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisationApplications {\n    organisationApplications {\n      id\n      name\n      type\n      region\n      description\n      memberOrganisations {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisationApplications {\n    organisationApplications {\n      id\n      name\n      type\n      region\n      description\n      memberOrganisations {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitOrganisation($organisationId: ID!) {\n    admitOrganisation(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitOrganisation($organisationId: ID!) {\n    admitOrganisation(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReportFollowUp {\n    pilotProjects {\n      id\n      title\n      startsOn\n      endsOn\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReportFollowUp {\n    pilotProjects {\n      id\n      title\n      startsOn\n      endsOn\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProjectReport($reportId: ID!) {\n    reviewProjectReport(reportId: $reportId) {\n      ...ReportDetails_report\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewProjectReport($reportId: ID!) {\n    reviewProjectReport(reportId: $reportId) {\n      ...ReportDetails_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReportReminders($asOf: DateTime!) {\n    runReportReminders(asOf: $asOf)\n  }\n"): (typeof documents)["\n  mutation RunReportReminders($asOf: DateTime!) {\n    runReportReminders(asOf: $asOf)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackProjectReport($reportId: ID!, $remark: String!) {\n    sendBackProjectReport(reportId: $reportId, remark: $remark) {\n      ...ReportDetails_report\n    }\n  }\n"): (typeof documents)["\n  mutation SendBackProjectReport($reportId: ID!, $remark: String!) {\n    sendBackProjectReport(reportId: $reportId, remark: $remark) {\n      ...ReportDetails_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembershipRequests {\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembershipRequests {\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($requestId: ID!) {\n    approveMembership(requestId: $requestId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($requestId: ID!) {\n    approveMembership(requestId: $requestId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMembership($requestId: ID!, $reason: String) {\n    rejectMembership(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMembership($requestId: ID!, $reason: String) {\n    rejectMembership(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    memberships {\n      id\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    memberships {\n      id\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    membershipRequests {\n      id\n      status\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostItem_post on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    version\n    replyTo {\n      id\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    revisions {\n      version\n      body\n      replacedAt\n    }\n    files {\n      ...FileList_file\n    }\n    author {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostItem_post on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    version\n    replyTo {\n      id\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    revisions {\n      version\n      body\n      replacedAt\n    }\n    files {\n      ...FileList_file\n    }\n    author {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    postCount\n    lastActivityAt\n    viewerFollows\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    postCount\n    lastActivityAt\n    viewerFollows\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!, $first: Int) {\n    people(query: $query, first: $first) {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!, $first: Int) {\n    people(query: $query, first: $first) {\n      id\n      displayName\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body)\n  }\n"): (typeof documents)["\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($postId: ID!, $reason: String!) {\n    hidePost(postId: $postId, reason: $reason) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($postId: ID!, $reason: String!) {\n    hidePost(postId: $postId, reason: $reason) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhidePost($postId: ID!) {\n    unhidePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation UnhidePost($postId: ID!) {\n    unhidePost(postId: $postId) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleReaction($postId: ID!, $reaction: Reaction!) {\n    toggleReaction(postId: $postId, reaction: $reaction) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  mutation ToggleReaction($postId: ID!, $reaction: Reaction!) {\n    toggleReaction(postId: $postId, reaction: $reaction) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadList($filter: ThreadFilter, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...ThreadRow_thread\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadList($filter: ThreadFilter, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...ThreadRow_thread\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadRow_thread\n      theme {\n        id\n        title\n      }\n      meeting {\n        id\n        title\n      }\n      pilotProject {\n        id\n        title\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...PostItem_post\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      ...ThreadRow_thread\n      theme {\n        id\n        title\n      }\n      meeting {\n        id\n        title\n      }\n      pilotProject {\n        id\n        title\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...PostItem_post\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostChanged($threadId: ID!) {\n    postChanged(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n"): (typeof documents)["\n  subscription PostChanged($threadId: ID!) {\n    postChanged(threadId: $threadId) {\n      ...PostItem_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileList_file on File {\n    id\n    name\n    mediaType\n    bytes\n    url\n    thumbnailUrl\n    width\n    height\n    alt\n  }\n"): (typeof documents)["\n  fragment FileList_file on File {\n    id\n    name\n    mediaType\n    bytes\n    url\n    thumbnailUrl\n    width\n    height\n    alt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkInsight($weeks: Int, $months: Int) {\n    activityPerWeek(weeks: $weeks) {\n      weekStart\n      themeId\n      themeTitle\n      posts\n    }\n    practicesPerCompetence {\n      competence\n      practices\n    }\n    themeSupportOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n    attendanceOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n  }\n"): (typeof documents)["\n  query NetworkInsight($weeks: Int, $months: Int) {\n    activityPerWeek(weeks: $weeks) {\n      weekStart\n      themeId\n      themeTitle\n      posts\n    }\n    practicesPerCompetence {\n      competence\n      practices\n    }\n    themeSupportOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n    attendanceOverTime(months: $months) {\n      month\n      seriesId\n      seriesName\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n  }\n"): (typeof documents)["\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationItem_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n      focus\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationItem_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n      focus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandingPage {\n    organisations(first: 1) {\n      totalCount\n    }\n    meetings(filter: { upcoming: true }, first: 4) {\n      nodes {\n        id\n        ...MeetingItem_meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  query LandingPage {\n    organisations(first: 1) {\n      totalCount\n    }\n    meetings(filter: { upcoming: true }, first: 4) {\n      nodes {\n        id\n        ...MeetingItem_meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage {\n    organisations(first: 100) {\n      totalCount\n      nodes {\n        ...OrganisationItem_organisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPage {\n    organisations(first: 100) {\n      totalCount\n      nodes {\n        ...OrganisationItem_organisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectLearning_project on PilotProject {\n    id\n    viewerCanSubmit\n    selfAssessments {\n      competence\n      moment\n      score\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectLearning_project on PilotProject {\n    id\n    viewerCanSubmit\n    selfAssessments {\n      competence\n      moment\n      score\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectLearning($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectLearning_project\n    }\n  }\n"): (typeof documents)["\n  query ProjectLearning($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectLearning_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n    recordSelfAssessment(input: $input) {\n      ...ProjectLearning_project\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {\n    recordSelfAssessment(input: $input) {\n      ...ProjectLearning_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningOutcomes {\n    learningOutcomes {\n      weakest\n      outcomes {\n        competence\n        moment\n        averageScore\n        projects\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningOutcomes {\n    learningOutcomes {\n      weakest\n      outcomes {\n        competence\n        moment\n        averageScore\n        projects\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingMeetingOptions {\n    meetings(filter: { upcoming: true }, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingMeetingOptions {\n    meetings(filter: { upcoming: true }, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutCompetenceOnAgenda($competence: Competence!, $meetingId: ID!) {\n    putCompetenceOnAgenda(competence: $competence, meetingId: $meetingId) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation PutCompetenceOnAgenda($competence: Competence!, $meetingId: ID!) {\n    putCompetenceOnAgenda(competence: $competence, meetingId: $meetingId) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingDetails_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingDetails_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!, $expectedVersion: Int!) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MeetingDetails_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!, $expectedVersion: Int!) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MeetingDetails_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingLive_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingLive_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($meetingId: ID!) {\n    cancelRegistration(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($meetingId: ID!) {\n    cancelRegistration(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $expectedVersion: Int!, $files: [AttachFileInput!]) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, expectedVersion: $expectedVersion, files: $files) {\n      id\n      version\n      minutes\n      minutesHtml\n      files {\n        ...FileList_file\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $expectedVersion: Int!, $files: [AttachFileInput!]) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, expectedVersion: $expectedVersion, files: $files) {\n      id\n      version\n      minutes\n      minutesHtml\n      files {\n        ...FileList_file\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $attended: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $attended: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryForwardThemes($fromMeetingId: ID!, $toMeetingId: ID!) {\n    carryForwardThemes(fromMeetingId: $fromMeetingId, toMeetingId: $toMeetingId) {\n      ...MeetingDetails_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation CarryForwardThemes($fromMeetingId: ID!, $toMeetingId: ID!) {\n    carryForwardThemes(fromMeetingId: $fromMeetingId, toMeetingId: $toMeetingId) {\n      ...MeetingDetails_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarFeedUrl {\n    calendarFeedUrl\n  }\n"): (typeof documents)["\n  mutation CalendarFeedUrl {\n    calendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    capacity\n    registrationCount\n    viewerRegistration\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    capacity\n    registrationCount\n    viewerRegistration\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...MeetingSummary_meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...MeetingSummary_meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingLive_meeting on Meeting {\n    id\n    version\n    capacity\n    registrationCount\n    waitlistCount\n    viewerIsRegistered\n    viewerRegistration\n    viewerWaitlistPosition\n    cancelledAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment MeetingLive_meeting on Meeting {\n    id\n    version\n    capacity\n    registrationCount\n    waitlistCount\n    viewerIsRegistered\n    viewerRegistration\n    viewerWaitlistPosition\n    cancelledAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetails_meeting on Meeting {\n    ...MeetingLive_meeting\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    minutes\n    minutesHtml\n    files {\n      ...FileList_file\n    }\n    agenda {\n      id\n      position\n      title\n      presenter {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      title\n      status\n      supportCount\n    }\n    invitedOrganisations {\n      id\n      name\n    }\n    attendingOrganisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetails_meeting on Meeting {\n    ...MeetingLive_meeting\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    visibility\n    minutes\n    minutesHtml\n    files {\n      ...FileList_file\n    }\n    agenda {\n      id\n      position\n      title\n      presenter {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      title\n      status\n      supportCount\n    }\n    invitedOrganisations {\n      id\n      name\n    }\n    attendingOrganisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetails_meeting\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetails_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRegistrations($id: ID!) {\n    meeting(id: $id) {\n      id\n      registrations {\n        id\n        status\n        attended\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingRegistrations($id: ID!) {\n    meeting(id: $id) {\n      id\n      registrations {\n        id\n        status\n        attended\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceByOrganisation($from: DateTime, $to: DateTime) {\n    attendanceByOrganisation(from: $from, to: $to) {\n      organisation {\n        id\n        name\n      }\n      attendees\n      meetingsAttended\n      lastAttendedAt\n    }\n  }\n"): (typeof documents)["\n  query AttendanceByOrganisation($from: DateTime, $to: DateTime) {\n    attendanceByOrganisation(from: $from, to: $to) {\n      organisation {\n        id\n        name\n      }\n      attendees\n      meetingsAttended\n      lastAttendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged($meetingId: ID) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged($meetingId: ID) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingLive_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHome {\n    meetings(filter: { upcoming: true }, first: 5) {\n      nodes {\n        id\n        title\n        startsAt\n        viewerRegistration\n      }\n    }\n    themes(filter: { supportedByViewer: true }, first: 10) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n    pilotProjects {\n      id\n      title\n      viewerCanSubmit\n      reports {\n        id\n        kind\n        dueOn\n        status\n      }\n    }\n    practices(first: 3) {\n      nodes {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHome {\n    meetings(filter: { upcoming: true }, first: 5) {\n      nodes {\n        id\n        title\n        startsAt\n        viewerRegistration\n      }\n    }\n    themes(filter: { supportedByViewer: true }, first: 10) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n    pilotProjects {\n      id\n      title\n      viewerCanSubmit\n      reports {\n        id\n        kind\n        dueOn\n        status\n      }\n    }\n    practices(first: 3) {\n      nodes {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: String!, $email: EmailFrequency!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: String!, $email: EmailFrequency!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      subject\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      subject\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCard_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCard_organisation on Organisation {\n    id\n    name\n    type\n    region\n    subsidised\n    memberOrganisations {\n      id\n      name\n      type\n    }\n    partOf {\n      id\n      name\n    }\n    pilotProject {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationCard_organisation\n      description\n      website\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationCard_organisation\n      description\n      website\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...OrganisationCard_organisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDirectory($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...OrganisationCard_organisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      role\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      role\n      memberships {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeCard_practice on Practice {\n    id\n    slug\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    competences\n    organisation {\n      id\n      name\n      type\n    }\n    theme {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PracticeCard_practice on Practice {\n    id\n    slug\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    competences\n    organisation {\n      id\n      name\n      type\n    }\n    theme {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practices($filter: PracticeFilter, $first: Int, $after: String) {\n    practices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...PracticeCard_practice\n      }\n    }\n  }\n"): (typeof documents)["\n  query Practices($filter: PracticeFilter, $first: Int, $after: String) {\n    practices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        ...PracticeCard_practice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeSearch($query: String!, $first: Int) {\n    searchResults(query: $query, first: $first, types: [PRACTICE]) {\n      snippet\n      node {\n        ... on Practice {\n          id\n          ...PracticeCard_practice\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeSearch($query: String!, $first: Int) {\n    searchResults(query: $query, first: $first, types: [PRACTICE]) {\n      snippet\n      node {\n        ... on Practice {\n          id\n          ...PracticeCard_practice\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeFields on Practice {\n    id\n    ...PracticeCard_practice\n    bodyHtml\n    links\n    files {\n      ...FileList_file\n    }\n    sourcePostId\n    sourceThreadId\n    reviewRemark\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PracticeFields on Practice {\n    id\n    ...PracticeCard_practice\n    bodyHtml\n    links\n    files {\n      ...FileList_file\n    }\n    sourcePostId\n    sourceThreadId\n    reviewRemark\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticePage($slug: String!) {\n    practiceBySlug(slug: $slug) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  query PracticePage($slug: String!) {\n    practiceBySlug(slug: $slug) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeThemeOptions {\n    themes(first: 100, orderBy: RECENT) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeThemeOptions {\n    themes(first: 100, orderBy: RECENT) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPractice($practiceId: ID!, $approve: Boolean!, $remark: String) {\n    reviewPractice(practiceId: $practiceId, approve: $approve, remark: $remark) {\n      id\n      ...PracticeCard_practice\n      reviewRemark\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewPractice($practiceId: ID!, $approve: Boolean!, $remark: String) {\n    reviewPractice(practiceId: $practiceId, approve: $approve, remark: $remark) {\n      id\n      ...PracticeCard_practice\n      reviewRemark\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveNetwork($password: String!, $posts: LeavingPosts!) {\n    leaveNetwork(password: $password, posts: $posts)\n  }\n"): (typeof documents)["\n  mutation LeaveNetwork($password: String!, $posts: LeavingPosts!) {\n    leaveNetwork(password: $password, posts: $posts)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyModerationLog {\n    myModerationLog {\n      id\n      at\n      action\n      actorName\n      details {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyModerationLog {\n    myModerationLog {\n      id\n      at\n      action\n      actorName\n      details {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExports {\n    myDataExports {\n      id\n      requestedAt\n      readyAt\n      expiresAt\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  query MyDataExports {\n    myDataExports {\n      id\n      requestedAt\n      readyAt\n      expiresAt\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyData {\n    requestMyData {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMyData {\n    requestMyData {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestMembership_request on MembershipRequest {\n    id\n    status\n    message\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RequestMembership_request on MembershipRequest {\n    id\n    status\n    message\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMembership($organisationId: ID!, $message: String) {\n    requestMembership(organisationId: $organisationId, message: $message) {\n      ...RequestMembership_request\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMembership($organisationId: ID!, $message: String) {\n    requestMembership(organisationId: $organisationId, message: $message) {\n      ...RequestMembership_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFacts_project on PilotProject {\n    id\n    title\n    focus\n    startsOn\n    endsOn\n    partnership {\n      id\n      name\n    }\n    leadOrganisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectFacts_project on PilotProject {\n    id\n    title\n    focus\n    startsOn\n    endsOn\n    partnership {\n      id\n      name\n    }\n    leadOrganisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotProjectPage($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectFacts_project\n      description\n      organisations {\n        id\n        name\n      }\n      viewerCanSubmit\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n"): (typeof documents)["\n  query PilotProjectPage($id: ID!) {\n    pilotProject(id: $id) {\n      ...ProjectFacts_project\n      description\n      organisations {\n        id\n        name\n      }\n      viewerCanSubmit\n      reports {\n        ...ReportDetails_report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotProjects {\n    pilotProjects {\n      ...ProjectFacts_project\n    }\n  }\n"): (typeof documents)["\n  query PilotProjects {\n    pilotProjects {\n      ...ProjectFacts_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportDetails_report on ProjectReport {\n    id\n    kind\n    dueOn\n    status\n    overdue\n    submittedAt\n    summary\n    link\n    reviewedAt\n    reviewRemark\n    files {\n      ...FileList_file\n    }\n  }\n"): (typeof documents)["\n  fragment ReportDetails_report on ProjectReport {\n    id\n    kind\n    dueOn\n    status\n    overdue\n    submittedAt\n    summary\n    link\n    reviewedAt\n    reviewRemark\n    files {\n      ...FileList_file\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProjectReport($input: SubmitProjectReportInput!) {\n    submitProjectReport(input: $input) {\n      ...ReportDetails_report\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProjectReport($input: SubmitProjectReportInput!) {\n    submitProjectReport(input: $input) {\n      ...ReportDetails_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResults($query: String!, $first: Int, $offset: Int, $types: [SearchType!]) {\n    searchResults(query: $query, first: $first, offset: $offset, types: $types) {\n      type\n      score\n      snippet\n      node {\n        ... on Thread {\n          id\n          title\n        }\n        ... on Post {\n          id\n          thread {\n            id\n            title\n          }\n        }\n        ... on Theme {\n          id\n          title\n        }\n        ... on Meeting {\n          id\n          title\n        }\n        ... on Practice {\n          id\n          slug\n          title\n        }\n        ... on Organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchResults($query: String!, $first: Int, $offset: Int, $types: [SearchType!]) {\n    searchResults(query: $query, first: $first, offset: $offset, types: $types) {\n      type\n      score\n      snippet\n      node {\n        ... on Thread {\n          id\n          title\n        }\n        ... on Post {\n          id\n          thread {\n            id\n            title\n          }\n        }\n        ... on Theme {\n          id\n          title\n        }\n        ... on Meeting {\n          id\n          title\n        }\n        ... on Practice {\n          id\n          slug\n          title\n        }\n        ... on Organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeBoardMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ThemeBoardMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeMap_post on Post {\n    id\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeMap_post on Post {\n    id\n    bodyHtml\n    author {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeMap_map on ThemeMap {\n    bottlenecks {\n      id\n      ...ThemeMap_post\n    }\n    levers {\n      id\n      ...ThemeMap_post\n    }\n    goodPractices {\n      id\n      ...ThemeMap_post\n    }\n    solutionStrategies {\n      id\n      ...ThemeMap_post\n    }\n    openBottlenecks {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeMap_map on ThemeMap {\n    bottlenecks {\n      id\n      ...ThemeMap_post\n    }\n    levers {\n      id\n      ...ThemeMap_post\n    }\n    goodPractices {\n      id\n      ...ThemeMap_post\n    }\n    solutionStrategies {\n      id\n      ...ThemeMap_post\n    }\n    openBottlenecks {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeFields on Theme {\n    id\n    title\n    description\n    status\n    supportCount\n    viewerSupports\n    competences\n    createdAt\n    collectedAt {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeFields on Theme {\n    id\n    title\n    description\n    status\n    supportCount\n    viewerSupports\n    competences\n    createdAt\n    collectedAt {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes($filter: ThemeFilter, $orderBy: ThemeOrder, $first: Int, $after: String) {\n    themes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ThemeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Themes($filter: ThemeFilter, $orderBy: ThemeOrder, $first: Int, $after: String) {\n    themes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ThemeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemePage($id: ID!) {\n    theme(id: $id) {\n      ...ThemeFields\n      map {\n        ...ThemeMap_map\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThemePage($id: ID!) {\n    theme(id: $id) {\n      ...ThemeFields\n      map {\n        ...ThemeMap_map\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThemeChanged($meetingId: ID) {\n    themeChanged(meetingId: $meetingId) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  subscription ThemeChanged($meetingId: ID) {\n    themeChanged(meetingId: $meetingId) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTheme($input: ProposeThemeInput!) {\n    proposeTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeTheme($input: ProposeThemeInput!) {\n    proposeTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportTheme($themeId: ID!) {\n    supportTheme(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupportTheme($themeId: ID!) {\n    supportTheme(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawThemeSupport($themeId: ID!) {\n    withdrawThemeSupport(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawThemeSupport($themeId: ID!) {\n    withdrawThemeSupport(themeId: $themeId) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThemeStatus($themeId: ID!, $status: ThemeStatus!) {\n    setThemeStatus(themeId: $themeId, status: $status) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetThemeStatus($themeId: ID!, $status: ThemeStatus!) {\n    setThemeStatus(themeId: $themeId, status: $status) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;