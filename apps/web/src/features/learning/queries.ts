import { graphql } from '../../gql';

/** A project's self-assessments as the project page shows them (also the answer of recording one). */
export const PROJECT_LEARNING_FRAGMENT = graphql(`
  fragment ProjectLearning_project on PilotProject {
    id
    viewerCanSubmit
    selfAssessments {
      competence
      moment
      score
      note
    }
  }
`);

export const PROJECT_LEARNING_QUERY = graphql(`
  query ProjectLearning($id: ID!) {
    pilotProject(id: $id) {
      ...ProjectLearning_project
    }
  }
`);

export const RECORD_SELF_ASSESSMENT_MUTATION = graphql(`
  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {
    recordSelfAssessment(input: $input) {
      ...ProjectLearning_project
    }
  }
`);

export const LEARNING_OUTCOMES_QUERY = graphql(`
  query LearningOutcomes {
    learningOutcomes {
      weakest
      outcomes {
        competence
        moment
        averageScore
        projects
      }
    }
  }
`);

export const UPCOMING_MEETING_OPTIONS_QUERY = graphql(`
  query UpcomingMeetingOptions {
    meetings(filter: { upcoming: true }, first: 20) {
      nodes {
        id
        title
        startsAt
      }
    }
  }
`);

export const PUT_COMPETENCE_ON_AGENDA_MUTATION = graphql(`
  mutation PutCompetenceOnAgenda($competence: Competence!, $meetingId: ID!) {
    putCompetenceOnAgenda(competence: $competence, meetingId: $meetingId) {
      id
      title
    }
  }
`);
