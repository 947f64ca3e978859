import { graphql } from '../../gql';

export const INSIGHT_QUERY = graphql(`
  query NetworkInsight($weeks: Int) {
    activityPerWeek(weeks: $weeks) {
      weekStart
      themeId
      themeTitle
      posts
    }
    practicesPerCompetence {
      competence
      practices
    }
  }
`);
