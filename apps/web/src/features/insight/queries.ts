import { graphql } from '../../gql';

export const INSIGHT_QUERY = graphql(`
  query NetworkInsight($weeks: Int, $months: Int) {
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
    themeSupportOverTime(months: $months) {
      month
      seriesId
      seriesName
      value
    }
    attendanceOverTime(months: $months) {
      month
      seriesId
      seriesName
      value
    }
  }
`);
