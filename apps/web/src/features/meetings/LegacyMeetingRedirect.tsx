import { Navigate, useParams } from 'react-router';

/** /bijeenkomsten/:id (the address the API puts in notifications, .ics files and reports) → the meeting page. */
export function LegacyMeetingRedirect() {
  const { id = '' } = useParams();
  return <Navigate to={`/ontmoetingsmomenten/${id}`} replace />;
}
